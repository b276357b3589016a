import { useBoardWords } from '../../board/board-words';
import { RowClassesProvider, useRowClasses } from '../RowClasses';
import { renderKeyResultTable } from './renderKeyResultTable';
import { useKeyResultTable } from './useKeyResultTable';
import { useKeyResultTableStyles } from './useKeyResultTableStyles';
import type { KeyResultTableProps } from './KeyResultTable.types';

function Table(props: KeyResultTableProps) {
  const state = useKeyResultTable(props);
  const styles = useKeyResultTableStyles();
  const classes = useRowClasses();
  const words = useBoardWords();
  return classes ? renderKeyResultTable(props, state, styles, classes, words) : null;
}

/**
 * Every KR of the board in one table (the tab's "Key results" view), sorted by a column; its
 * rows paint Fluent's classes, taken once for all of them (`RowClassesProvider`). A chunk of its
 * own, loaded when the view is chosen.
 */
export function KeyResultTable(props: KeyResultTableProps) {
  return (
    <RowClassesProvider>
      <Table {...props} />
    </RowClassesProvider>
  );
}
