/**
 * The `admin` function: org tree editing and import, invitations and roles, categories and time
 * limits, the holiday calendar. Kept apart from `org` (every resident's function) so that bundle
 * stays small and these handlers are never warm in a resident's instance.
 */
import { createMain } from '../shared/dispatcher';
import { invitations, revokeInvitation } from './actions/invitations';
import { invite } from './actions/invite';
import { importOrg, node, saveNode, tree } from './actions/org';
import { categories, holidays, saveCategory, saveHolidays } from './actions/settings';
import { revokeRole, staff } from './actions/staff';

export const main = createMain('admin', {
  invite,
  invitations,
  revokeInvitation,
  staff,
  revokeRole,
  tree,
  node,
  saveNode,
  importOrg,
  categories,
  saveCategory,
  holidays,
  saveHolidays,
});
