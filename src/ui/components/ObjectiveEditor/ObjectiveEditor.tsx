import { renderObjectiveEditor } from './renderObjectiveEditor';
import { useObjectiveEditor } from './useObjectiveEditor';
import { useEditorStyles } from './useObjectiveEditorStyles';
import type { ObjectiveEditorProps } from './ObjectiveEditor.types';

/** Create or edit an objective, with validation and the coach's live feedback as you type. */
export function ObjectiveEditor(props: ObjectiveEditorProps) {
  const state = useObjectiveEditor(props);
  const styles = useEditorStyles();
  return renderObjectiveEditor(state, styles);
}
