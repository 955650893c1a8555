/**
 * 五步工作法 figures on the bench database: database operations of a step submit (the step that
 * moves the counters: 见到群众的人, and a plain one), and of a community's coverage view, each beside
 * its budget. Warm instance: every figure is the second call of its kind.
 */
import type { Emulator } from '../emulator/index';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID } from '../emulator/seed/build';
import { row } from './stats';
import type { actionOperations } from './tickets';

type Main = (event: unknown) => Promise<unknown>;
type Invoke = Parameters<typeof actionOperations>[1];

let ids = 0;
const rid = () => `bench-visit-${(++ids).toString(36).padStart(6, '0')}`;

export async function visitsBench(emu: Emulator, invoke: Invoke): Promise<string[]> {
  const { main: visits } = require('../cloudfunctions/visits/index') as { main: Main };
  const call = async (action: string, payload: object, who = 'demo-grid') => {
    const r = await invoke(visits, action, payload, who);
    if (!r.ok) throw new Error(`visits.${action} failed: ${r.code}`);
    return r.data as Record<string, unknown>;
  };
  const ops = async (run: () => Promise<unknown>) => {
    emu.stats.reset();
    await run();
    return { reads: emu.stats.reads, writes: emu.stats.writes };
  };
  const said = (o: { reads: number; writes: number }) => `${o.reads + o.writes} (${o.reads} r + ${o.writes} w)`;

  const visitOf = async () => {
    const h = await call('createHousehold', {
      buildingId: DEMO_BUILDING_ID,
      room: `B${rid()}`.slice(0, 20),
      requestId: rid(),
    });
    return (await call('start', { householdId: h.id, requestId: rid() })).visitId as string;
  };
  const step = (visitId: string, n: number, data: object) => call('step', { visitId, step: n, data, requestId: rid() });

  // warm the instance: one whole visit first
  const warm = await visitOf();
  await step(warm, 1, {});
  await step(warm, 2, { met: true, whom: '户主本人' });

  const v = await visitOf();
  const knock = await ops(() => step(v, 1, {}));
  const met = await ops(() => step(v, 2, { met: true, whom: '户主本人' }));
  await call('coverage', { orgId: DEMO_COMMUNITY_ID }, 'demo-community');
  const cov = await ops(() => call('coverage', { orgId: DEMO_COMMUNITY_ID }, 'demo-community'));
  return [
    // the caller, the visit read in the step's transaction, the visit written (its requestId with it:
    // no request record), and for 见到群众的人 the grid's coverage document
    row('db operations per visit step (敲开群众的门, warm)', said(knock), '≤ 4', knock.reads + knock.writes <= 4),
    row('db operations per visit step (见到群众的人: counters, warm)', said(met), '≤ 4', met.reads + met.writes <= 4),
    // the caller, the target community, its grids' coverage documents, the grids' names
    row('community coverage view (visits.coverage) reads', `${cov.reads}`, '≤ 5', cov.reads <= 5 && cov.writes === 0),
  ];
}
