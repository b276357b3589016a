import { createCatalogue, defaultLocale } from './i18n';
import { checkInStatuses, type CheckInStatus } from './model';
import { statusTemplates } from './status-messages';

// A check-in's own status is read from files and shown in its history, never on the board's
// first screen: these load with those, not with the board.

/**
 * A check-in's status as Viva Goals wrote it and people read it (`On track`, `Behind`, …), in
 * English, German, French and Spanish; the words a KR's own status shares with it are those of
 * `status-words.ts`.
 */
const checkInStatusWords = createCatalogue(
  {
    notStarted: statusTemplates['checkInStatus.notStarted'],
    onTrack: statusTemplates['checkInStatus.onTrack'],
    behind: statusTemplates['checkInStatus.behind'],
    atRisk: statusTemplates['checkInStatus.atRisk'],
    closed: statusTemplates['checkInStatus.closed'],
    postponed: statusTemplates['checkInStatus.postponed'],
  } satisfies Record<CheckInStatus, string>,
  {
    de: {
      notStarted: 'Nicht begonnen',
      onTrack: 'Im Plan',
      behind: 'Im Rückstand',
      atRisk: 'Gefährdet',
      closed: 'Abgeschlossen',
      postponed: 'Verschoben',
    },
    fr: {
      notStarted: 'Non commencé',
      onTrack: 'En bonne voie',
      behind: 'En retard',
      atRisk: 'À risque',
      closed: 'Clôturé',
      postponed: 'Reporté',
    },
    es: {
      notStarted: 'Sin empezar',
      onTrack: 'En buen camino',
      behind: 'Con retraso',
      atRisk: 'En riesgo',
      closed: 'Cerrado',
      postponed: 'Aplazado',
    },
  },
);

/** A check-in's status in the locale's language (`de-CH` → German); any other gets English. */
export function formatCheckInStatus(status: CheckInStatus, locale: string = defaultLocale): string {
  return checkInStatusWords.template(status, locale);
}

/**
 * A check-in status from the words a file uses (`On Track`, `at risk`, `NotStarted`, `onTrack`),
 * or undefined for words that are none of them.
 */
export function parseCheckInStatus(text: string): CheckInStatus | undefined {
  const squeezed = text.replace(/[\s_-]+/g, '').toLowerCase();
  return checkInStatuses.find((status) => status.toLowerCase() === squeezed);
}
