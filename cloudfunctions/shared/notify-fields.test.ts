/**
 * Every message the functions build from the demo seed's real texts (ticket categories and addresses,
 * notice titles and places) fits WeChat's keyword limits once it has gone through notify's one fitting
 * step: thing ≤ 20, phrase ≤ 5, character_string ≤ 32 ASCII, time a time WeChat accepts.
 */
import { COLLECTIONS, DAY, FIELD_LIMITS, fitField, isValidMessageTime, SUBSCRIPTION_KEYS, type User } from '@lx/types';
import { runPush } from './notice-push';
import { runSweep } from '../sweeper/sweep';
import { SEED_NOW, setupCloud } from '../test-support/cloud';

const cloud = setupCloud({ tickets: 120 });
afterAll(() => cloud.cleanup());

function fits(field: string, value: string): boolean {
  const kind = field.replace(/\d+$/, '');
  const length = Array.from(value).length;
  if (kind === 'time' || kind === 'date') return isValidMessageTime(value);
  if (kind === 'character_string') return length <= FIELD_LIMITS.character_string && /^[\x21-\x7e]*$/.test(value);
  if (kind === 'phrase') return length <= FIELD_LIMITS.phrase;
  if (kind === 'thing') return length <= FIELD_LIMITS.thing;
  return false;
}

it('cuts the seeded texts to WeChat’s keyword limits in every message sent', async () => {
  // everyone allows everything, so every message the seed gives rise to is really sent
  const all = Object.fromEntries(SUBSCRIPTION_KEYS.map((k) => [k, 50]));
  cloud.emu.store.write(
    COLLECTIONS.users,
    (cloud.emu.store.all(COLLECTIONS.users) as unknown as User[]).map((u) => ({
      kind: 'put' as const,
      doc: { ...u, subscriptions: all },
    })),
  );
  // a month on, the seed's open tickets are overdue (超期, 督办 to supervisors) and its notices published
  const later = SEED_NOW + 30 * DAY;
  await cloud.emu.invoke(() => runSweep({ now: later }), {});
  await cloud.emu.invoke(() => runPush({ now: later }), {});

  const sent = cloud.emu.outbox
    .list({ api: 'subscribeMessage.send' })
    .map((m) => (m.args as { data: Record<string, { value: string }> }).data);
  expect(sent.length).toBeGreaterThan(10);
  const values = sent.flatMap((d) => Object.entries(d).map(([field, { value }]) => ({ field, value })));
  expect(values.filter((v) => !fits(v.field, v.value))).toEqual([]);
});

it('cuts every seeded ticket and notice text to each keyword kind’s limit', () => {
  // what a message may carry: descriptions, addresses, handlers' notes (e.note), titles, places
  const tickets = cloud.emu.store.all(COLLECTIONS.tickets) as { description?: string; addressText?: string }[];
  const events = cloud.emu.store.all(COLLECTIONS.ticketEvents) as { note?: string }[];
  const notices = cloud.emu.store.all(COLLECTIONS.notices) as { title?: string; orgName?: string }[];
  const texts = [
    ...tickets.flatMap((t) => [t.description, t.addressText]),
    ...events.map((e) => e.note),
    ...notices.flatMap((n) => [n.title, n.orgName]),
  ].filter((t): t is string => typeof t === 'string' && t.length > 0);
  const long = texts.filter((t) => Array.from(t).length > FIELD_LIMITS.thing);
  expect(long.length).toBeGreaterThan(0);
  for (const field of ['thing2', 'phrase3']) {
    for (const text of texts) {
      const out = fitField(field, text);
      expect({ field, text, fits: fits(field, out) }).toEqual({ field, text, fits: true });
    }
  }
  // a long text keeps its start and says it was cut
  expect(fitField('thing5', long[0])).toBe(`${Array.from(long[0]).slice(0, 19).join('')}…`);
  expect(() => fitField('time4', long[0])).toThrow();
});
