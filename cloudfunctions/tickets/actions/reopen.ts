/** 反弹: the reporter says it is not fixed; the second reopen goes up a level. */
import { transitionAction } from '../flow';

export const reopen = transitionAction<'reopen'>((p) => ({
  input: { action: 'reopen', note: p.reason },
  texts: [p.reason],
}));
