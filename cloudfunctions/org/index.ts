/**
 * The `org` function (every user): who I am, the address tree, binding a home address (by cascader or
 * by location), subscription consent, redeeming an invitation, the 连心卡, my profile.
 */
import { createMain } from '../shared/dispatcher';
import { bindAddress } from './actions/bindAddress';
import { card } from './actions/card';
import { children } from './actions/children';
import { me } from './actions/me';
import { nearby } from './actions/nearby';
import { redeem } from './actions/redeem';
import { subscribe } from './actions/subscribe';
import { updateProfile } from './actions/updateProfile';

export const main = createMain('org', { me, children, bindAddress, subscribe, redeem, card, nearby, updateProfile });
