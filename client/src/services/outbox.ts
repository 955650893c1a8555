/**
 * What waits for the network: a check-in tapped while offline (or whose send got no answer) is kept
 * on the phone (hooks/useDraft.ts storage, so it survives a restart) and sent, once, as soon as the
 * platform says the connection is back (services/network.ts), or when the app starts again.
 *
 * Once: one flush runs at a time, an entry leaves the store as soon as the server answered (done or
 * refused), and each activity has at most one entry. A send whose answer was lost stays and goes
 * again; the server makes that harmless, as `party.checkIn` takes no requestId but refuses a second
 * check-in (PARTY.ALREADY_CHECKED_IN), which here means the first one landed. Each entry still carries
 * an id of its own (newRequestId) so the outbox tells its entries apart.
 *
 * The window is the server's: an entry sent after the activity closed, or with a code that expired
 * meanwhile (a code lives about a minute), is refused and dropped, and the refusal is said in the
 * server's words (the check-in's page shows it; elsewhere a dialog).
 */
import Taro from '@tarojs/taro';
import type { PayloadIn } from '@lx/types';
import { dropDraft, keepDraft, readDraft } from '@/hooks/useDraft';
import { newRequestId } from '@/hooks/useRequestId';
import { callCloud, type CloudResult, NETWORK_CODE } from './cloud';
import { isOnline, onNetworkChange } from './network';

export const OUTBOX_KEY = 'lx.outbox';
export const QUEUED_TEXT = '已离线保存，联网后自动签到';
/** a send that got no answer while the platform says online: try again after this long */
const RETRY_MS = 10_000;

export type CheckInBody = PayloadIn<'party', 'checkIn'>;

export interface Queued {
  id: string;
  kind: 'party.checkIn';
  body: CheckInBody;
  queuedAt: number;
}

/** An entry the server answered: done (`result.ok`) or refused (then dropped). */
export interface Delivered {
  entry: Queued;
  result: CloudResult<unknown>;
}
/** answers whether it told the user (a page hears every entry, and tells only its own activity's) */
type Listener = (d: Delivered) => boolean;

const listeners = new Set<Listener>();
let flushing: Promise<void> | undefined;
// something was queued (or the network came back) while a flush ran: it goes round once more
let again = false;
let retry: ReturnType<typeof setTimeout> | undefined;
let stop: (() => void) | undefined;

const read = (): Queued[] =>
  readDraft<{ items: Queued[] }>(OUTBOX_KEY, (raw) => Array.isArray((raw as { items?: unknown }).items))?.items ?? [];
const write = (items: Queued[]) => (items.length ? keepDraft(OUTBOX_KEY, { items }) : dropDraft(OUTBOX_KEY));

/** What is waiting for an activity (a page shows it after a restart too). */
export const queuedFor = (activityId: string): Queued | undefined =>
  read().find((e) => e.body.activityId === activityId);

/** Keeps a check-in to send when the network is back (replacing one already waiting for that activity). */
export function enqueueCheckIn(body: CheckInBody): Queued {
  startOutbox();
  const entry: Queued = { id: newRequestId(), kind: 'party.checkIn', body, queuedAt: Date.now() };
  write([...read().filter((e) => e.body.activityId !== body.activityId), entry]);
  // online yet unanswered (a Wi-Fi that reaches nothing): not again at once, but shortly
  later();
  return entry;
}

/** Another try in a while, if the platform says online (offline, the network's return triggers it). */
function later() {
  if (isOnline() && !retry) retry = setTimeout(() => ((retry = undefined), void flush()), RETRY_MS);
}

/** The server said it is already checked in: the first send landed before its answer was lost. */
const landed = (r: CloudResult<unknown>) => !r.ok && r.code === 'PARTY.ALREADY_CHECKED_IN';

function tell(d: Delivered) {
  const heard = [...listeners].map((l) => l(d)).some(Boolean);
  if (heard) return;
  // nobody on the check-in's page: say it here, a refusal in a dialog that stays until read
  if (d.result.ok) void Taro.showToast({ title: '已联网，签到成功', icon: 'none', duration: 2500 });
  else void Taro.showModal({ title: '自动签到没有成功', content: d.result.message, showCancel: false });
}

/** One pass over what waits; answers false when it stopped for want of a connection. */
async function run(): Promise<boolean> {
  for (const entry of read()) {
    if (!isOnline()) return false;
    const sent = await callCloud('party', 'checkIn', entry.body);
    if (!sent.ok && sent.code === NETWORK_CODE) {
      // still no answer: it stays, and goes again when the network says so (or shortly, if it says online)
      later();
      return false;
    }
    write(read().filter((e) => e.id !== entry.id));
    tell({ entry, result: landed(sent) ? { ok: true, data: undefined } : sent });
  }
  return true;
}

async function passes(): Promise<void> {
  let went: boolean;
  do {
    again = false;
    went = await run();
  } while (went && again);
}

/** Sends what waits, in order, one flush at a time (a second trigger joins the running one). */
export function flush(): Promise<void> {
  if (flushing) again = true;
  flushing ??= passes().finally(() => (flushing = undefined));
  return flushing;
}

/** From app launch: send what waits now, and whenever the connection comes back. */
export function startOutbox(): void {
  if (stop) return;
  stop = onNetworkChange((online) => void (online ? flush() : undefined));
  if (isOnline()) void flush();
}

/** A page that shows check-ins hears what the server answered (what it tells, the outbox does not). */
export function onDelivered(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tests: forget the module's state (the store itself is Taro storage). */
export function resetOutbox(): void {
  listeners.clear();
  if (retry) clearTimeout(retry);
  retry = undefined;
  flushing = undefined;
  again = false;
  stop?.();
  stop = undefined;
}
