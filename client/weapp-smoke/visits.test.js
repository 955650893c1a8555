/**
 * The compiled visits subpackage: the step screen loads its visit from visits.visit, shows the step
 * the server says is next, and 已敲门，下一步 sends step 1 through visits.step with a requestId, then
 * shows step 2 from the answer.
 */
const { bootForFile, until, text, tapText } = require('./harness');
const { UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const NOW = Date.now();
const partyMember = {
  id: 'demo-party',
  nickname: '赵红梅',
  roles: [{ role: 'partyMember', orgId: 'c1', orgName: '凤凰城社区' }],
};

/** A pairing visit as types/api/visits.ts VisitView shapes it, with `steps` recorded so far. */
function visit(steps) {
  return {
    _id: 'v1',
    householdId: 'hh-1',
    buildingId: 'b1',
    gridId: 'g1',
    communityId: 'c1',
    streetId: 's1',
    room: '1单元601',
    visitorId: 'demo-party',
    source: 'pairing',
    planId: 'pair-1',
    dueAt: NOW,
    status: steps.length ? 'inProgress' : 'due',
    steps,
    concerns: [],
    createdAt: NOW - 86400000,
    updatedAt: NOW,
    nextStep: steps.length + 1,
  };
}
const knocked = { step: 1, by: 'demo-party', at: NOW, photos: [], requestId: 'r', data: {} };
let recorded = [];

function backend(name, action, payload) {
  if (name === 'org' && action === 'me') return { ok: true, data: partyMember };
  if (name === 'tickets' && action === 'categories') return { ok: true, data: [] };
  if (name === 'visits' && action === 'visit') return { ok: true, data: visit(recorded) };
  if (name === 'visits' && action === 'step' && payload.step === 1) {
    recorded = [knocked];
    return { ok: true, data: { visit: visit(recorded) } };
  }
  return UNKNOWN_ACTION;
}

const env = bootForFile({ backend });
const STEP_PAGE = 'packages/visits/pages/visit/index';

describe('入户走访 step screen (compiled)', () => {
  it('shows the step the server says is next, with its five-dot bar', async () => {
    const page = env.openPage(STEP_PAGE, { id: 'v1' });
    await until(() => expect(text(page)).toContain('第 1 步 敲开群众的门'));
    const shown = text(page);
    expect(shown).toContain('1单元601');
    expect(shown).toContain('结对帮扶');
    for (const dot of ['敲门', '见人', '听音', '暖心', '办事']) expect(shown).toContain(dot);
    expect(shown).toContain('已敲门，下一步');
    expect(env.calls).toContainEqual({ name: 'visits', action: 'visit', payload: { id: 'v1' } });
  });

  it('sends step 1 with a requestId and moves on to step 2', async () => {
    const page = env.openPage(STEP_PAGE, { id: 'v1' });
    await until(() => expect(text(page)).toContain('已敲门，下一步'));
    tapText(page, '已敲门，下一步');
    await until(() => expect(text(page)).toContain('第 2 步 见到群众的人'));
    const sent = env.calls.filter((c) => c.name === 'visits' && c.action === 'step');
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toEqual({ visitId: 'v1', step: 1, data: {}, requestId: expect.any(String) });
    expect(sent[0].payload.requestId.length).toBeGreaterThan(8);
    expect(text(page)).toContain('不在家');
  });
});
