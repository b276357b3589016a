import { lazy, Suspense } from 'react';
import { useSay } from '../../board/say';
import { useDescribeError } from '../../errors/useDescribeError';
import { ErrorBoundary } from './ErrorBoundary';
import type { ErrorStateProps } from './States.types';
import { reloadable } from '../../../reloadable';

// A first screen shows it only when something failed: its message bar loads then.
const loadErrorState = reloadable(() => import('./ErrorState'));
const ErrorState = lazy(() => loadErrorState().then(({ ErrorState }) => ({ default: ErrorState })));

/**
 * The same words without Fluent's message bar, for when its chunk cannot be loaded either: the
 * likeliest reason to show an error at start-up is a dropped connection, and a page must not go
 * blank over it.
 */
function PlainErrorState({ error, onRetry }: ErrorStateProps) {
  const { title, message, retryable } = useDescribeError()(error);
  const say = useSay();
  return (
    <div role="alert">
      <strong>{title}</strong> {message}{' '}
      {onRetry && retryable ? (
        <button type="button" onClick={onRetry}>
          {say('Try again')}
        </button>
      ) : null}
    </div>
  );
}

/** A part of a screen that could not be loaded (`OnDemand`), said by the error state, with Try again. */
export const sayNotLoaded = (error: unknown, retry: () => void) => (
  <ErrorStateOnDemand error={error} onRetry={retry} />
);

/** `ErrorState`, loaded when it is first shown; its words alone if that load fails. */
export function ErrorStateOnDemand(props: ErrorStateProps) {
  return (
    <ErrorBoundary fallback={() => <PlainErrorState {...props} />}>
      <Suspense fallback={null}>
        <ErrorState {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
