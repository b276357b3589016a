import { lazyPart, OnDemand } from '../States/lazyPart';

export interface ToastMessageProps {
  readonly title: string;
  readonly body?: string;
  /** One action on the toast, e.g. Undo. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

// Toasts only follow what someone did on a shown screen: their code loads with the first one
// (or with the screen's toaster). If it cannot be loaded, the toast says its words alone (as the
// error state does), and the next toast loads it again.
const ToastMessage = lazyPart(() => import('./Toasts').then(({ ToastMessage }) => ToastMessage));

/** What `dispatchToast` shows: a toast with this title (and body, and action). */
export function toastMessage(title: string, body?: string, action?: ToastMessageProps['action']) {
  return (
    <OnDemand
      parts={[ToastMessage]}
      fallback={() => (
        <p>
          {title} {body}{' '}
          {action ? (
            <button type="button" onClick={action.onClick}>
              {action.label}
            </button>
          ) : null}
        </p>
      )}
    >
      <ToastMessage title={title} {...(body ? { body } : {})} {...(action ? { action } : {})} />
    </OnDemand>
  );
}
