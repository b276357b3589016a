import {
  Link,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useToastController,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { toasterListens } from './toasts';
import type { ToastMessageProps } from './toastMessage';

/** A toast's content: a title and, if there is more to say, a body. */
export function ToastMessage({ title, body, action }: ToastMessageProps) {
  return (
    <Toast>
      <ToastTitle
        action={
          action ? (
            <Link as="button" onClick={action.onClick}>
              {action.label}
            </Link>
          ) : undefined
        }
      >
        {title}
      </ToastTitle>
      {body ? <ToastBody>{body}</ToastBody> : null}
    </Toast>
  );
}

/**
 * Where toasts dispatched with `toasterId` (`useToasts`) show: the bottom end of the page. Its
 * effect runs after the Toaster's own, which starts listening.
 */
export function BottomToaster({ toasterId }: { readonly toasterId: string }) {
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  useEffect(
    () => toasterListens(toasterId, { dispatchToast, dismissToast }),
    [toasterId, dispatchToast, dismissToast],
  );
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
