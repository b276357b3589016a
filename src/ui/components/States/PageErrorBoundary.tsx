import { useEffect, useState, type ReactNode } from 'react';
import { ReaderProvider, useLocaleWords } from '../../app/AppServices';
import type { LocaleWords } from '../../board/locale-words';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorStateOnDemand } from './ErrorStateOnDemand';

const reloadPage = () => window.location.reload();

/** The words of the host's locale, for a boundary above the page's: `loadLocaleWords`, bound to it. */
export interface ReaderWords {
  readonly locale: string;
  readonly load: () => Promise<LocaleWords | undefined>;
}

/**
 * What went wrong, in the reader's language: the page's words where the boundary is inside them;
 * outside them (the page's outermost boundary, above its services), those of the host's locale
 * (`reader`), loaded now, as the services' gate loads them when the services fail. Until they are
 * in, nothing shows (they are usually in already, loaded beside the services); a chunk that
 * cannot be loaded either leaves the words in English.
 */
function PageError({ error, reader }: { readonly error: unknown; readonly reader?: ReaderWords }) {
  const pageWords = useLocaleWords();
  const loading = pageWords === undefined ? reader : undefined;
  const [loaded, setLoaded] = useState<{ readonly words?: LocaleWords }>();
  useEffect(() => {
    if (!loading) return;
    let current = true;
    loading
      .load()
      .catch(() => undefined)
      .then((words) => {
        if (current) setLoaded(words ? { words } : {});
      });
    return () => {
      current = false;
    };
  }, [loading]);
  const said = <ErrorStateOnDemand error={error} onRetry={reloadPage} />;
  if (!loading) return said;
  if (!loaded) return null;
  return loaded.words ? (
    <ReaderProvider value={{ locale: loading.locale, words: loaded.words }}>{said}</ReaderProvider>
  ) : (
    said
  );
}

/**
 * A whole page's last resort: a part that could not be loaded (a chunk lost to a dropped
 * connection, which `lazy` rethrows on every render) or that failed to render shows the error
 * state, and Try again loads the page afresh, instead of React leaving the page blank. The
 * outermost, above the services and their words, is given the host's (`reader`) to say it in.
 */
export function PageErrorBoundary({
  reader,
  children,
}: {
  readonly reader?: ReaderWords;
  readonly children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={(error) => <PageError error={error} reader={reader} />}>
      {children}
    </ErrorBoundary>
  );
}
