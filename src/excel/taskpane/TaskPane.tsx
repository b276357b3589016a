import { renderTaskPane } from './renderTaskPane';
import type { TaskPaneProps } from './TaskPane.types';
import { useTaskPane } from './useTaskPane';
import { useTaskPaneStyles } from './useTaskPaneStyles';

/** The Excel task pane: load KRs into the workbook, send check-ins, resolve conflicts, coach. */
export function TaskPane(props: TaskPaneProps) {
  const state = useTaskPane(props);
  const styles = useTaskPaneStyles();
  return renderTaskPane(state, styles);
}
