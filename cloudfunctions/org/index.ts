/** The `org` function: who I am, the address tree, binding a home address, subscription consent. */
import { createMain } from '../shared/dispatcher';
import { bindAddress } from './actions/bindAddress';
import { children } from './actions/children';
import { me } from './actions/me';
import { subscribe } from './actions/subscribe';

export const main = createMain('org', { me, children, bindAddress, subscribe });
