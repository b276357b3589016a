import { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { renderKeyResultEditor } from './renderKeyResultEditor';
import { useKeyResultEditor } from './useKeyResultEditor';
import type { KeyResultEditorProps } from './KeyResultEditor.types';

/** Create or edit a key result, with validation and the coach's live feedback as you type. */
export function KeyResultEditor(props: KeyResultEditorProps) {
  const state = useKeyResultEditor(props);
  const styles = useEditorDialogStyles();
  return renderKeyResultEditor(state, styles);
}
