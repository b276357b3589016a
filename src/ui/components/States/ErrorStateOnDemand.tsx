import { lazy, Suspense } from 'react';
import type { ErrorStateProps } from './States.types';

// A first screen shows it only when something failed: its message bar loads then.
const ErrorState = lazy(() =>
  import('./ErrorState').then(({ ErrorState }) => ({ default: ErrorState })),
);

/** `ErrorState`, loaded when it is first shown. */
export function ErrorStateOnDemand(props: ErrorStateProps) {
  return (
    <Suspense fallback={null}>
      <ErrorState {...props} />
    </Suspense>
  );
}
