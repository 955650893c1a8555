/**
 * The `org` function (every user): who I am, the address tree and a community's grids, binding a home address (by cascader or
 * by location), subscription consent, redeeming an invitation, the 连心卡, my profile, and the upload
 * slot every photo is uploaded to.
 */
import { createMain } from '../shared/dispatcher';
import { bindAddress } from './actions/bindAddress';
import { card } from './actions/card';
import { children } from './actions/children';
import { grids } from './actions/grids';
import { me } from './actions/me';
import { nearby } from './actions/nearby';
import { redeem } from './actions/redeem';
import { subscribe } from './actions/subscribe';
import { updateProfile } from './actions/updateProfile';
import { uploadSlot } from './actions/uploadSlot';
import { myData } from './actions/myData';
import { exportMyData } from './actions/exportMyData';
import { deleteAccount } from './actions/deleteAccount';

export const main = createMain('org', {
  me,
  children,
  grids,
  bindAddress,
  subscribe,
  redeem,
  card,
  nearby,
  updateProfile,
  uploadSlot,
  // privacy (issue 16): 我的数据, its export, 注销账号
  myData,
  exportMyData,
  deleteAccount,
});
