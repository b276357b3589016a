import { defaultLocale } from './i18n';
import { checkInStatuses, type CheckInStatus } from './model';
import { formatStatusMessage } from './status-messages';

// A check-in's own status is read from files and shown in its history, never on the board's
// first screen: these load with those, not with the board.

/** A check-in's status as Viva Goals wrote it and people read it: `On track`, `Behind`, … */
export function formatCheckInStatus(status: CheckInStatus, locale: string = defaultLocale): string {
  return formatStatusMessage(`checkInStatus.${status}`, {}, locale);
}

/**
 * A check-in status from the words a file uses (`On Track`, `at risk`, `NotStarted`, `onTrack`),
 * or undefined for words that are none of them.
 */
export function parseCheckInStatus(text: string): CheckInStatus | undefined {
  const squeezed = text.replace(/[\s_-]+/g, '').toLowerCase();
  return checkInStatuses.find((status) => status.toLowerCase() === squeezed);
}
