import type { Roles } from '../app/roles';

/**
 * Who may change what in the Programme area, from the operating model's roles. Admins set up
 * teams, cycles, people and the operating model; coaches (and admins) run the first run, close
 * cycles and start the next; everyone else reads.
 */
export interface ProgrammeAccess {
  readonly setUp: boolean;
  readonly coach: boolean;
}

export function programmeAccess(roles: Roles, coachesListed: boolean): ProgrammeAccess {
  return { setUp: roles.admin, coach: roles.admin || (coachesListed && roles.coach) };
}
