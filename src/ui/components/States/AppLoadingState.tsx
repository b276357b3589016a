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
  // The locale's language as `messageLanguageOf` reads it (`de-AT` → `de`), without the ~180 B
  // gzip its module (its language list) adds to the Teams pages' first screens.
  const tag = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const language = Object.hasOwn(loadingOkrCoach, tag)
    ? (tag as keyof typeof loadingOkrCoach)
    : 'en';
  return <LoadingState label={loadingOkrCoach[language]} lang={language} />;
}
