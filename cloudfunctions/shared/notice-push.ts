/**
 * The notice pusher: subscription messages to the residents of each published notice, a batch per
 * run. Platform limits (subscribeMessage.send is rate-limited per mini-program, a function times out)
 * are respected by sending at most `batchSize` messages per run and resuming from a cursor on the
 * notice the next minute.
 *
 * Never twice: each (notice, resident) delivery row is inserted with a deterministic `_id` before the
 * send. The insert is the claim: a retried run, or a second run at the same time, gets a duplicate-key
 * error for that resident and skips them. A failed send is re-claimed by a conditional update on its
 * attempt count, so again only one run may send. A run that dies between claim and send leaves the
 * row `sending`: that resident may miss the message, but is never messaged twice.
 */
import { cstMinute, MAX_PUSH_ATTEMPTS, NOTICE_CATEGORY_LABELS, type Notice, type NoticeDelivery } from '@lx/types';
import { notify, type SendOutcome } from './notify';
import { claimDelivery, reclaimFailed, retryableDeliveries, settleDelivery } from './repo/deliveries';
import { advancePush, noticesToPush } from './repo/notices';
import { residentsAfter } from './repo/residents';

/** Sends per run: well under subscribeMessage.send's per-minute quota and a function's time limit. */
export const DEFAULT_BATCH = 100;

export interface PushOptions {
  now: number;
  batchSize?: number;
  /** only this notice (the publish action's first batch of an urgent notice) */
  noticeId?: string;
}

interface PushCounts {
  sent: number;
  noConsent: number;
  failed: number;
}

export interface PushReport {
  notices: number;
  sent: number;
  noConsent: number;
  failed: number;
  /** deliveries another run had already claimed */
  skipped: number;
}

const messageOf = (n: Notice, touser: string) => ({
  touser,
  template: 'notice' as const,
  values: [n.title, NOTICE_CATEGORY_LABELS[n.category], cstMinute(n.publishAt), n.orgName],
  page: `packages/notices/pages/detail/index?id=${encodeURIComponent(n._id)}`,
});

function settled(outcome: SendOutcome, attempts: number, now: number): Partial<NoticeDelivery> {
  if (outcome.sent) return { status: 'sent', attempts, updatedAt: now };
  if (outcome.reason === 'no-consent') return { status: 'no-consent', attempts, updatedAt: now };
  return { status: 'failed', attempts, errCode: outcome.errCode, updatedAt: now };
}

function tally(report: PushReport, counts: PushCounts, outcome: SendOutcome): void {
  if (outcome.sent) {
    report.sent++;
    counts.sent++;
  } else if (outcome.reason === 'no-consent') {
    report.noConsent++;
    counts.noConsent++;
  } else {
    report.failed++;
    counts.failed++;
  }
}

/** One notice: retries first, then new residents from the cursor; returns the sends used. */
async function pushNotice(n: Notice, budget: number, now: number, report: PushReport): Promise<number> {
  // deltas, added with $inc: two runs at once must not overwrite each other's counts
  const counts = { sent: 0, noConsent: 0, failed: 0 };
  let used = 0;

  for (const d of await retryableDeliveries(n._id, MAX_PUSH_ATTEMPTS, budget)) {
    if (!(await reclaimFailed(d, now))) {
      report.skipped++;
      continue;
    }
    used++;
    const outcome = await notify(messageOf(n, d.userId));
    await settleDelivery(d._id, settled(outcome, d.attempts + 1, now));
    // the delivery leaves "failed" for its new outcome (which may be "failed" again)
    counts.failed--;
    tally(report, counts, outcome);
  }

  let cursor = n.push.cursor;
  let walked = true;
  if (used < budget) {
    const ids = await residentsAfter(n.targets, cursor, budget - used);
    walked = ids.length < budget - used;
    for (const userId of ids) {
      cursor = userId;
      const claimed = await claimDelivery({
        _id: `${n._id}:${userId}`,
        noticeId: n._id,
        userId,
        status: 'sending',
        attempts: 1,
        updatedAt: now,
      });
      if (!claimed) {
        report.skipped++;
        continue;
      }
      used++;
      const outcome = await notify(messageOf(n, userId));
      await settleDelivery(`${n._id}:${userId}`, settled(outcome, 1, now));
      tally(report, counts, outcome);
    }
  } else {
    walked = false;
  }

  const pending = walked ? (await retryableDeliveries(n._id, MAX_PUSH_ATTEMPTS, 1)).length : 1;
  await advancePush(n._id, walked && pending === 0 ? 'done' : 'running', cursor, counts);
  return used;
}

export async function runPush(opts: PushOptions): Promise<PushReport> {
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const report: PushReport = { notices: 0, sent: 0, noConsent: 0, failed: 0, skipped: 0 };
  const due = (await noticesToPush(opts.now, 50, opts.noticeId))
    // expired notices are no longer worth a message
    .filter((n) => n.expiresAt > opts.now)
    // urgent ones first, then in publish order
    .sort((a, b) => Number(b.category === 'urgent') - Number(a.category === 'urgent') || a.publishAt - b.publishAt);
  let left = batch;
  for (const n of due) {
    if (left <= 0) break;
    report.notices++;
    left -= await pushNotice(n, left, opts.now, report);
  }
  return report;
}
