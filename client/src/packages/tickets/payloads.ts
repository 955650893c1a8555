/**
 * From what an action form collected to the action's payload, with the ticket's version so a stale
 * page is refused (COMMON.CONFLICT) instead of overwriting what another handler just did.
 */
import type { TicketDetail } from '@lx/types';
import type { ActionInput } from './forms';
import type { PanelAction } from './panel';

type Base = { id: string; version: number };
const noteOf = (i: ActionInput) => (i.note ? { note: i.note } : {});
const reason = (b: Base, i: ActionInput) => ({ ...b, reason: i.note ?? '' });
const noteAndPhotos = (b: Base, i: ActionInput) => ({ ...b, note: i.note ?? '', photos: i.photos ?? [] });
const plain = (b: Base, i: ActionInput) => ({ ...b, ...noteOf(i) });
const note = (b: Base, i: ActionInput) => ({ ...b, note: i.note ?? '' });

const BUILD: Record<PanelAction, (b: Base, i: ActionInput) => object> = {
  accept: (b) => b,
  reject: reason,
  escalate: reason,
  reopen: reason,
  sendBack: reason,
  progress: noteAndPhotos,
  resolve: noteAndPhotos,
  dispatch: (b, i) => ({ ...b, department: i.choice ?? '', ...noteOf(i) }),
  route: (b, i) => ({ ...b, gridId: i.choice ?? '' }),
  verify: (b, i) => ({ ...b, passed: !!i.passed, ...noteOf(i), photos: i.photos ?? [] }),
  rate: (b, i) => ({ ...b, score: i.score ?? '', ...(i.comment ? { comment: i.comment } : {}) }),
  urge: note,
  join: plain,
};

export function actionPayload(action: PanelAction, t: Pick<TicketDetail, 'id' | 'version'>, i: ActionInput): object {
  return BUILD[action]({ id: t.id, version: t.version }, i);
}
