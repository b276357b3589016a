import { lazy, Suspense } from 'react';

export interface ToastMessageProps {
  readonly title: string;
  readonly body?: string;
  /** One action on the toast, e.g. Undo. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

// Toasts only follow what someone did on a shown screen: their code loads with the first one
// (or with the screen's toaster).
const ToastMessage = lazy(() =>
  import('./Toasts').then(({ ToastMessage }) => ({ default: ToastMessage })),
);

/** What `dispatchToast` shows: a toast with this title (and body, and action). */
export function toastMessage(title: string, body?: string, action?: ToastMessageProps['action']) {
  return (
    <Suspense fallback={null}>
      <ToastMessage title={title} {...(body ? { body } : {})} {...(action ? { action } : {})} />
    </Suspense>
  );
}
