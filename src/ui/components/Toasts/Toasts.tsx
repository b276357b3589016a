import { Toast, ToastBody, Toaster, ToastTitle } from '@fluentui/react-components';
import type { ToastMessageProps } from './toastMessage';

/** A toast's content: a title and, if there is more to say, a body. */
export function ToastMessage({ title, body }: ToastMessageProps) {
  return (
    <Toast>
      <ToastTitle>{title}</ToastTitle>
      {body ? <ToastBody>{body}</ToastBody> : null}
    </Toast>
  );
}

/** Where toasts dispatched with `toasterId` show: the bottom end of the page. */
export function BottomToaster({ toasterId }: { readonly toasterId: string }) {
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
