/**
 * The `notices` function: compose (save, publish, withdraw), residents' list, detail and unread
 * count, and staff's read figures and door-to-door list.
 */
import { createMain } from '../shared/dispatcher';
import { detail } from './actions/detail';
import { doorToDoor } from './actions/doorToDoor';
import { figures } from './actions/figures';
import { informed } from './actions/informed';
import { list } from './actions/list';
import { managed } from './actions/managed';
import { publish } from './actions/publish';
import { reach } from './actions/reach';
import { save } from './actions/save';
import { scopes } from './actions/scopes';
import { unread } from './actions/unread';
import { withdraw } from './actions/withdraw';

export const main = createMain('notices', {
  save,
  publish,
  withdraw,
  list,
  detail,
  unread,
  managed,
  figures,
  doorToDoor,
  informed,
  scopes,
  reach,
});
