/**
 * The quarterly service report through the real handlers: the figures are the member's ledger entries
 * at the community inside the quarter (China time), the .xlsx holds the same figures and the entries
 * behind them, a member reads only their own, the community anyone's.
 */
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { COLLECTIONS, type PointEntry, type QuarterReport, quarterBounds, type ReportFile } from '@lx/types';
import { PARTY_T0, partySuite } from '../../test-support/party-members';

const { cloud, cast, t } = partySuite(PARTY_T0);
const Q4 = quarterBounds('2026-Q4');

function entry(
  userId: string,
  rule: PointEntry['rule'],
  at: number,
  points: number,
  minutes = 0,
  communityId = DEMO_COMMUNITY_ID,
) {
  const e: PointEntry = {
    _id: `${rule}|src-${at}-${communityId}|${userId}`,
    userId,
    communityId,
    rule,
    source: {
      kind: rule === 'activityHours' ? 'activity' : rule === 'wishCompleted' ? 'wish' : 'visit',
      id: `src-${at}`,
    },
    points,
    minutes,
    at,
    by: 'demo-community',
  };
  return e as unknown as Record<string, unknown>;
}

describe('quarterly service report', () => {
  it('counts the quarter’s entries at the community only; the file holds the same figures', async () => {
    const [m, other] = t.approvedMembers(2, 'report', Q4.from - 200 * 86_400_000);
    t.store.insertMany(COLLECTIONS.partyPoints, [
      entry(m, 'activityHours', Q4.from, 25, 150),
      entry(m, 'activityHours', Q4.from + 86_400_000, 10, 60),
      entry(m, 'wishCompleted', Q4.to - 1, 5),
      entry(m, 'visitDone', Q4.from + 2 * 86_400_000, 3),
      // outside: the quarter before, the next one, another community
      entry(m, 'activityHours', Q4.from - 1, 10, 60),
      entry(m, 'activityHours', Q4.to, 10, 60),
      entry(m, 'activityHours', Q4.from + 3 * 86_400_000, 10, 60, t.otherCommunityId()),
    ]);
    const r = await t.ok<QuarterReport>('quarterReport', { communityId: DEMO_COMMUNITY_ID, quarter: '2026-Q4' }, m);
    expect(r).toMatchObject({
      userId: m,
      label: '2026年第四季度',
      hours: 3.5,
      activities: 2,
      wishes: 1,
      visits: 1,
      points: 43,
      from: Q4.from,
      to: Q4.to,
    });
    expect(
      await t.ok('quarterReport', { communityId: DEMO_COMMUNITY_ID, userId: m, quarter: '2026-Q4' }, cast.community),
    ).toEqual(r);

    const file = await t.ok<ReportFile>(
      'exportQuarterReport',
      { communityId: DEMO_COMMUNITY_ID, quarter: '2026-Q4' },
      m,
    );
    expect(file.fileName).toBe(`${r.name}2026年第四季度党员服务报告.xlsx`);
    const sheets = await readXlsxFile(readFileSync(cloud.emu.storage.pathOf(file.fileID)!));
    const summary = new Map(sheets[0].data.slice(1).map((row) => [String(row[0]), row[1]]));
    expect(sheets.map((s) => s.sheet)).toEqual(['服务报告', '服务明细']);
    expect(Object.fromEntries([...summary].filter(([k]) => /（|积分/.test(k)))).toEqual({
      '服务时长（小时）': 3.5,
      '志愿活动（次）': 2,
      '微心愿（个）': 1,
      '入户走访（次）': 1,
      积分: 43,
    });
    expect(sheets[1].data.slice(1)).toHaveLength(4);

    // someone else's report is staff's only; a bad quarter is a validation message
    const snap = cloud.snapshot();
    expect(
      await t.code('quarterReport', { communityId: DEMO_COMMUNITY_ID, userId: m, quarter: '2026-Q4' }, other),
    ).toBe('AUTH.FORBIDDEN');
    expect(await t.code('quarterReport', { communityId: DEMO_COMMUNITY_ID, quarter: '2026-Q5' }, m)).toBe(
      'COMMON.VALIDATION',
    );
    expect(await t.code('quarterReport', { communityId: t.otherCommunityId(), quarter: '2026-Q4' }, m)).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
    expect(
      await t.code(
        'exportQuarterReport',
        { communityId: DEMO_COMMUNITY_ID, userId: m, quarter: '2026-Q4' },
        cast.reporter,
      ),
    ).toBe('AUTH.FORBIDDEN');
    expect(cloud.snapshot()).toEqual(snap);
  });
});
