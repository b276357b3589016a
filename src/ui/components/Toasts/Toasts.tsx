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
import { ToastMessageContext, type ToastMessageProps } from './toastMessage';

/** A toast's content: a title and, if there is more to say, a body. */
export function ToastMessage({ title, body, action }: ToastMessageProps) {
  return (
    <Toast>
      <ToastTitle
        action={
          action ? (
            <Link
              as="button"
              onClick={(event) => {
                // Fluent's Toaster announces no toast while focus is inside it (react-toast
                // `useToastAnnounce`), and an action's toast goes with focus on it: what the
                // action says next (Undo's "Check-in undone") would not be heard.
                event.currentTarget.blur();
                action.onClick();
              }}
            >
              {action.label}
            </Link>
          ) : undefined
        }
      >
        {title}
        {/* The Toaster says the toast's text content as one string: without a space, the action's
            label ran into the title's last word ("… 3,300 users.Undo"). */}
        {action ? ' ' : null}
      </ToastTitle>
      {body ? (
        <ToastBody>
          {/* Said after the action's label as a word apart, as the title's last word is. */}
          {action ? ' ' : null}
          {body}
        </ToastBody>
      ) : null}
    </Toast>
  );
}

/**
 * Ctrl+M takes the keyboard to the newest toast, so its action (Undo) is reached before the
 * toast goes, which tabbing through a board could not do: Fluent's Toaster pauses every toast
 * while the focus is in it, and Escape closes them and puts the focus back
 * (https://github.com/microsoft/fluentui/pull/28289, the Toast "Focus keyboard shortcut" story).
 */
const toastShortcuts = {
  focus: (event: KeyboardEvent) =>
    event.ctrlKey && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'm',
};

/**
 * Where toasts dispatched with `toasterId` (`useToasts`) show: the bottom end of the page. Its
 * effect runs after the Toaster's own, which starts listening. The Toaster says each toast to
 * screen readers itself, in a live region of its own (Fluent v9's `Toaster` renders an
 * `AriaLive` unless given an `announce` prop, and each toast calls it when shown, assertively
 * for success, warning and error: react-toast `useToaster`, `useToastContainer`,
 * https://github.com/microsoft/fluentui/tree/master/packages/react-components/react-toast/library/src/components);
 * so a screen that shows a toast does not also announce its words.
 */
export function BottomToaster({ toasterId }: { readonly toasterId: string }) {
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  useEffect(
    () => toasterListens(toasterId, { dispatchToast, dismissToast }),
    [toasterId, dispatchToast, dismissToast],
  );
  return (
    <ToastMessageContext.Provider value={ToastMessage}>
      <Toaster toasterId={toasterId} position="bottom-end" shortcuts={toastShortcuts} />
    </ToastMessageContext.Provider>
  );
}
