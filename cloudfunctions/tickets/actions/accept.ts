/** 签收: the handler of the ticket's level takes it on. */
import { transitionAction } from '../flow';

export const accept = transitionAction<'accept'>((p) => ({
  input: { action: 'accept', note: p.note },
  texts: [p.note],
}));
