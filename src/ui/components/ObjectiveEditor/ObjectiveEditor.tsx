import { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { renderObjectiveEditor } from './renderObjectiveEditor';
import { useObjectiveEditor } from './useObjectiveEditor';
import type { ObjectiveEditorProps } from './ObjectiveEditor.types';

/** Create or edit an objective, with validation and the coach's live feedback as you type. */
export function ObjectiveEditor(props: ObjectiveEditorProps) {
  const state = useObjectiveEditor(props);
  const styles = useEditorDialogStyles();
  return renderObjectiveEditor(state, styles);
}
