/**
 * The monthly report (月度通报) as an .xlsx file in cloud storage, answered with a temporary URL. Its
 * figures are the dashboards' own: the street's (or the community's) dashboard gives the summary,
 * the rankings and the communities, and each community's dashboard its grids, computed by the very
 * handler the screen calls, so the file and the screen cannot disagree. Reads counters only (about
 * four reads per dashboard), never the tickets.
 */
import { randomBytes } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import type { OrgNode, Payload, ResultOf, StatsDashboard } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { storeFile, tempUrls } from '../../shared/files';
import { communitiesAndGrids } from '../names';
import { reportSheets } from '../report';
import { dashboard } from './dashboard';

type Ctx = ScopedContext<'stats', 'export'>;

/** The dashboard of `node` (the caller's highest node when undefined) for the period, as the screen gets it. */
const dashboardOf = (period: string, node: OrgNode | undefined, ctx: Ctx): Promise<StatsDashboard> =>
  dashboard({ period, ...(node ? { orgId: node._id } : {}) }, { ...ctx, target: node });

async function gridRows(top: StatsDashboard, period: string, ctx: Ctx) {
  if (top.org.type === 'community') return top.children.map((g) => ({ ...g, communityName: top.org.name }));
  const communities = (await communitiesAndGrids(ctx.now)).filter((n) => n.type === 'community');
  const each = await Promise.all(communities.map((c) => dashboardOf(period, c, ctx)));
  return each.flatMap((d) => d.children.map((g) => ({ ...g, communityName: d.org.name })));
}

export async function exportReport(p: Payload<'stats', 'export'>, ctx: Ctx): Promise<ResultOf<'stats', 'export'>> {
  const top = await dashboardOf(p.period, ctx.target, ctx);
  const communities =
    top.org.type === 'street' ? top.children : [{ id: top.org.id, name: top.org.name, figures: top.figures }];
  const sheets = reportSheets({ top, communities, grids: await gridRows(top, p.period, ctx), generatedAt: ctx.now });
  const buffer = await writeXlsxFile(sheets, { fontFamily: 'SimSun', fontSize: 11 }).toBuffer();
  // an unguessable path: storage's default rule lets anyone holding the file ID read it
  const cloudPath = `reports/${top.org.id}/${top.period.key}-${randomBytes(12).toString('hex')}.xlsx`;
  const fileID = await storeFile(cloudPath, buffer);
  const url = (await tempUrls([fileID]))[fileID] ?? '';
  const kind = top.period.kind === 'month' ? '月度通报' : '年度通报';
  return { fileID, url, fileName: `${top.org.name}${top.period.label}${kind}.xlsx`, bytes: buffer.length };
}
