/** 上报上级: grid → community → street, with a reason; the next level's limits start now. */
import { transitionAction } from '../flow';

export const escalate = transitionAction<'escalate'>((p) => ({
  input: { action: 'escalate', note: p.reason },
  texts: [p.reason],
}));
