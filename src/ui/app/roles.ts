import type { Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';

export interface Roles {
  /** May edit the "why we use OKRs" story and the operating model. */
  readonly admin: boolean;
  /** Sees the coach view of health across teams. */
  readonly coach: boolean;
}

/**
 * Roles come from the operating model's `roles` lists of person ids, which an admin keeps in
 * the customer's SharePoint. An admin is also a coach. With no coaches listed, the coach view
 * is open to everyone; with no admins listed, nobody edits the story from the app.
 */
export function rolesOf(person: Person, model: OperatingModel): Roles {
  const admins = model.roles?.admins ?? [];
  const coaches = model.roles?.coaches ?? [];
  const admin = admins.includes(person.id);
  return { admin, coach: admin || coaches.length === 0 || coaches.includes(person.id) };
}
