import { Link, Toast, ToastBody, Toaster, ToastTitle } from '@fluentui/react-components';
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

/** Where toasts dispatched with `toasterId` show: the bottom end of the page. */
export function BottomToaster({ toasterId }: { readonly toasterId: string }) {
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
