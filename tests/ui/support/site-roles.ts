import type { AccessRoles, SiteRoles } from '../../../src/store/access';

/**
 * The site roles a fake repository answers (the app reads them beside its first screen): a
 * member by default, who may add and edit but not delete or correct others' check-ins.
 */
export function siteRolesOf(roles: AccessRoles = { admin: false, coach: false }): () => SiteRoles {
  return () => ({
    mine: () => Promise.resolve(roles),
    members: () => Promise.resolve([]),
    owners: () => Promise.resolve([]),
    add: () => Promise.reject(new Error('Not in this test')),
    remove: () => Promise.reject(new Error('Not in this test')),
  });
}
