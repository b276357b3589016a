import { useLayoutEffect } from 'react';

/**
 * The page's `<html lang>` once it speaks its reader's language (`translated`: a German Teams'
 * board with its words loaded, a German Excel's task pane): the host's
 * locale as BCP 47 writes it (`de-de` → `de-DE`), so that a screen reader reads German as German
 * (https://www.w3.org/International/questions/qa-html-language-declarations). A page in English
 * keeps the `en` it was served with.
 */
export function useDocumentLanguage(locale: string, translated: boolean): void {
  useLayoutEffect(() => {
    if (!translated) return;
    let lang = locale;
    try {
      lang = Intl.getCanonicalLocales(locale)[0] ?? locale;
    } catch {
      // Not a well-formed tag (never from Teams): said as the host gave it.
    }
    document.documentElement.lang = lang;
  }, [locale, translated]);
}

let served: string | undefined;

/**
 * The page's title as its HTML served it (in English): read before the page renames itself, it
 * keys the title's translation (`PageTitle`).
 */
export function servedTitle(): string {
  return (served ??= document.title);
}

/**
 * The page's title (`document.title`, which a browser's tab and a screen reader say) in the
 * reader's language, once the page has it (`title`); a page in English keeps its served one.
 */
export function useDocumentTitle(title: string | undefined): void {
  useLayoutEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
