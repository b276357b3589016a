import { createCatalogue } from './i18n';
import { statuses, type Status } from './model';

/**
 * A KR's status in words, in the user's language (Office's display language in Excel): the one
 * place these strings live. The add-in's Status column is written in them and read back in any
 * of them, whichever language wrote the sheet; an import of that sheet reads them too.
 *
 * No status word contains another status's word, in any language: a conditional format
 * "contains" matches without case, and "Nicht im Plan" would take "Im Plan"'s colour.
 */
const statusWords = createCatalogue(
  {
    notStarted: 'Not started',
    onTrack: 'On track',
    atRisk: 'At risk',
    offTrack: 'Off track',
    achieved: 'Achieved',
  } satisfies Record<Status, string>,
  {
    de: {
      notStarted: 'Nicht begonnen',
      onTrack: 'Im Plan',
      atRisk: 'Gefährdet',
      offTrack: 'Im Verzug',
      achieved: 'Erreicht',
    },
    fr: {
      notStarted: 'Non commencé',
      onTrack: 'En bonne voie',
      atRisk: 'À risque',
      offTrack: 'En retard',
      achieved: 'Atteint',
    },
    es: {
      notStarted: 'Sin empezar',
      onTrack: 'En buen camino',
      atRisk: 'En riesgo',
      offTrack: 'Retrasado',
      achieved: 'Logrado',
    },
  },
);

/** A status in the locale's language (`de-CH` → German); a language without its own gets English. */
export function statusWord(status: Status, locale: string): string {
  return statusWords.template(status, locale);
}

/** Every status in the locale's language, as a surface that shows them all takes them. */
export function statusWordsFor(locale: string): Readonly<Record<Status, string>> {
  return Object.fromEntries(
    statuses.map((status) => [status, statusWord(status, locale)]),
  ) as Record<Status, string>;
}

const wordKey = (word: string) => word.trim().toLowerCase();
const statusByWord = new Map(
  statuses.flatMap((status) =>
    statusWords.locales.map((language) => [wordKey(statusWord(status, language)), status] as const),
  ),
);

/** The status a word names, in any of the languages and any case. */
export function statusNamed(word: string): Status | undefined {
  return statusByWord.get(wordKey(word));
}
