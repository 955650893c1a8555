/**
 * 催办: the reporter once a China-time day after the limit (the transition table's guard); 督办: a
 * supervisor of the scope once per ticket an hour (limits.ts urge.supervisor). Both say why (the note).
 */
import { transitionAction } from '../flow';

export const urge = transitionAction<'urge'>((p) => ({ input: { action: 'urge', note: p.note }, texts: [p.note] }));
