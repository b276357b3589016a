import { lazy, Suspense } from 'react';

export interface ToastMessageProps {
  readonly title: string;
  readonly body?: string;
}

// Toasts only follow what someone did on a shown screen: their code loads with the first one
// (or with the screen's toaster).
const ToastMessage = lazy(() =>
  import('./Toasts').then(({ ToastMessage }) => ({ default: ToastMessage })),
);

/** What `dispatchToast` shows: a toast with this title (and body). */
export function toastMessage(title: string, body?: string) {
  return (
    <Suspense fallback={null}>
      <ToastMessage title={title} {...(body ? { body } : {})} />
    </Suspense>
  );
}
