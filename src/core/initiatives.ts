import type { Initiative, IsoDate } from './model';

/**
 * Work past its due day and still open (not started or in progress): done or dropped work is
 * never overdue. `today` is the caller's (the core reads no clock).
 */
export function isOverdue(
  initiative: Pick<Initiative, 'status' | 'dueDate'>,
  today: IsoDate,
): boolean {
  const open = initiative.status === 'notStarted' || initiative.status === 'inProgress';
  return open && initiative.dueDate !== undefined && initiative.dueDate < today;
}
