/** 催办: the reporter once a day after the limit; 督办: a supervisor of the scope any time. */
import { transitionAction } from '../flow';

export const urge = transitionAction<'urge'>((p) => ({ input: { action: 'urge', note: p.note }, texts: [p.note] }));
