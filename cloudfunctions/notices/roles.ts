/** Who may do what with notices (PRODUCT.md, Notices). */
import type { Role } from '@lx/types';

type GrantRole = Exclude<Role, 'resident'>;
/** compose, publish, withdraw: street staff for the street, community staff within their community */
export const COMPOSERS: readonly GrantRole[] = ['streetStaff', 'communityStaff', 'admin'];
/** read figures and the door-to-door list, within their own part of the street */
export const VIEWERS: readonly GrantRole[] = ['streetStaff', 'communityStaff', 'admin', 'supervisor', 'gridWorker'];
