import type { ReactNode } from 'react';
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ under: { marginBlockStart: tokens.spacingVerticalM } });

/**
 * What saves (a button, a row of them), with the confirmation of its last save under it, in the
 * section's flow: a toast floated over the button and the rows beside it.
 *
 * The confirmation is said from a polite live region that is there before it is: what comes into
 * a region is read out, a region put in with its words often is not
 * (https://developer.mozilla.org/en-US/docs/Web/Accessibility/ARIA/Reference/Roles/status_role).
 * Fluent's MessageBar says itself only through an AnnounceProvider (react-shared-contexts
 * `useAnnounce`), which the app has none of. A section that swaps what it shows keeps the region
 * by giving it one key in both.
 */
export function SaveConfirmation({
  saved,
  children,
}: {
  /** The confirmation of the last save; none before it, or once it no longer holds. */
  readonly saved: string | undefined;
  readonly children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div>
      {children}
      <div role="status" aria-live="polite">
        {saved ? (
          <MessageBar
            intent="success"
            layout="multiline"
            className={children ? styles.under : undefined}
          >
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
