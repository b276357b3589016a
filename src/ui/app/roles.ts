import type { AccessRoles } from '../../store/access';

/**
 * What the signed-in person may do, mirrored from the OKR site's SharePoint groups ("OKR admins",
 * "OKR coaches", and the site's Owners, who are admins): SharePoint enforces the same rules under
 * every write, so the UI only hides what would be refused.
 */
export type Roles = AccessRoles;

export const noRoles: Roles = { admin: false, coach: false };
