import { ChoiceDialog } from '../ChoiceDialog/ChoiceDialog';
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
  const locale = useLocale();
  const say = given ?? sayFor(undefined, locale);
  useFocusReturn(unsaved.asking, unsaved.field);
  return (
    <ChoiceDialog
      open={unsaved.asking}
      title={say('Discard your changes?')}
      safe={{ label: say('Keep editing'), onClick: unsaved.keepEditing }}
      other={{ label: say('Discard changes'), onClick: unsaved.discard }}
    >
      {say('Your changes to {what} are not saved.', { what })}
    </ChoiceDialog>
  );
}
