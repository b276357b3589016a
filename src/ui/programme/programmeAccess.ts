import type { Roles } from '../app/roles';

/**
 * Who may change what in the Programme area, mirrored from the OKR site's groups (SharePoint
 * refuses the rest). Admins set up teams, cycles, people and the operating model, and run the
 * first run (it saves the operating model); coaches (and admins) close cycles and start the
 * next; everyone else reads. Sections are shown once the site has said who the user is: until then
 * nobody is told what they may not do.
 */
export interface ProgrammeAccess {
  readonly setUp: boolean;
  readonly coach: boolean;
}

export function programmeAccess(roles: Roles): ProgrammeAccess {
  return { setUp: roles.admin, coach: roles.coach };
}
