/**
 * Nothing invalid reaches the lists: every write is checked by the core's validation first, and
 * a failure is an `InvalidError` carrying the core's issues.
 */
import type { ValidationResult } from '../core/issues';
import { InvalidError } from './errors';

export function ensureValid<T>(result: ValidationResult<T>, what: string): T {
  if (result.ok) return result.value;
  const messages = result.issues.map((issue) => issue.message);
  throw new InvalidError(`${what} was not saved: ${messages.join(' ')}`, messages, result.issues);
}
