/** 不予受理: the handler refuses a pending ticket with a reason the reporter sees. */
import { transitionAction } from '../flow';

export const reject = transitionAction<'reject'>((p) => ({
  input: { action: 'reject', note: p.reason },
  texts: [p.reason],
}));
