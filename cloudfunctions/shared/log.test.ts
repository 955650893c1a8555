/**
 * Logs carry only named safe fields. A whole run with planted personal values (a phone number written
 * in a note, a name, a GPS point, an invitation code, an openid, a file id), including an unexpected
 * failure whose error message echoes the document being written, leaves none of them in any log line.
 */
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import type { GeoPoint, OrgNode, Result } from '@lx/types';
import { main as org } from '../org/index';
import { main as tickets } from '../tickets/index';
import { expectOk, setupCloud } from '../test-support/cloud';
import { captureLogs } from '../test-support/logs';
import { uploadAs } from '../test-support/uploads';

const cloud = setupCloud();
const logs = captureLogs();
afterAll(() => {
  logs.restore();
  cloud.cleanup();
});

const PHONE = '13955501234';
const NAME = '甄隐私';
const OPENID = 'wx-planted-7f3a9c';
const CODE = 'ZQ7MR4XK';
const center = (cloud.emu.store.get('org_nodes', DEMO_BUILDING_ID) as unknown as OrgNode).center!;
const POINT: GeoPoint = {
  lng: Number((center.lng + 0.0000123).toFixed(7)),
  lat: Number((center.lat - 0.0000171).toFixed(7)),
};

const run = (main: typeof org, action: string, payload: Record<string, unknown>, who: string) =>
  cloud.call(main, 'org', action as 'me', payload, who) as Promise<Result<unknown>>;

/** Fails the next database write that carries `marker`, echoing the document in the error (as drivers do). */
function failNextWriteWith(marker: string) {
  const executor = cloud.emu.executor;
  const handle = executor.handle.bind(executor);
  executor.handle = (action, params = {}) => {
    const doc = JSON.stringify(params);
    if (/insert|modify/i.test(action) && doc.includes(marker)) {
      executor.handle = handle;
      return { requestId: 'x', code: 'DATABASE_REQUEST_FAILED', message: `write failed: ${doc}` } as never;
    }
    return handle(action, params);
  };
}

it('a whole run with planted personal values logs none of them, not even in an INTERNAL error', async () => {
  expectOk(await run(org, 'me', {}, OPENID));
  expectOk(await run(org, 'updateProfile', { nickname: NAME, phone: PHONE }, OPENID));
  expectOk(await run(org, 'bindAddress', { buildingId: DEMO_BUILDING_ID, room: '1-101' }, OPENID));
  expect(await run(org, 'redeem', { code: CODE }, OPENID)).toMatchObject({ ok: false });

  const photo = uploadAs(cloud, OPENID);
  const filing = {
    categoryId: 'cat-streetlight',
    description: `路灯坏了三天，请打 ${PHONE} 找${NAME}`,
    point: POINT,
    addressText: `${NAME}家门口`,
    phone: PHONE,
    photos: [photo],
    requestId: 'req-log-first',
  };
  const { id } = expectOk(await run(tickets, 'file', filing, OPENID)) as { id: string };

  failNextWriteWith(PHONE);
  const failed = await run(
    tickets,
    'file',
    { ...filing, description: `又坏了，请打 ${PHONE}`, requestId: 'req-log-second' },
    OPENID,
  );
  expect(failed).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });

  const worker = 'demo-grid';
  const t = () => cloud.emu.store.get('tickets', id) as unknown as { version: number };
  expectOk(await run(tickets, 'accept', { id, version: t().version }, worker));
  // a note's phone is masked before it is stored (issue 16: handlers' notes keep no copy of it), so the
  // write that echoes the document is made to fail on the name the note still carries
  failNextWriteWith(NAME);
  const note = { id, version: t().version, note: `已电话联系 ${PHONE}（${NAME}）` };
  expect(await run(tickets, 'progress', note, worker)).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });
  expectOk(await run(tickets, 'progress', note, worker));

  // the failures were logged (the capture sees the logger), each with its request id
  const errors = logs.lines().filter((l) => l.includes('"level":"error"'));
  expect(errors).toHaveLength(2);
  expect(errors[0]).toContain((failed as { requestId?: string }).requestId);
  expect(errors[0]).toContain('tickets.file');

  const planted = [PHONE, NAME, OPENID, CODE, String(POINT.lng), String(POINT.lat), photo, photo.split('/').pop()!];
  expect(logs.found(planted)).toEqual([]);
});
