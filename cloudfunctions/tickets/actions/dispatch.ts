/** 吹哨报到: the street sends a ticket it handles to a department. */
import { transitionAction } from '../flow';

export const dispatch = transitionAction<'dispatch'>((p) => ({
  input: { action: 'dispatch', department: p.department, note: p.note ?? `已派遣${p.department}处置` },
  texts: [p.note],
}));
