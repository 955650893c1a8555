/**
 * The time-limit sweep (FixMyStreet's `bin/` over `Script/`: this module is what tests call with a
 * fixed clock; the timer function only wires it):
 * 1. open tickets past their limit, in `dueAt` order (index open_due), paged: not yet marked → a
 *    `markOverdue` event; still overdue `AUTO_ESCALATE_GRACE` after the limit and below the street →
 *    `autoEscalate` to the next level with its own limits;
 * 2. resolved tickets nobody rated for `AUTO_CLOSE_AFTER` (index resolved_at) → `autoClose`;
 * 3. messages after the commits: one 督办 digest per queue that got newly overdue work and per
 *    supervisor covering it; one 上级交办 digest per queue that received escalated work.
 * Idempotent: every change is conditioned on the state it changes (overdue flag, dueAt, status), so a
 * second run at the same `now` finds nothing to do and sends nothing.
 */
import {
  AUTO_CLOSE_AFTER,
  applyEvent,
  cstMinute,
  decide,
  type Level,
  OPEN_STATUSES,
  refusal,
  type Ticket,
  type TicketEvent,
  type TicketStatus,
  type Viewer,
} from '@lx/types';
import { notify } from '../shared/notify';
import type { Key } from '../shared/repo/paging';
import { ticketsBefore, transitionMany } from '../shared/repo/tickets';
import { usersWithGrant } from '../shared/repo/users';
import { dueFor, type Due } from '../shared/ticket-due';
import { detailPage } from '../shared/ticket-notify';

export interface SweepOptions {
  now: number;
  /** tickets per page (one query and one transaction each) */
  pageSize?: number;
  /** count what would change, write and send nothing */
  dryRun?: boolean;
  /**
   * stop paging after this long (wall clock), leaving the rest to the next run: a backlog (after an
   * outage) must not push one invocation past the function's 60 s limit
   */
  maxMs?: number;
}

export interface SweepReport {
  marked: number;
  escalated: number;
  closed: number;
  messages: number;
  pages: number;
  /** false when `maxMs` ran out before every due ticket was seen */
  complete: boolean;
}

const SYSTEM = { actorId: 'system', actorRole: 'system' } as const;

/** The sweeper's events for one ticket at `now`, in order (pure apart from the due-time lookup). */
export function sweepTicket(t: Ticket, now: number, due: Due): { ticket: Ticket; events: TicketEvent[] } | null {
  const system: Viewer = { id: '', grants: [], now };
  const events: TicketEvent[] = [];
  let cur = t;
  for (const action of ['markOverdue', 'autoEscalate', 'autoClose'] as const) {
    if (refusal(cur, action, system)) continue;
    const e = decide(cur, { action, note: NOTES[action] }, { now, ...SYSTEM, due });
    events.push(e);
    cur = applyEvent(cur, e);
  }
  return events.length ? { ticket: cur, events } : null;
}

const NOTES = {
  markOverdue: '已超过办理时限',
  autoEscalate: '超期未办结，系统自动上报上级',
  autoClose: '办结后 7 天未评价，系统自动结案',
} as const;

interface Outcome {
  changed: { ticket: Ticket; events: TicketEvent[] }[];
}

async function sweepPage(page: Ticket[], now: number, dryRun: boolean): Promise<Outcome> {
  const dues = new Map<string, Due>();
  for (const t of page) {
    const key = `${t.categoryId}|${t.urgency}`;
    if (!dues.has(key)) dues.set(key, await dueFor(t, now));
  }
  const dueOf = (t: Ticket) => dues.get(`${t.categoryId}|${t.urgency}`)!;
  const todo = page.filter((t) => sweepTicket(t, now, dueOf(t)));
  if (dryRun) return { changed: todo.map((t) => sweepTicket(t, now, dueOf(t))!) };
  const changed = await transitionMany(
    todo.map((t) => t._id),
    (fresh) => sweepTicket(fresh, now, dueOf(fresh)),
  );
  return { changed };
}

export async function runSweep(opts: SweepOptions): Promise<SweepReport> {
  const { now } = opts;
  const size = opts.pageSize ?? 100;
  const dryRun = !!opts.dryRun;
  const report: SweepReport = { marked: 0, escalated: 0, closed: 0, messages: 0, pages: 0, complete: true };
  const started = performance.now();
  const maxMs = opts.maxMs ?? 40_000;
  const changed: Outcome['changed'] = [];

  const passes: { field: 'dueAt' | 'resolvedAt'; before: number; statuses: readonly TicketStatus[] }[] = [
    { field: 'dueAt', before: now, statuses: OPEN_STATUSES },
    { field: 'resolvedAt', before: now - AUTO_CLOSE_AFTER + 1, statuses: ['resolved'] },
  ];
  for (const pass of passes) {
    let after: Key | null = null;
    for (;;) {
      const page = await ticketsBefore(pass.field, pass.before, pass.statuses, after, size);
      report.pages += 1;
      if (page.length === 0) break;
      changed.push(...(await sweepPage(page, now, dryRun)).changed);
      const last = page[page.length - 1];
      after = { value: (last[pass.field] as number) ?? 0, id: last._id };
      if (page.length < size) break;
      if (performance.now() - started > maxMs) {
        report.complete = false;
        break;
      }
    }
  }
  for (const c of changed) {
    for (const e of c.events) {
      if (e.action === 'markOverdue') report.marked += 1;
      if (e.action === 'autoEscalate') report.escalated += 1;
      if (e.action === 'autoClose') report.closed += 1;
    }
  }
  if (!dryRun) report.messages = await sendDigests(changed, now);
  return report;
}

/** Who hears about the run: one message per recipient and kind, however many tickets. */
async function sendDigests(changed: Outcome['changed'], now: number): Promise<number> {
  const overdueByQueue = new Map<string, { level: Level; orgId: string; tickets: Ticket[] }>();
  const escalatedByQueue = new Map<string, { level: Level; orgId: string; tickets: Ticket[] }>();
  const overdueByScope = new Map<string, Ticket[]>();
  for (const { ticket, events } of changed) {
    const marked = events.find((e) => e.action === 'markOverdue');
    const up = events.find((e) => e.action === 'autoEscalate');
    if (marked) {
      const key = `${marked.level}|${marked.orgId}`;
      const q = overdueByQueue.get(key) ?? { level: marked.level, orgId: marked.orgId, tickets: [] };
      q.tickets.push(ticket);
      overdueByQueue.set(key, q);
      for (const scope of [ticket.communityId, ticket.streetId]) {
        overdueByScope.set(scope, [...(overdueByScope.get(scope) ?? []), ticket]);
      }
    }
    if (up) {
      const key = `${up.level}|${up.orgId}`;
      const q = escalatedByQueue.get(key) ?? { level: up.level, orgId: up.orgId, tickets: [] };
      q.tickets.push(ticket);
      escalatedByQueue.set(key, q);
    }
  }
  const roleOf: Record<Level, string> = { grid: 'gridWorker', community: 'communityStaff', street: 'streetStaff' };
  let sent = 0;
  const send = async (touser: string, tickets: Ticket[], phrase: string, what: string) => {
    const first = tickets[0];
    const r = await notify({
      touser,
      template: 'ticketTask',
      values: [
        first.no,
        tickets.length > 1 ? `${tickets.length}件工单${what}` : first.categoryName,
        phrase,
        cstMinute(now),
        first.addressText,
      ],
      page: tickets.length > 1 ? 'packages/tickets/pages/queue/index' : detailPage(first._id),
    });
    if (r.sent) sent += 1;
  };
  for (const q of overdueByQueue.values()) {
    for (const u of await usersWithGrant(q.orgId, [roleOf[q.level]])) await send(u._id, q.tickets, '超期', '已超期');
  }
  for (const [scope, tickets] of overdueByScope) {
    for (const u of await usersWithGrant(scope, ['supervisor'])) await send(u._id, tickets, '督办', '已超期');
  }
  for (const q of escalatedByQueue.values()) {
    for (const u of await usersWithGrant(q.orgId, [roleOf[q.level]]))
      await send(u._id, q.tickets, '上级交办', '超期上报');
  }
  return sent;
}
