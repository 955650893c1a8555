/** 评价: the reporter confirms and rates; 不满意 reopens it (反弹), the second time a level up. */
import { transitionAction } from '../flow';

export const rate = transitionAction<'rate'>((p) => ({
  input: { action: 'rate', rating: { score: p.score, ...(p.comment ? { comment: p.comment } : {}) }, note: p.comment },
  texts: [p.comment],
}));
