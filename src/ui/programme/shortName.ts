import { quote } from '../../core/coaching/rule';

/**
 * A team's or a cycle's name as a toast, a confirmation or a button says it: a long one (a name
 * may run to 255 characters) shortened with an ellipsis through the core's quote, so the message
 * stays a line or two. Labels for screen readers keep the whole name.
 */
export function shortName(named: { readonly name: string }): string {
  return quote(named.name, 60);
}
