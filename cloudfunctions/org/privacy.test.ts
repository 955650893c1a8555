/**
 * 我的数据 and 注销账号 (issue 16, privacy) on the real store: a new resident binds a home, files a
 * ticket with her phone, reads her data, and deletes her account; the ticket stays for the record,
 * detached (handlers read 已注销用户, no name, no phone), and nothing else anywhere names her.
 */
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { COLLECTIONS, DELETED_REPORTER_ID, type Household, type Ticket } from '@lx/types';
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import { expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { main as tickets } from '../tickets/index';
import { deleteAccount } from '../shared/repo/account';
import { main } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());

const HER = 'wx-privacy-li';
const PHONE = '13955550123';
type OrgAction = 'me' | 'bindAddress' | 'updateProfile' | 'myData' | 'deleteAccount';
const org = <A extends OrgAction>(action: A, payload: object, who = HER) =>
  cloud.call(main, 'org', action, payload as Record<string, unknown>, who);
const ticketDetail = (id: string, who: string) => cloud.call(tickets, 'tickets', 'detail', { id }, who);

async function aResidentWithATicket(openid: string, phone = PHONE) {
  expectOk(await org('me', {}, openid));
  expectOk(await org('updateProfile', { nickname: '李大姐', phone }, openid));
  expectOk(await org('bindAddress', { buildingId: DEMO_BUILDING_ID, room: '3单元502' }, openid));
  const filed = expectOk(
    await cloud.call(
      tickets,
      'tickets',
      'file',
      {
        categoryId: 'cat-streetlight',
        description: '楼下路灯坏了好几天，晚上很黑',
        buildingId: DEMO_BUILDING_ID,
        phone,
      },
      openid,
    ),
  );
  return filed.id;
}

/** every stored document that names `needle`, but the idempotency record of the deletion itself */
const namedIn = (needle: string) =>
  Object.values(COLLECTIONS).flatMap((c) =>
    (cloud.emu.store.all(c) as { _id: string; action?: string }[])
      .filter((d) => !(c === COLLECTIONS.requests && d.action === 'org.deleteAccount'))
      .filter((d) => JSON.stringify(d).includes(needle))
      .map((d) => `${c}/${d._id}`),
  );

describe('我的数据', () => {
  it('shows her profile, home, household and her ticket with her phone — and only hers', async () => {
    const id = await aResidentWithATicket(HER);
    const data = expectOk(await org('myData', {}));
    expect(data.profile).toMatchObject({ nickname: '李大姐', phone: PHONE });
    expect(data.address).toMatchObject({ buildingId: DEMO_BUILDING_ID, room: '3单元502' });
    expect(data.household).toMatchObject({ room: '3单元502' });
    expect(data.tickets).toHaveLength(1);
    expect(data.tickets[0]).toMatchObject({ description: '楼下路灯坏了好几天，晚上很黑', phone: PHONE });
    expect(data.tickets[0]!.own.map((e) => e.action)).toEqual(['file']);
    // the demo resident's data is not hers
    const other = expectOk(await org('myData', {}, 'demo-resident'));
    expect(JSON.stringify(other)).not.toContain(PHONE);
    expect(other.tickets.map((t) => t.no)).not.toContain((cloud.emu.store.get('tickets', id) as Ticket).no);
  });
});

describe('导出我的数据', () => {
  it('is an .xlsx in storage with a download link: one row per stored value, hers only', async () => {
    const file = expectOk(await cloud.call(main, 'org', 'exportMyData', {}, HER));
    expect(file.fileName).toMatch(/^我的数据-\d{8}\.xlsx$/);
    expect(file.url).toMatch(/^\/files\/mydata\//);
    const [sheet] = await readXlsxFile(readFileSync(cloud.emu.storage.pathOf(file.fileID)!));
    const rows = (sheet!.data as unknown[][]).map((r) => r.map(String));
    expect(rows[0]).toEqual(['项目', '内容']);
    expect(rows).toContainEqual(['profile.phone', PHONE]);
    expect(rows).toContainEqual(['tickets.1.description', '楼下路灯坏了好几天，晚上很黑']);
  });
});

describe('注销账号', () => {
  it('is one transaction: a failure at its last write leaves the account whole, nothing detached', async () => {
    const who = 'wx-privacy-half';
    await aResidentWithATicket(who, '13955550999');
    const snap = cloud.snapshot();
    const user = cloud.emu.store.get('users', who) as never;
    await expect(
      deleteAccount(user, SEED_NOW, () => async () => {
        throw new Error('the request record could not be written');
      }),
    ).rejects.toThrow();
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('detaches her tickets (已注销用户 for the handler), removes the rest, and records the deletion', async () => {
    const id = expectOk(await org('myData', {})).tickets.length
      ? (cloud.emu.store.all('tickets') as Ticket[]).find((t) => t.reporterId === HER)!._id
      : await aResidentWithATicket(HER);
    const before = expectOk(await ticketDetail(id, 'demo-grid'));
    expect(before.reporter).toMatchObject({ name: '李大姐', phone: PHONE });

    const res = expectOk(await org('deleteAccount', { confirm: true }));
    expect(res).toEqual({ deleted: true, tickets: 1 });

    const after = expectOk(await ticketDetail(id, 'demo-grid'));
    expect(after.reporter).toEqual({ name: '已注销用户' });
    expect(after.description).toBe('楼下路灯坏了好几天，晚上很黑');
    const stored = cloud.emu.store.get('tickets', id) as Ticket;
    expect(stored.reporterId).toBe(DELETED_REPORTER_ID);
    expect(stored).not.toHaveProperty('reporterPhone');
    expect(cloud.emu.store.get('users', HER)).toBeNull();
    const homes = cloud.emu.store.all('households') as unknown as Household[];
    expect(homes.filter((h) => h.members.includes(HER))).toEqual([]);
    // nothing anywhere names her or keeps her phone
    expect(namedIn(HER)).toEqual([]);
    expect(namedIn(PHONE)).toEqual([]);
    expect(cloud.emu.store.all(COLLECTIONS.accountEvents)).toEqual([
      expect.objectContaining({ kind: 'deleted', tickets: 1 }),
    ]);
    // she is gone: her data cannot be read any more
    expect(await org('myData', {})).toMatchObject({ ok: false, code: 'AUTH.NOT_REGISTERED' });
  });

  it('refuses a staff member while they hold staff roles, writing nothing', async () => {
    const snap = cloud.snapshot();
    expect(await org('deleteAccount', { confirm: true }, 'demo-grid')).toMatchObject({
      ok: false,
      code: 'ACCOUNT.STAFF_ROLES',
      message: '您还担任工作人员职务，请先请管理员解除职务，再注销账号',
    });
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('asks for the confirmation', async () => {
    expect(await org('deleteAccount', { confirm: false }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'COMMON.VALIDATION',
      message: '请确认注销账号',
    });
  });
});
