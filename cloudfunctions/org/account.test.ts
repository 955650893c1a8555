import type { OrgNode } from '@lx/types';
import { DEMO_BUILDING_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from '../test-support/cloud';
import { uploadAs } from '../test-support/uploads';
import { main } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());
const call = <A extends 'card' | 'nearby' | 'updateProfile' | 'me' | 'bindAddress'>(
  action: A,
  payload: object,
  openid: string,
) => cloud.call(main, 'org', action, payload as Record<string, unknown>, openid);

describe('连心卡', () => {
  it('shows the resident their own grid with its responsible people, hours and hotlines', async () => {
    const card = expectOk(await call('card', {}, 'demo-resident'))!;
    expect(card).toMatchObject({
      gridId: DEMO_GRID_ID,
      gridName: '凤凰城社区第一网格',
      communityName: '凤凰城社区',
      communityHotline: '0392-3336017',
      serviceHours: expect.stringMatching(/工作日/),
    });
    expect(card.people.map((p) => p.duty)).toEqual(['网格长', '督导员', '警务员', '志愿者']);
    expect(card.people[0]).toMatchObject({ name: '王秀兰', phone: '13903920005' });
  });

  it('follows the resident to a new grid when they move, and is empty before any address', async () => {
    expectOk(await call('me', {}, 'wx-card-mover'));
    expect(expectOk(await call('card', {}, 'wx-card-mover'))).toBeNull();
    const other = (cloud.emu.store.all('org_nodes') as OrgNode[]).find(
      (n) => n.type === 'building' && n.gridId === 'grid-hexiang-02',
    )!;
    expectOk(await call('bindAddress', { buildingId: other._id }, 'wx-card-mover'));
    expect(expectOk(await call('card', {}, 'wx-card-mover'))).toMatchObject({ gridId: 'grid-hexiang-02' });
  });
});

describe('binding by location', () => {
  it('a point at the demo building finds it first, in its grid', async () => {
    const b = cloud.emu.store.get('org_nodes', DEMO_BUILDING_ID) as OrgNode;
    const res = expectOk(await call('nearby', b.center!, 'demo-resident-new'));
    expect(res.gridName).toBe('凤凰城社区第一网格');
    expect(res.buildings[0]).toMatchObject({ id: DEMO_BUILDING_ID, distance: 0, gridName: '凤凰城社区第一网格' });
    expect(res.buildings.length).toBeLessThanOrEqual(8);
  });

  it('a point outside every community is refused with advice to use the cascader', async () => {
    expect(await call('nearby', { lng: 116.4, lat: 39.9 }, 'demo-resident-new')).toMatchObject({
      ok: false,
      code: 'ORG.NO_GRID_HERE',
    });
  });
});

describe('profile and address history', () => {
  it('sets a nickname and a phone, and removes the phone again on request', async () => {
    expectOk(await call('me', {}, 'wx-profile'));
    const me = expectOk(await call('updateProfile', { nickname: ' 老周 ', phone: '13912345678' }, 'wx-profile'));
    expect(me).toMatchObject({ nickname: '老周', phone: '13912345678' });
    const cleared = expectOk(await call('updateProfile', { phone: '' }, 'wx-profile'));
    expect(cleared.phone).toBeUndefined();
    expect(cloud.emu.store.get('users', 'wx-profile')).not.toHaveProperty('phone');
  });

  it('refuses a malformed phone and a rejected nickname, writing nothing', async () => {
    const before = cloud.snapshot();
    expect(await call('updateProfile', { phone: '12345' }, 'wx-profile')).toMatchObject({
      code: 'COMMON.VALIDATION',
      message: '请填写 11 位手机号码',
    });
    cloud.emu.outbox.respond('security.msgSecCheck', () => ({ result: { suggest: 'risky', label: 20001 } }));
    try {
      expect(await call('updateProfile', { nickname: '违规昵称' }, 'wx-profile')).toMatchObject({
        code: 'CONTENT.REJECTED',
      });
    } finally {
      cloud.emu.outbox.resetResponders();
    }
    expect(cloud.snapshot()).toEqual(before);
  });

  it('takes an uploaded avatar (sent for the image check) and refuses a file that is not there', async () => {
    const fileID = uploadAs(cloud, 'wx-profile', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'png');
    const me = expectOk(await call('updateProfile', { avatar: fileID }, 'wx-profile'));
    expect(me).toMatchObject({ avatar: fileID, avatarUrl: expect.stringMatching(/^\/files\//) });
    expect(cloud.emu.outbox.list({ api: 'security.mediaCheckAsync' }).at(-1)?.openid).toBe('wx-profile');
    const before = cloud.snapshot();
    expect(await call('updateProfile', { avatar: 'local://nowhere/none.png' }, 'wx-profile')).toMatchObject({
      ok: false,
      code: 'TICKET.PHOTO_INVALID',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a move keeps the earlier address, shown newest first', async () => {
    expectOk(await call('me', {}, 'wx-history'));
    expectOk(await call('bindAddress', { buildingId: DEMO_BUILDING_ID, room: '1单元101' }, 'wx-history'));
    expectOk(await call('bindAddress', { buildingId: 'bld-tianhejiacheng-01' }, 'wx-history'));
    const me = expectOk(await call('bindAddress', { buildingId: 'bld-tianhejiacheng-02' }, 'wx-history'));
    expect(me.address?.buildingId).toBe('bld-tianhejiacheng-02');
    expect(me.addressHistory?.map((a) => a.buildingId)).toEqual(['bld-tianhejiacheng-01', DEMO_BUILDING_ID]);
  });
});
