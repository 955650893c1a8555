/**
 * 入户率 of a street, a community or a grid, read off the grids' counter documents (one per grid:
 * households, each household's last visited day, months), never the visits: a community's view is
 * the caller, its grids' documents and their names.
 */
import {
  coverageFrom,
  coverageOf,
  cstDate,
  DomainError,
  type OrgNode,
  type Payload,
  type ResultOf,
  type VisitCounterDoc,
  type VisitMonth,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { childrenOf, getNode, gridsOf } from '../../shared/repo/org';
import { visitCounters } from '../../shared/repo/visits';

type View = ResultOf<'visits', 'coverage'>;

async function nodeOf(ctx: ScopedContext<'visits', 'coverage'>): Promise<OrgNode> {
  if (ctx.target) return ctx.target;
  const top = [...ctx.grants].sort((a, b) => a.orgPath.length - b.orgPath.length)[0];
  const node = top ? await getNode(top.orgId) : null;
  if (!node) throw new DomainError('ORG.NOT_FOUND');
  return node;
}

function monthOf(docs: readonly VisitCounterDoc[], key: string): VisitMonth {
  const out: VisitMonth = { visits: 0, notHome: 0, visitors: {}, concerns: {} };
  for (const m of docs.map((d) => d.months[key]).filter(Boolean)) {
    out.visits += m.visits ?? 0;
    out.notHome += m.notHome ?? 0;
    for (const [k, n] of Object.entries(m.visitors ?? {})) out.visitors[k] = (out.visitors[k] ?? 0) + n;
    for (const [k, n] of Object.entries(m.concerns ?? {})) {
      const tag = k as keyof VisitMonth['concerns'];
      out.concerns[tag] = (out.concerns[tag] ?? 0) + (n ?? 0);
    }
  }
  return out;
}

export async function coverage(
  _p: Payload<'visits', 'coverage'>,
  ctx: ScopedContext<'visits', 'coverage'>,
): Promise<View> {
  const node = await nodeOf(ctx);
  const type = node.type as View['org']['type'];
  const scope =
    type === 'street'
      ? { streetId: node._id }
      : type === 'community'
        ? { communityId: node._id }
        : { gridId: node._id };
  const [docs, children] = await Promise.all([
    visitCounters(scope),
    type === 'street' ? childrenOf(node._id, ['community']) : type === 'community' ? gridsOf([node._id]) : [],
  ]);
  const key = (d: VisitCounterDoc) => (type === 'street' ? d.communityId : d.gridId);
  const rows = children.map((c) => ({
    id: c._id,
    name: c.name,
    ...coverageOf(
      docs.filter((d) => key(d) === c._id),
      ctx.now,
    ),
  }));
  return {
    org: { id: node._id, name: node.name, type },
    from: coverageFrom(ctx.now),
    figure: coverageOf(docs, ctx.now),
    children: rows,
    month: { key: cstDate(ctx.now).slice(0, 7), ...monthOf(docs, cstDate(ctx.now).slice(0, 7)) },
  };
}
