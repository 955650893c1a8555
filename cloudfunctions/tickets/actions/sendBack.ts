/**
 * 退回重办: a supervisor covering a 不予受理 ticket sends it back to the level that refused it, which
 * takes it again as a new pending ticket with fresh limits (the table's `requeued` target). The reason
 * is on the event, so the timeline says why the refusal was overruled.
 */
import { transitionAction } from '../flow';

export const sendBack = transitionAction<'sendBack'>((p) => ({
  input: { action: 'sendBack', note: p.reason },
  texts: [p.reason],
}));
