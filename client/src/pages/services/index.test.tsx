import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Me } from '@lx/types';
import { resetMe, setActiveRole } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker, residentWithAddress } from '../../../jest/fixtures';
import { renderPage, tap } from '../../../jest/render';
import Services from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const staff = (role: 'communityStaff' | 'streetStaff' | 'supervisor', orgName: string): Me => ({
  ...residentWithAddress,
  roles: [{ role, orgId: 'x', orgName }],
});

function backend(me: Me) {
  call.mockImplementation(async (fn: string, action: string) =>
    fn === 'org' && action === 'me'
      ? { ok: true, data: me }
      : { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' },
  );
}

async function titles(me: Me) {
  backend(me);
  const { container } = renderPage(Services);
  await screen.findByText('反映问题');
  return [...container.querySelectorAll('.lx-entry__title')].map((t) => t.textContent);
}

beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
});

/** what every staff role at a community or street gets for the party work, in this order */
const PARTY_STAFF = ['报到审核', '活动管理', '微心愿审核', '岗位管理'];
/** what everyone gets, a resident's entries */
const RESIDENT = ['反映问题', '我的反映', '微心愿'];

describe('办事 entries by role', () => {
  it('a resident sees 反映问题, 我的反映 and 微心愿 only', async () => {
    expect(await titles(residentWithAddress)).toEqual(['反映问题', '我的反映', '微心愿']);
  });

  it('a grid worker at work sees 网格工单 and 代居民上报 first', async () => {
    expect(await titles(gridWorker)).toEqual([
      '网格工单',
      '代居民上报',
      '我经手的',
      '入户走访',
      '反映问题',
      '我的反映',
      '微心愿',
    ]);
  });

  it('a grid worker who switched to 居民 under 我的 sees the resident’s entries first', async () => {
    setActiveRole({ role: 'resident' });
    expect(await titles(gridWorker)).toEqual([
      '反映问题',
      '我的反映',
      '微心愿',
      '网格工单',
      '代居民上报',
      '我经手的',
      '入户走访',
    ]);
  });

  it.each([
    [
      'community staff',
      staff('communityStaff', '凤凰城社区'),
      ['社区工单', '我经手的', '统计看板', '入户率', '到期走访', '结对管理', '重点户走访', ...PARTY_STAFF],
    ],
    [
      'street staff',
      staff('streetStaff', '九州路街道办事处'),
      ['街道工单', '我经手的', '统计看板', '入户率', ...PARTY_STAFF],
    ],
    ['supervisors', staff('supervisor', '九州路街道办事处'), ['督办看板', '统计看板', '我经手的']],
  ])('%s get their own entry and 统计看板, then the resident’s', async (_, me, own) => {
    expect(await titles(me)).toEqual([...own, ...RESIDENT]);
  });

  it('one 统计看板 for a person who is both street staff and supervisor; it opens the dashboard', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const both: Me = {
      ...residentWithAddress,
      roles: [
        { role: 'streetStaff', orgId: 's', orgName: '九州路街道办事处' },
        { role: 'supervisor', orgId: 's', orgName: '九州路街道办事处' },
      ],
    };
    expect(await titles(both)).toEqual([
      '街道工单',
      '我经手的',
      '统计看板',
      '入户率',
      '报到审核',
      '活动管理',
      '微心愿审核',
      '岗位管理',
      '反映问题',
      '我的反映',
      '微心愿',
      '督办看板',
    ]);
    tap(screen.getByText('统计看板'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/stats/pages/dashboard/index' });
  });

  it('a party member gets 结对帮扶, which opens the due visits of their pairings', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const member: Me = { ...residentWithAddress, roles: [{ role: 'partyMember', orgId: 'c', orgName: '凤凰城社区' }] };
    expect(await titles(member)).toEqual([
      '结对帮扶',
      '党员报到',
      '认岗领责',
      '志愿活动',
      '我的积分',
      '反映问题',
      '我的反映',
      '微心愿',
    ]);
    tap(screen.getByText('结对帮扶'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/due/index?kind=pairing' });
  });

  it('a party member’s 党员报到, 认岗领责, 志愿活动, 我的积分 and everyone’s 微心愿 open the party pages', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    backend({ ...residentWithAddress, roles: [{ role: 'partyMember', orgId: 'c', orgName: '凤凰城社区' }] });
    renderPage(Services);
    const opens: [string, string][] = [
      ['党员报到', 'register'],
      ['认岗领责', 'posts'],
      ['志愿活动', 'activities'],
      ['我的积分', 'points'],
      ['微心愿', 'wishes'],
    ];
    await screen.findByText('党员报到');
    for (const [title, page] of opens) {
      tap(screen.getByText(title));
      expect(navigateTo).toHaveBeenLastCalledWith({ url: `/packages/party/pages/${page}/index` });
    }
  });

  it('community staff’s 到期走访, 结对管理 and 重点户走访 open their pages', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    backend(staff('communityStaff', '凤凰城社区'));
    renderPage(Services);
    tap(await screen.findByText('到期走访'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/gridDue/index' });
    tap(screen.getByText('结对管理'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/pairings/index' });
    tap(screen.getByText('重点户走访'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/keyRules/index' });
  });

  it('社区工单 opens the queue at the community level', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    backend(staff('communityStaff', '凤凰城社区'));
    renderPage(Services);
    tap(await screen.findByText('社区工单'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/tickets/pages/queue/index?role=communityStaff' });
  });

  it.each([
    ['grid workers', gridWorker],
    ['community staff', staff('communityStaff', '凤凰城社区')],
    ['street staff', staff('streetStaff', '九州路街道办事处')],
    ['supervisors', staff('supervisor', '九州路街道办事处')],
    ['admins', { ...residentWithAddress, roles: [{ role: 'admin', orgId: 's', orgName: '九州路街道办事处' }] } as Me],
  ])('%s get one 我经手的, which opens the tickets they handled', async (_, me) => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    expect((await titles(me)).filter((t) => t === '我经手的')).toHaveLength(1);
    tap(screen.getByText('我经手的'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/tickets/pages/handled/index' });
  });

  it('residents and party members have no 我经手的', async () => {
    expect(await titles(residentWithAddress)).not.toContain('我经手的');
    resetMe();
    expect(
      await titles({ ...residentWithAddress, roles: [{ role: 'partyMember', orgId: 'c', orgName: '凤凰城社区' }] }),
    ).not.toContain('我经手的');
  });
});
