import { LoadingState } from './LoadingState';

// Said before the page's words are loaded (a chunk of their own), so from this one phrase's
// table: every first screen carries it.
const loadingOkrCoach = {
  en: 'Loading OKR Coach',
  de: 'OKR Coach wird geladen',
  fr: 'Chargement d’OKR Coach',
  es: 'Cargando OKR Coach',
} as const;

/**
 * The page's start-up skeleton, "Loading OKR Coach" in the host's language (Teams' or Office's
 * display language), in English for any other, and marked so: the page around it is marked with
 * the host's locale (`HostThemeProvider`) before it speaks it.
 */
export function AppLoadingState({ locale }: { readonly locale: string }) {
  // The locale's language, its primary subtag (`de-AT` → `de`), read in place:
  // `messageLanguageOf`'s module adds ~180 B gzip to the Teams pages' first screens. Only that
  // subtag counts: Teams gives languageId-countryId (`de-de`, teams-js `app.AppInfo.locale`,
  // https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/app.appinfo) and Office
  // an RFC 1766 tag (`de-DE`), both with ISO 639-1 two-letter languages, while a three-letter
  // ISO 639 code beginning de/fr/es is another language (Delaware `del`, Northern Frisian `frr`,
  // Estonian `est`), English here as on the board (`localeFallbacks`).
  const tag = locale.split(/[-_]/, 1)[0]!.toLowerCase();
  const language = Object.hasOwn(loadingOkrCoach, tag)
    ? (tag as keyof typeof loadingOkrCoach)
    : 'en';
  return <LoadingState label={loadingOkrCoach[language]} lang={language} />;
}
