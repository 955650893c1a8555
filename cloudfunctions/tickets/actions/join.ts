/** 附议: a neighbour adds their voice to an open ticket instead of filing a duplicate. */
import { transitionAction } from '../flow';

export const join = transitionAction<'join'>((p) => ({ input: { action: 'join', note: p.note }, texts: [p.note] }));
