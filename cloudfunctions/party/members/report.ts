/**
 * The quarterly service report of one member at one community (hours, activities, wishes, visits,
 * points), read off the points ledger's entries in the quarter (China time), and the same figures as
 * an .xlsx file the work unit can keep (written like the stats export: write-excel-file, an
 * unguessable cloud path, a temporary URL). A member reads their own; staff of the community anyone's.
 */
import { randomBytes } from 'node:crypto';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  cstDate,
  DomainError,
  hoursOf,
  MEMBERSHIP_TYPE_LABELS,
  type Payload,
  type PointEntry,
  POINT_RULES,
  type QuarterReport,
  quarterBounds,
  quarterLabel,
  type ResultOf,
  totalsOfEntries,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { storeFile, tempUrls } from '../../shared/files';
import { entriesOf } from '../../shared/repo/party-points';
import { communityOf, registrationOf } from './present';

type Ctx = ScopedContext<'party', 'quarterReport'> | ScopedContext<'party', 'exportQuarterReport'>;
type In = Payload<'party', 'quarterReport'>;

async function compute(p: In, ctx: Ctx): Promise<{ report: QuarterReport; entries: PointEntry[]; typeLabel: string }> {
  const community = communityOf(ctx.target);
  const userId = p.userId ?? ctx.openid;
  // someone else's report is the community staff's (a member's own grant let them in here too)
  if (userId !== ctx.openid && !ctx.grants.some((g) => g.role !== 'partyMember'))
    throw new DomainError('AUTH.FORBIDDEN');
  const reg = await registrationOf(community._id, userId);
  const { from, to } = quarterBounds(p.quarter);
  const entries = (await entriesOf(userId, from, to)).filter((e) => e.communityId === community._id);
  const t = totalsOfEntries(entries)[0];
  const report: QuarterReport = {
    userId,
    name: reg.name,
    communityId: community._id,
    communityName: community.name,
    workUnit: reg.workUnit,
    partyOrg: reg.partyOrg,
    quarter: p.quarter,
    label: quarterLabel(p.quarter),
    from,
    to,
    hours: hoursOf(t?.minutes ?? 0),
    activities: t?.activities ?? 0,
    wishes: t?.wishes ?? 0,
    visits: t?.visits ?? 0,
    points: t?.points ?? 0,
  };
  return { report, entries, typeLabel: MEMBERSHIP_TYPE_LABELS[reg.type] };
}

export async function quarterReport(
  p: In,
  ctx: ScopedContext<'party', 'quarterReport'>,
): Promise<ResultOf<'party', 'quarterReport'>> {
  return (await compute(p, ctx)).report;
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

/** The report's two sheets: the figures, and the entries behind them. */
export function reportSheets(
  r: QuarterReport,
  entries: readonly PointEntry[],
  typeLabel: string,
  at: number,
): { sheet: string; data: SheetData; columns: { width: number }[] }[] {
  const summary: SheetData = [
    [bold(`${r.name} ${r.label}党员服务报告`)],
    ['姓名', r.name],
    ['报到社区', r.communityName],
    ['工作单位', r.workUnit],
    ['所在党组织', r.partyOrg],
    ['党员类型', typeLabel],
    ['统计期间', `${cstDate(r.from)} 至 ${cstDate(r.to - 1)}`],
    ['服务时长（小时）', { value: r.hours, format: '0.0' }],
    ['志愿活动（次）', r.activities],
    ['微心愿（个）', r.wishes],
    ['入户走访（次）', r.visits],
    ['积分', r.points],
    ['生成时间', cstDate(at)],
  ];
  const detail: SheetData = [
    [bold('日期'), bold('项目'), bold('服务时长（小时）'), bold('积分'), bold('说明')],
    ...[...entries]
      .sort((a, b) => a.at - b.at)
      .map((e) => [
        cstDate(e.at),
        POINT_RULES[e.rule].label,
        { value: hoursOf(e.minutes), format: '0.0' },
        e.points,
        e.note ?? '',
      ]),
  ];
  return [
    { sheet: '服务报告', data: summary, columns: [{ width: 18 }, { width: 36 }] },
    {
      sheet: '服务明细',
      data: detail,
      columns: [{ width: 12 }, { width: 14 }, { width: 16 }, { width: 8 }, { width: 30 }],
    },
  ];
}

export async function exportQuarterReport(
  p: Payload<'party', 'exportQuarterReport'>,
  ctx: ScopedContext<'party', 'exportQuarterReport'>,
): Promise<ResultOf<'party', 'exportQuarterReport'>> {
  const { report, entries, typeLabel } = await compute(p, ctx);
  const buffer = await writeXlsxFile(reportSheets(report, entries, typeLabel, ctx.now), {
    fontFamily: 'SimSun',
    fontSize: 11,
  }).toBuffer();
  // an unguessable path: storage's default rule lets anyone holding the file ID read it
  const cloudPath = `reports/party/${report.communityId}/${report.quarter}-${randomBytes(12).toString('hex')}.xlsx`;
  const fileID = await storeFile(cloudPath, buffer);
  const url = (await tempUrls([fileID]))[fileID] ?? '';
  return { fileID, url, fileName: `${report.name}${report.label}党员服务报告.xlsx`, bytes: buffer.length };
}
