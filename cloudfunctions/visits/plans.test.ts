/**
 * Plan management through the real handlers: 结对帮扶 pairings (pair, a retry answering the first,
 * unpair kept as history), key-household rules (one per community and tag), who may keep them (community
 * staff in their community, street staff above; a grid worker not at all; another community's staff out
 * of scope), and refused calls that write nothing.
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { type Household, keyRuleId, type KeyRule, type Page, type Pairing } from '@lx/types';
import { newRequestId, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { visitsCaller } from '../test-support/visits';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { cast } = workflow(cloud);

const { call, ok, code } = visitsCaller(cloud);
const plans = () => cloud.emu.store.find('visit_plans', {}, {}) as unknown as (Pairing | KeyRule)[];
const household = (id: string) => cloud.emu.store.get('households', id) as unknown as Household;
/** a household of the demo community nobody is paired with */
const unpaired = (n = 0) =>
  (
    cloud.emu.store.find('households', { communityId: DEMO_COMMUNITY_ID, pairedWith: { $size: 0 } }, {}) as {
      _id: string;
    }[]
  )[n]._id;

describe('pairings', () => {
  it('pair: the pairing and the household’s pairedWith together; a retry answers the first; listed; unpair keeps it ended', async () => {
    const h = unpaired();
    const requestId = newRequestId();
    const payload = { householdId: h, visitorId: 'demo-party', everyDays: 30, requestId };
    const first = await ok<{ id: string }>('pair', payload, cast.community);
    expect(await ok('pair', payload, cast.community)).toEqual(first);
    expect(plans().filter((p) => p.kind === 'pairing' && p.householdId === h)).toHaveLength(1);
    expect(household(h).pairedWith).toEqual(['demo-party']);
    expect(cloud.emu.store.get('visit_plans', first.id)).toMatchObject({
      visitorId: 'demo-party',
      visitorRole: 'partyMember',
      everyDays: 30,
      active: true,
      communityId: DEMO_COMMUNITY_ID,
    });
    // a second pairing of the same two: refused
    expect(await code('pair', { ...payload, requestId: newRequestId() }, cast.community)).toBe('VISIT.ALREADY_PAIRED');

    const listed = await ok<Page<Pairing>>('pairings', { communityId: DEMO_COMMUNITY_ID }, cast.community);
    expect(listed.items.map((p) => p._id)).toContain(first.id);
    const mine = await ok<Page<Pairing>>('pairings', {}, cast.street);
    expect(mine.items.map((p) => p._id)).toContain(first.id);

    await ok('unpair', { pairingId: first.id, reason: '住户已搬走' }, cast.community);
    expect(cloud.emu.store.get('visit_plans', first.id)).toMatchObject({
      active: false,
      endedBy: cast.community,
      endReason: '住户已搬走',
    });
    expect(household(h).pairedWith).toEqual([]);
    expect(await code('unpair', { pairingId: first.id, reason: '住户已搬走' }, cast.community)).toBe(
      'VISIT.PLAN_NOT_FOUND',
    );
  });

  it('refusals change nothing: a grid worker, another community’s staff, a visitor who is no party member, a bad period', async () => {
    const h = unpaired(1);
    const before = JSON.stringify(plans());
    const pairing = (x: Record<string, unknown> = {}) => ({
      householdId: h,
      visitorId: 'demo-party',
      everyDays: 30,
      requestId: newRequestId(),
      ...x,
    });
    expect(await code('pair', pairing(), cast.grid)).toBe('AUTH.FORBIDDEN');
    expect(await code('pair', pairing(), cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await code('pair', pairing({ visitorId: cast.reporter }), cast.community)).toBe('VISIT.NOT_A_VISITOR');
    const bad = await call('pair', pairing({ everyDays: 3 }), cast.community);
    expect(bad).toMatchObject({ ok: false, code: 'COMMON.VALIDATION', message: '走访周期不能小于 7 天' });
    expect(await code('pairings', { communityId: DEMO_COMMUNITY_ID }, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(JSON.stringify(plans())).toBe(before);
    expect(household(h).pairedWith).toEqual([]);
  });
});

describe('key-household rules', () => {
  it('saveKeyRule keeps one rule per community and tag; a second save changes its period and keeps its start', async () => {
    const id = keyRuleId(DEMO_COMMUNITY_ID, '残疾人家庭');
    const first = await ok<KeyRule>(
      'saveKeyRule',
      { communityId: DEMO_COMMUNITY_ID, tag: '残疾人家庭', everyDays: 60 },
      cast.community,
    );
    expect(first).toMatchObject({ _id: id, kind: 'key', everyDays: 60, active: true, createdBy: cast.community });
    const again = await ok<KeyRule>(
      'saveKeyRule',
      { communityId: DEMO_COMMUNITY_ID, tag: '残疾人家庭', everyDays: 45 },
      cast.street,
    );
    expect(again).toMatchObject({ _id: id, everyDays: 45, since: first.since, createdBy: cast.community });
    const rules = await ok<KeyRule[]>('keyRules', { communityId: DEMO_COMMUNITY_ID }, cast.community);
    expect(rules.filter((r) => r.tag === '残疾人家庭')).toEqual([expect.objectContaining({ _id: id, everyDays: 45 })]);
  });

  it('refusals change nothing: another community’s staff, a grid worker, a tag that is none, a period too long', async () => {
    const before = JSON.stringify(plans());
    const rule = { communityId: DEMO_COMMUNITY_ID, tag: '留守儿童', everyDays: 30 };
    expect(await code('saveKeyRule', rule, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await code('saveKeyRule', rule, cast.grid)).toBe('AUTH.FORBIDDEN');
    expect(await code('keyRules', { communityId: DEMO_COMMUNITY_ID }, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await call('saveKeyRule', { ...rule, tag: '富裕家庭' }, cast.community)).toMatchObject({
      ok: false,
      code: 'COMMON.VALIDATION',
      message: '住户标签无效',
    });
    expect(await code('saveKeyRule', { ...rule, everyDays: 400 }, cast.community)).toBe('COMMON.VALIDATION');
    expect(JSON.stringify(plans())).toBe(before);
  });
});
