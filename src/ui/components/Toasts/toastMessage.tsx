import { createContext, useContext, type ComponentType } from 'react';

export interface ToastMessageProps {
  readonly title: string;
  readonly body?: string;
  /** One action on the toast, e.g. Undo. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

/**
 * How the toaster around a toast shows its words (`BottomToaster`, whose chunk holds Fluent's
 * toast): toasts only follow what someone did on a shown screen, so their code comes with the
 * toaster, not with the screen that dispatches them.
 */
export const ToastMessageContext = createContext<ComponentType<ToastMessageProps> | undefined>(
  undefined,
);

/**
 * A toast's words, shown by its toaster as soon as the toast is: Fluent's Toaster announces a
 * toast with the text its element holds once shown (`useToastContainer` announces
 * `toastRef.current.textContent`), so words still loading then (a `React.lazy` part) would be
 * announced as nothing.
 */
function ToastWords(props: ToastMessageProps) {
  const ToastMessage = useContext(ToastMessageContext);
  return ToastMessage ? <ToastMessage {...props} /> : null;
}

/** What `dispatchToast` shows: a toast with this title (and body, and action). */
export function toastMessage(title: string, body?: string, action?: ToastMessageProps['action']) {
  return <ToastWords title={title} {...(body ? { body } : {})} {...(action ? { action } : {})} />;
}
