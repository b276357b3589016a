/** The task pane's confirmations, loaded after the pane's first paint (`renderTaskPane`). */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { useRestoreFocusTarget } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import type { TaskPaneState } from './TaskPane.types';
import type { useTaskPaneStyles } from './useTaskPaneStyles';

/**
 * What the buttons that open these dialogs (Load, Send) carry so that the focus goes back to them
 * when a dialog closes, by Cancel, Escape or its action. Fluent's Dialog gives the focus back to
 * the element that opened it when that is its DialogTrigger or bears `useRestoreFocusTarget`'s
 * attribute (the "Trigger outside dialog" example); these open from the pane's state, with no
 * trigger, so the focus fell to the page's body. This is that attribute (tabster's restorer
 * target), given with this module: the hook on the pane's first screen would bring tabster's
 * restorer there, which the dialogs' own hooks start once mounted, before the buttons bear it.
 * https://react.fluentui.dev/?path=/docs/components-dialog--docs#trigger-outside-dialog
 */
export const opener: ReturnType<typeof useRestoreFocusTarget> = {
  'data-tabster': '{"restorer":{"type":1}}',
};

interface ReviewProps {
  readonly state: TaskPaneState;
  readonly styles: ReturnType<typeof useTaskPaneStyles>;
}

/** The confirmation before Load replaces what the user typed over read-only cells. */
export function LoadReview({ state, styles }: ReviewProps) {
  const { words, confirmingLoad } = state;
  // It lists the cells it asks about until it has closed: the sheet's summary loses them when the
  // user types them back meanwhile, or when the Load chosen has put the store's values back,
  // while Fluent's dialog is still fading out.
  const typedOver = state.summary?.readOnly ?? [];
  const [lastShown, setLastShown] = useState(typedOver);
  const following = confirmingLoad && typedOver.length > 0;
  if (following && typedOver !== lastShown) setLastShown(typedOver);
  const rows = following ? typedOver : lastShown;
  // Its first answer is the one applied: its buttons stay in the page (and Escape reaches it)
  // while Fluent's dialog fades out, where a second click or a key repeat would load after
  // Cancel, or cancel a Load under way.
  const answered = useRef(true);
  useLayoutEffect(() => {
    if (confirmingLoad) answered.current = false;
  }, [confirmingLoad]);
  const answer = (choice: () => void) => () => {
    if (answered.current) return;
    answered.current = true;
    choice();
  };
  const cancel = answer(state.cancelLoad);
  return (
    <Dialog open={confirmingLoad} onOpenChange={(_, data) => !data.open && cancel()}>
      <DialogSurface aria-describedby="load-review-content" data-testid="load-review">
        <DialogBody>
          <DialogTitle>{words.say('loadReview.title')}</DialogTitle>
          <DialogContent id="load-review-content" className={styles.section}>
            <Body1>{words.say('loadReview.intro')}</Body1>
            <ul className={styles.list}>
              {rows.map((row) => (
                <li key={row.keyResultId}>
                  <Text weight="semibold">{row.title}</Text>
                </li>
              ))}
            </ul>
            <Caption1>{words.say('loadReview.note')}</Caption1>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={answer(state.confirmLoad)}
              data-testid="load-confirm"
            >
              {words.say('loadReview.load')}
            </Button>
            <Button onClick={cancel}>{words.say('common.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The confirmation before a send creates KRs from new rows or deletes those of deleted rows. */
export function SendReview({ state, styles }: ReviewProps) {
  const { review, confirmReview, cancelReview, words } = state;
  // Confirm or Cancel clears the request at once, while Fluent's dialog is still fading out: it
  // keeps saying what it asked (not "delete 0 KRs") until it has closed.
  const [lastShown, setLastShown] = useState(review);
  if (review && review !== lastShown) setLastShown(review);
  const shown = review ?? lastShown;
  const creates = shown?.creates ?? [];
  const deletes = shown?.deletes ?? [];
  const counts = {
    creates: words.count('count.kr', creates.length),
    deletes: words.count('count.kr', deletes.length),
  };
  const action = words.say(
    creates.length > 0 && deletes.length > 0
      ? 'review.createAndDelete'
      : creates.length > 0
        ? 'review.create'
        : 'review.delete',
    counts,
  );
  return (
    <Dialog open={review !== undefined} onOpenChange={(_, data) => !data.open && cancelReview()}>
      <DialogSurface aria-describedby="review-content" data-testid="review">
        <DialogBody>
          <DialogTitle>{words.say('review.title')}</DialogTitle>
          <DialogContent id="review-content" className={styles.section}>
            {creates.length > 0 && (
              <>
                <Body1>{words.say('review.creates')}</Body1>
                <ul className={styles.list} data-testid="review-creates">
                  {creates.map((create) => (
                    <li key={create.clientId}>
                      <Text weight="semibold">{create.title}</Text>{' '}
                      {words.say('review.under', { objective: create.objective })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {deletes.length > 0 && (
              <>
                <Body1>{words.say('review.deletes')}</Body1>
                <ul className={styles.list} data-testid="review-deletes">
                  {deletes.map((deletion) => (
                    <li key={deletion.id}>
                      <Text weight="semibold">{deletion.title}</Text>
                    </li>
                  ))}
                </ul>
                <Caption1>{words.say('review.deleteNote')}</Caption1>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirmReview} data-testid="review-confirm">
              {action}
            </Button>
            <Button onClick={cancelReview}>{words.say('common.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
