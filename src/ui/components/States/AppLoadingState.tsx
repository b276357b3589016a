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
  // The locale's language (`de-AT` → `de`) read in place: `messageLanguageOf`'s module adds
  // ~180 B gzip to the Teams pages' first screens. A three-letter code beginning de/fr/es (Esu,
  // `esu`) would read as that language: not one Teams or Office is displayed in, and a check
  // costs ~15 B more. No two-letter key is on Object's prototype.
  const tag = locale.slice(0, 2).toLowerCase();
  const language = tag in loadingOkrCoach ? (tag as keyof typeof loadingOkrCoach) : 'en';
  return <LoadingState label={loadingOkrCoach[language]} lang={language} />;
}
