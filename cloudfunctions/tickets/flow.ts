/**
 * Every workflow action runs through here, so each one reads the same story: load and authorize (the
 * dispatcher, from the transition table: the ticket arrives as ctx.target) → the table's state rules
 * → check content → decide on the fresh ticket inside a transaction and write the
 * ticket with its event → notify → return. The action files only say which rule and what input.
 */
import {
  applyEvent,
  commutes,
  decideFor,
  DomainError,
  refusal,
  type Ticket,
  type TicketEvent,
  type TransitionInput,
  type Payload,
  type ResultOf,
  type TransitionResult,
  type UserTicketAction,
  type Viewer,
} from '@lx/types';
import type { Caller } from '../shared/caller';
import type { ActionContext } from '../shared/context';
import type { Handler } from '../shared/dispatcher';
import { lastResolver } from '../shared/repo/stats';
import { mediaCheckRecords, transitionTicket } from '../shared/repo/tickets';
import { checkText, submitImages } from '../shared/security';
import { dueFor } from '../shared/ticket-due';
import { revisitFor } from '../shared/revisit';
import { homeOf } from '../shared/ticket-home';
import { afterTransition } from '../shared/ticket-notify';

export interface TransitionRequest {
  id: string;
  /** the version the user saw; absent for the actions that commute (附议, 催办, progress notes) */
  version?: number;
  input: TransitionInput;
  /** user-written text to pass the content check first (notes, reasons, comments) */
  texts?: readonly (string | undefined)[];
}

/** The role the event records for the caller: the handling role, a supervisor, or resident. */
function actorRole(caller: Caller, t: Ticket, action: TransitionInput['action']): string {
  if (action === 'verify' || action === 'sendBack') return 'supervisor';
  if (action === 'urge' && caller.openid !== t.reporterId) return 'supervisor';
  if (['rate', 'reopen', 'join', 'urge'].includes(action)) {
    return t.filedBy && t.filedBy === caller.openid ? 'gridWorker' : 'resident';
  }
  return { grid: 'gridWorker', community: 'communityStaff', street: 'streetStaff' }[t.level];
}

export async function runTransition(
  req: TransitionRequest,
  ctx: ActionContext & { target: Ticket },
): Promise<TransitionResult & { ticket: Ticket; event: TicketEvent }> {
  const caller = await ctx.caller();
  // read once by the dispatcher, which let the caller act on it (ticketRefusal in types/permissions.ts)
  const seen = ctx.target;
  const home = req.input.action === 'join' ? await homeOf(caller) : undefined;
  const viewer: Viewer = { id: caller.openid, grants: caller.grants, now: ctx.now, ...(home ? { home } : {}) };
  // refuse early (no content check, no transaction) what the table refuses on what the user saw
  if (req.version !== undefined && req.version !== seen.version) throw new DomainError('COMMON.CONFLICT');
  const why = refusal(seen, req.input.action, viewer);
  if (why) throw new DomainError(why);

  await checkText(caller.openid, req.texts ?? [], 2);
  const photos = req.input.photos ?? [];
  // the caller's own uploads, or photos already on this ticket (shown again on the timeline)
  const onTicket = [...seen.photos, ...(seen.photoReviews ?? []).map((r) => r.fileId)];
  const reviews = await submitImages(caller.openid, photos, 2, onTicket);
  const due = await dueFor(seen, ctx.now);
  // an 评价 counts for the grid worker who resolved the ticket (the statistics' ranking)
  const resolver = req.input.action === 'rate' ? await lastResolver(req.id) : undefined;
  // a 不满意 rating or a 反弹 asks for a 回访: written with the event (shared/revisit.ts)
  const revisit = await revisitFor(seen, req.input, ctx.now);
  const record = ctx.record();
  let decided: TicketEvent | undefined;

  const { ticket, event } = await transitionTicket(
    req.id,
    (fresh) => {
      if (req.version !== undefined && fresh.version !== req.version) throw new DomainError('COMMON.CONFLICT');
      const event = decideFor(fresh, req.input, viewer, { actorRole: actorRole(caller, fresh, req.input.action), due });
      let next = applyEvent(fresh, event);
      if (reviews.length) {
        const pending = reviews.map((r) => ({ fileId: r.fileId, traceId: r.traceId, state: 'pending' as const }));
        next = { ...next, photoReviews: [...(fresh.photoReviews ?? []), ...pending] };
      }
      decided = event;
      return { ticket: next, event };
    },
    mediaCheckRecords(req.id, reviews, ctx.now),
    // 附议, 催办 and progress notes build on no version: a race lost to another writer is retried
    // ctx.record(): the action's rate counters (a supervisor's 督办), committed with its event
    {
      commutes: commutes(req.input.action),
      also: async (tx) => {
        await record(tx);
        // `also` runs after the decision of the same run, so `decided` is this run's event
        if (revisit && decided) await revisit(decided)(tx);
      },
      counting: resolver ? { resolver } : {},
    },
  );

  await afterTransition(ticket, event, ctx.now);
  return {
    id: ticket._id,
    status: ticket.status,
    level: ticket.level,
    version: ticket.version,
    dueAt: ticket.dueAt,
    ticket,
    event,
  };
}

/** What an action returns to the client. */
export const result = (r: TransitionResult): TransitionResult => ({
  id: r.id,
  status: r.status,
  level: r.level,
  version: r.version,
  dueAt: r.dueAt,
});

/**
 * A transition action's whole handler: `build` says what the payload means to the table (the input,
 * and which user-written texts the content check reads); the version the user saw, the run and the
 * reply are the same for every transition. The actions that commute (the table's `commutes`: 附议, 催办,
 * progress notes) have no version in their payload, so none is checked.
 */
export function transitionAction<A extends UserTicketAction>(
  build: (
    p: Payload<'tickets', A>,
  ) => Omit<TransitionRequest, 'id' | 'version'> | Promise<Omit<TransitionRequest, 'id' | 'version'>>,
): Handler<'tickets', A> {
  return async (p, ctx) => {
    const { id, version } = p as Payload<'tickets', A> & { id: string; version?: number };
    const req = await build(p);
    // every transition answers a TransitionResult (ResultOf does not narrow for a generic A)
    return result(await runTransition({ id, ...(version ? { version } : {}), ...req }, ctx)) as ResultOf<'tickets', A>;
  };
}
