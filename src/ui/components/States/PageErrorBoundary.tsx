import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorStateOnDemand } from './ErrorStateOnDemand';

const reloadPage = () => window.location.reload();

/**
 * A whole page's last resort: a part that could not be loaded (a chunk lost to a dropped
 * connection, which `lazy` rethrows on every render) or that failed to render shows the error
 * state, and Try again loads the page afresh, instead of React leaving the page blank.
 */
export function PageErrorBoundary({ children }: { readonly children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => <ErrorStateOnDemand error={error} onRetry={reloadPage} />}>
      {children}
    </ErrorBoundary>
  );
}
