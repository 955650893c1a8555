/**
 * The `pusher` timer function: every minute, the next batch of notice messages (push.ts). Thin on
 * purpose: tests call `runPush` with a fixed clock; this only wires the platform's trigger to it.
 */
import { logError } from '../shared/log';
import { runPush, type PushReport } from './push';

export async function main(): Promise<PushReport | { error: true }> {
  try {
    return await runPush({ now: Date.now() });
  } catch (e) {
    // the next minute's run resumes from the notice's cursor; nothing is lost by failing this one
    logError(`pusher-${Date.now().toString(36)}`, 'pusher.run', e, undefined);
    return { error: true };
  }
}
