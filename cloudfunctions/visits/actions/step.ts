/**
 * One of the five steps. The order is the server's (types/visits.ts stepRefusal); the step, its
 * counters and a 不在家 retry land in one transaction (shared/repo/visits.ts recordStep). Step 5
 * files each concern meant for a ticket first, through the tickets' own filing (source 走访, on the
 * household's building), each linked to its concern in its filing's transaction, so a retry files
 * only what is not linked yet and a concern never becomes two tickets.
 */
import {
  applyStep,
  DomainError,
  type Payload,
  recordedStep,
  type ResultOf,
  retryVisit,
  type StepData,
  type StepRecord,
  stepCounterDelta,
  stepRefusal,
  type Visit,
  type VisitStepNo,
} from '@lx/types';
import type { Caller } from '../../shared/caller';
import type { ScopedContext } from '../../shared/dispatcher';
import { mediaChecksFor } from '../../shared/repo/media';
import { getNode } from '../../shared/repo/org';
import { getVisit, linkConcernInTx, recordStep } from '../../shared/repo/visits';
import { submitImages } from '../../shared/security';
import { fileTicket } from '../../shared/ticket-filing';
import { randomId } from '../../shared/ticket-ids';
import { visitView } from '../present';
import { visitRefusal } from '../scope';

type StepPayload = Payload<'visits', 'step'>;
type Answer = ResultOf<'visits', 'step'>;

function refuse(v: Visit, caller: Caller, ctx: ScopedContext<'visits', 'step'>, p: StepPayload): void {
  const why = visitRefusal(ctx.grants, caller.openid, v) ?? stepRefusal(v, p.step, p.data as StepData[VisitStepNo]);
  if (why) throw new DomainError(why);
}

/** The building as the filing routes it (the household's: its grid). */
async function buildingOf(v: Visit) {
  const b = await getNode(v.buildingId);
  if (!b || !b.communityId) throw new DomainError('ORG.NOT_A_BUILDING');
  return {
    _id: b._id,
    streetId: b.streetId,
    communityId: b.communityId,
    ...(b.gridId ? { gridId: b.gridId } : {}),
    label: `${b.fullName ?? b.name} ${v.room}`.trim(),
    ...(b.center ? { center: b.center } : {}),
  };
}

/** Step 5's tickets not filed yet, each in its own filing transaction with its link. */
async function fileConcerns(v: Visit, p: Extract<StepPayload, { step: 5 }>, caller: Caller, now: number) {
  const staff = caller.grantsOf('gridWorker').length > 0;
  for (const o of p.data.outcomes) {
    if (o.how !== 'ticket' || v.concerns[o.concern]?.ticketId) continue;
    const input = {
      categoryId: o.categoryId,
      description: o.description,
      photos: o.photos,
      urgency: o.urgency ?? 'normal',
      anonymous: false,
      source: 'visit' as const,
      onBehalf: true,
      actorRole: staff ? 'gridWorker' : (caller.grants[0]?.role ?? 'partyMember'),
      extra: { filedBy: caller.openid },
      link: { visitId: v._id, concern: o.concern },
    };
    await fileTicket(
      caller,
      now,
      input,
      () => buildingOf(v),
      (filed) => linkConcernInTx(v._id, o.concern, filed.id),
    );
  }
}

export async function step(p: StepPayload, ctx: ScopedContext<'visits', 'step'>): Promise<Answer> {
  const caller = await ctx.caller();
  const viewer = { id: caller.openid, grants: ctx.grants };
  if (p.step === 5 && p.data.outcomes.some((o) => o.how === 'ticket')) {
    // checked before anything is filed; the step's own transaction checks again on fresh state
    const v = await getVisit(p.visitId);
    if (!v) throw new DomainError('VISIT.NOT_FOUND');
    if (!recordedStep(v, p.requestId)) {
      refuse(v, caller, ctx, p);
      await fileConcerns(v, p, caller, ctx.now);
    }
  }
  const reviews = p.photos.length ? await submitImages(caller.openid, p.photos, 2) : [];
  return recordStep<Answer>(p.visitId, (fresh) => {
    const done = recordedStep(fresh, p.requestId);
    if (done) return { replay: answerOf(fresh, viewer, done) };
    refuse(fresh, caller, ctx, p);
    const rec = {
      step: p.step,
      by: caller.openid,
      at: ctx.now,
      ...(p.point ? { point: p.point } : {}),
      photos: p.photos,
      ...(reviews.length ? { photoReviews: reviews } : {}),
      requestId: p.requestId,
      data: p.data,
    } as StepRecord;
    const next = applyStep(fresh, rec);
    const retry = next.status === 'notHome' ? retryVisit(fresh, randomId(20), ctx.now) : undefined;
    const after = retry ? { ...next, retryId: retry._id } : next;
    const checks = mediaChecksFor({ kind: 'visit', visitId: fresh._id }, reviews, ctx.now);
    return { after, delta: stepCounterDelta(fresh, rec), retry, checks, answer: answerOf(after, viewer, rec) };
  });
}

function answerOf(
  v: Visit,
  viewer: { id: string; grants: ScopedContext<'visits', 'step'>['grants'] },
  rec: StepRecord,
): Answer {
  const tickets =
    rec.step === 5 ? v.concerns.flatMap((c, concern) => (c.ticketId ? [{ concern, id: c.ticketId }] : [])) : undefined;
  return {
    visit: visitView(v, viewer),
    ...(rec.step === 2 && v.retryId ? { retryId: v.retryId } : {}),
    ...(tickets ? { tickets } : {}),
  };
}
