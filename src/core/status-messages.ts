import { createCatalogue, type MessageParams } from './i18n';

/**
 * The words of a status and a check-in status: the part of the core's messages (`messages.ts`,
 * which takes these in) that a board's first screen shows, in a catalogue of its own so the
 * first screen does not load every validation message with them.
 */
export const statusTemplates = {
  'status.notStarted': 'Not started',
  'status.onTrack': 'On track',
  'status.atRisk': 'At risk',
  'status.offTrack': 'Off track',
  'status.achieved': 'Achieved',

  'checkInStatus.notStarted': 'Not started',
  'checkInStatus.onTrack': 'On track',
  'checkInStatus.behind': 'Behind',
  'checkInStatus.atRisk': 'At risk',
  'checkInStatus.closed': 'Closed',
  'checkInStatus.postponed': 'Postponed',
} as const;

const statusMessages = createCatalogue(statusTemplates);

export type StatusMessageKey = keyof typeof statusTemplates;

/** Formats one of the status words, as `messages.ts`'s `format` does. */
export function formatStatusMessage(
  key: StatusMessageKey,
  params?: MessageParams,
  locale?: string,
): string {
  return statusMessages.format(key, params, locale);
}
