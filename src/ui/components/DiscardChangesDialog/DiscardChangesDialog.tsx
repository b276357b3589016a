import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useChoiceActionsStyles } from '../useChoiceActionsStyles';
import { useId } from 'react';
import { useLocale } from '../../app/AppServices';
import { sayFor, type Say } from '../../board/say';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import type { UnsavedChanges } from '../../hooks/useUnsavedChanges';

/**
 * Asked when Escape or a click outside would close a form with unsaved changes (nested in the
 * form's dialog, Fluent's nested dialogs), or another tab would replace it; Keep editing, or Escape here, puts focus back on the
 * field it was in. Only the button in words discards.
 */
export function DiscardChangesDialog({
  unsaved,
  what,
  say: given,
}: {
  readonly unsaved: Pick<UnsavedChanges, 'asking' | 'field' | 'keepEditing' | 'discard'>;
  /** What the form edits: "the key result", "the check-in". */
  readonly what: string;
  /**
   * The dialog's words in the reader's language, from a form that speaks it (the check-in); in
   * English otherwise, as the editors and the Programme speak.
   */
  readonly say?: Say;
}) {
  const styles = useChoiceActionsStyles();
  const locale = useLocale();
  const say = given ?? sayFor(undefined, locale);
  const description = useId();
  useFocusReturn(unsaved.asking, unsaved.field);
  return (
    <Dialog
      open={unsaved.asking}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) unsaved.keepEditing();
      }}
    >
      <DialogSurface aria-describedby={description}>
        <DialogBody>
          <DialogTitle>{say('Discard your changes?')}</DialogTitle>
          <DialogContent id={description}>
            {say('Your changes to {what} are not saved.', { what })}
          </DialogContent>
          {/* Fluid: the choices take the dialog's whole width, not its last two columns, where
              "Keep editing" and "Discard changes" each broke over two lines. */}
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={unsaved.keepEditing}>
              {say('Keep editing')}
            </Button>
            <Button onClick={unsaved.discard}>{say('Discard changes')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
