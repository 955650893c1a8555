/**
 * The `tickets` function: filing, lists and detail, the duplicate hint, every workflow transition,
 * the handlers' queues and the supervisor's board. WeChat also delivers the image-check verdicts
 * (`wxa_media_check` push events, no `action`) to this function, for tickets, avatars and notices
 * alike (shared/media-verdict.ts); a client call posing as one is refused.
 */
import { createMain } from '../shared/dispatcher';
import { onMediaPush } from '../shared/media-verdict';
import { isMediaCheckEvent } from '../shared/security';
import { accept } from './actions/accept';
import { board } from './actions/board';
import { categories } from './actions/categories';
import { detail } from './actions/detail';
import { dispatch } from './actions/dispatch';
import { escalate } from './actions/escalate';
import { file } from './actions/file';
import { handled } from './actions/handled';
import { join } from './actions/join';
import { mine } from './actions/mine';
import { progress } from './actions/progress';
import { queue } from './actions/queue';
import { rate } from './actions/rate';
import { reject } from './actions/reject';
import { reopen } from './actions/reopen';
import { resolve } from './actions/resolve';
import { route } from './actions/route';
import { sendBack } from './actions/sendBack';
import { similar } from './actions/similar';
import { urge } from './actions/urge';
import { verify } from './actions/verify';

const dispatchAction = createMain('tickets', {
  categories,
  file,
  mine,
  detail,
  similar,
  queue,
  handled,
  board,
  accept,
  reject,
  progress,
  escalate,
  route,
  dispatch,
  resolve,
  verify,
  rate,
  reopen,
  urge,
  join,
  sendBack,
});

export async function main(event: unknown, context?: Parameters<typeof dispatchAction>[1]) {
  if (isMediaCheckEvent(event)) return onMediaPush(event);
  return dispatchAction(event, context);
}
