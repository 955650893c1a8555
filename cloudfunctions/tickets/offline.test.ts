/**
 * Weak network (issue 16): a filing kept on the phone with its requestId (client useZodForm
 * persistKey) is sent again after a restart, long after the first send reached the server and its
 * answer was lost. The resend, with a photo and after the ticket has moved on, answers the first
 * ticket and changes nothing. Real handlers on the emulator store.
 */
import { HOUR } from '@lx/types';
import { expectOk, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;
const count = (coll: string, q: Record<string, unknown> = {}) => cloud.emu.store.count(coll, q);

it('the draft resent the next morning, after 签收, answers the first ticket and creates nothing', async () => {
  cloud.forgetLimits(cast.reporter);
  // what the restored form sends, byte for byte the same both times (the draft keeps values, photos, id)
  const payload = {
    categoryId: 'cat-streetlight',
    description: '小区东门路灯不亮已经三天了，晚上很黑',
    photos: [w.photo(cast.reporter)],
    urgency: 'normal',
    anonymous: false,
    requestId: 'draft-restart-0001',
  };
  const before = count('tickets', { reporterId: cast.reporter });
  // reached the server; the answer was lost when the network dropped
  const first = expectOk(await w.call('file', payload, cast.reporter)) as { id: string; no: string };
  await w.act(first.id, 'accept', cast.grid);
  const seen = { events: count('ticket_events', { ticketId: first.id }), ticket: w.ticket(first.id) };

  w.setNow(w.now() + 12 * HOUR);
  const resent = await w.call('file', payload, cast.reporter);
  expect(resent).toEqual({ ok: true, data: first });
  expect(count('tickets', { reporterId: cast.reporter })).toBe(before + 1);
  expect(count('ticket_events', { ticketId: first.id })).toBe(seen.events);
  expect(w.ticket(first.id)).toEqual(seen.ticket);

  // the same words filed as a new intention (a new id, as after 提交 succeeded) are a second ticket
  const again = expectOk(await w.call('file', { ...payload, requestId: 'draft-restart-0002' }, cast.reporter));
  expect((again as { id: string }).id).not.toBe(first.id);
});
