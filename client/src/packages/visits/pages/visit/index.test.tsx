import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { VisitView } from '@lx/types';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { atStepFive, visitView } from '../../testing/visits';
import VisitPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const CATEGORIES = [
  { id: 'cat-old', name: '养老服务', group: '民生服务', limitText: '3个工作日', urgentLimitText: '1个工作日' },
];

/** The server: answers `visit` with the current state and records each step sent. */
function backend(initial: VisitView, onStep: (p: Record<string, unknown>) => VisitView | 'fail') {
  let current = initial;
  const steps: Record<string, unknown>[] = [];
  call.mockImplementation(async (fn: string, action: string, payload: Record<string, unknown>) => {
    if (fn === 'visits' && action === 'visit') return { ok: true, data: current };
    if (fn === 'tickets' && action === 'categories') return { ok: true, data: CATEGORIES };
    if (fn === 'visits' && action === 'step') {
      steps.push(payload);
      const next = onStep(payload);
      if (next === 'fail') return networkFail();
      current = next;
      return { ok: true, data: { visit: next } };
    }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
  return steps;
}

const button = (name: string) => screen.queryAllByText(name, { exact: true });

beforeEach(() => {
  call.mockReset();
  Taro.clearStorageSync();
});

describe('the step screen', () => {
  it('offers only the step the server waits for', async () => {
    backend(visitView(), () => 'fail');
    renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('第 1 步 敲开群众的门');
    expect(button('已敲门，下一步')).toHaveLength(1);
    expect(screen.queryByText(/第 2 步/)).toBeNull();
    expect(button('不在家')).toHaveLength(0);
  });

  it('不在家 on step 2 ends the visit: the step goes as met: false and the screen says a retry is set', async () => {
    const at2 = visitView({ status: 'inProgress', nextStep: 2 });
    const steps = backend(at2, () => ({ ...at2, status: 'notHome', nextStep: null }));
    renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('第 2 步 见到群众的人');
    tap(button('不在家')[0]);
    await screen.findByText('不在家（已安排再访）');
    expect(steps).toEqual([expect.objectContaining({ visitId: 'v1', step: 2, data: { met: false } })]);
    expect(button('见到了，下一步')).toHaveLength(0);
  });

  it('a draft comes back when the page is opened again', async () => {
    backend(visitView({ status: 'inProgress', nextStep: 4 }), () => 'fail');
    const first = renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('第 4 步 温暖群众的心');
    await typeInto(await screen.findByLabelText('做了什么'), '讲解了高龄津贴怎么申请');
    first.unmount();
    renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('第 4 步 温暖群众的心');
    const box = await screen.findByLabelText('做了什么');
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe('讲解了高龄津贴怎么申请'));
  });

  it('a failed step shows 未发送 and 重新发送 sends it with the same requestId', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const at1 = visitView();
    const steps = backend(at1, () => (answer === 'fail' ? 'fail' : { ...at1, status: 'inProgress', nextStep: 2 }));
    renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('第 1 步 敲开群众的门');
    tap(button('已敲门，下一步')[0]);
    await screen.findByText('未发送：第 1 步 敲开群众的门');
    answer = 'ok';
    tap(button('重新发送')[0]);
    await screen.findByText('第 2 步 见到群众的人');
    // callCloud's own network retry is mocked away: one call per tap
    expect(steps).toHaveLength(2);
    expect(steps[1].requestId).toBe(steps[0].requestId);
    expect(screen.queryByText(/未发送/)).toBeNull();
  });

  it('step 5: the summary first, and 转为诉求 goes with the chosen category', async () => {
    const at5 = atStepFive([{ tag: '养老', text: '想申请老年助餐' }]);
    const steps = backend(at5, () => ({ ...at5, nextStep: null, concerns: [{ ...at5.concerns[0], ticketId: 't9' }] }));
    renderPage(VisitPage, { id: 'v1' });
    await screen.findByText('走访小结');
    expect(screen.getByText('讲解了高龄津贴怎么申请')).toBeTruthy();
    tap(screen.getByRole('radio', { name: '转为诉求' }));
    await flush();
    tap(button('确认，完成走访')[0]);
    await flush();
    expect(steps).toHaveLength(0); // no category yet: nothing sent
    tap(screen.getByRole('radio', { name: '养老服务' }));
    await flush();
    tap(button('确认，完成走访')[0]);
    await screen.findByText('第 1 件事已转为诉求，查看 ›');
    expect(steps[0]).toMatchObject({
      step: 5,
      data: {
        outcomes: [{ concern: 0, how: 'ticket', categoryId: 'cat-old', description: '养老：想申请老年助餐' }],
      },
    });
  });
});
