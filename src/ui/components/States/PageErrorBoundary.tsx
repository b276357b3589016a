import { useEffect, useState, type ReactNode } from 'react';
import { ReaderProvider, useLocaleWords } from '../../app/AppServices';
import type { LocaleWords } from '../../board/locale-words';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorStateOnDemand } from './ErrorStateOnDemand';
import { reloadable } from '../../../reloadable';

// Above the services, the page's words may not be loaded: their loader is fetched when needed.
const loadWordsModule = reloadable(() => import('../../board/locale-words'));

const reloadPage = () => window.location.reload();

/**
 * What went wrong, in the reader's language: the page's words where the boundary is inside them;
 * outside them (`locale`: the page's outermost boundary, above its services), those of the host's
 * locale, loaded now, as the services' gate loads them when the services fail. Until they are in,
 * nothing shows (they are usually in already, loaded beside the services); a chunk that cannot be
 * loaded either leaves the words in English.
 */
function PageError({ error, locale }: { readonly error: unknown; readonly locale?: string }) {
  const pageWords = useLocaleWords();
  const loadsWords = locale !== undefined && pageWords === undefined;
  const [loaded, setLoaded] = useState<{ readonly words?: LocaleWords }>();
  useEffect(() => {
    if (!loadsWords) return;
    let current = true;
    loadWordsModule()
      .then(({ loadLocaleWords }) => loadLocaleWords(locale))
      .catch(() => undefined)
      .then((words) => {
        if (current) setLoaded(words ? { words } : {});
      });
    return () => {
      current = false;
    };
  }, [loadsWords, locale]);
  const said = <ErrorStateOnDemand error={error} onRetry={reloadPage} />;
  if (!loadsWords) return said;
  if (!loaded) return null;
  return loaded.words ? (
    <ReaderProvider value={{ locale, words: loaded.words }}>{said}</ReaderProvider>
  ) : (
    said
  );
}

/**
 * A whole page's last resort: a part that could not be loaded (a chunk lost to a dropped
 * connection, which `lazy` rethrows on every render) or that failed to render shows the error
 * state, and Try again loads the page afresh, instead of React leaving the page blank. The
 * outermost, above the services and their words, is given the host's `locale` to say it in.
 */
export function PageErrorBoundary({
  locale,
  children,
}: {
  readonly locale?: string;
  readonly children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={(error) => <PageError error={error} locale={locale} />}>
      {children}
    </ErrorBoundary>
  );
}
