import { render } from '@testing-library/react';
import type { TimelineEntry } from '@lx/types';
import { timelineEntry } from '../../test-fixtures';
import { Timeline } from './Timeline';

const at = Date.UTC(2026, 10, 21, 6, 5); // 14:05 China time
const entry = (seq: number, over: Partial<TimelineEntry>): TimelineEntry =>
  timelineEntry(seq, { at: at + seq * 60_000, ...over });

describe('the ticket timeline', () => {
  it('renders events oldest first, by their sequence number, whatever order they arrive in', () => {
    const { container } = render(
      <Timeline
        entries={[
          entry(3, {
            action: 'resolve',
            actionLabel: '办结',
            actorLabel: '网格员',
            to: 'resolved',
            note: '路灯已更换',
          }),
          entry(1, {}),
          entry(2, { action: 'accept', actionLabel: '签收', actorLabel: '网格员', to: 'processing' }),
        ]}
      />,
    );
    const actions = [...container.querySelectorAll('.lx-timeline__action')].map((n) => n.textContent);
    expect(actions).toEqual(['提交诉求', '签收', '办结']);
  });

  it('shows who acted by role, the time in China time, the new status and the note', () => {
    const { container } = render(
      <Timeline
        entries={[
          entry(1, {
            action: 'accept',
            actionLabel: '签收',
            actorLabel: '网格员',
            to: 'processing',
            note: '明天上午派电工',
          }),
        ]}
      />,
    );
    expect(container.querySelector('.lx-timeline__actor')?.textContent).toBe('网格员');
    expect(container.querySelector('.lx-timeline__time')?.textContent).toBe('2026-11-21 14:06 · 处理中');
    expect(container.querySelector('.lx-timeline__note')?.textContent).toBe('明天上午派电工');
  });
});

describe('what an event carries besides its note', () => {
  it('names the department called, the rating once, and the result of 核查', () => {
    const { container } = render(
      <Timeline
        entries={[
          entry(1, { action: 'dispatch', actionLabel: '派遣部门', department: '城管执法中队' }),
          entry(2, {
            action: 'rate',
            actionLabel: '评价',
            note: '路灯还是不亮',
            rating: { score: 'unsatisfied', label: '不满意', comment: '路灯还是不亮' },
          }),
          entry(3, { action: 'verify', actionLabel: '核查', passed: false, note: '灯杆仍倾斜' }),
        ]}
      />,
    );
    const extras = [...container.querySelectorAll('.lx-timeline__extra')].map((n) => n.textContent);
    expect(extras).toEqual(['派遣：城管执法中队', '评价：不满意', '核查未通过，退回重办']);
  });
});
