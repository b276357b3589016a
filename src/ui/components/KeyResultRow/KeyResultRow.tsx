import { useKeyResultRowStyles } from './useKeyResultRowStyles';
import { renderKeyResultRow } from './renderKeyResultRow';
import type { KeyResultRowProps } from './KeyResultRow.types';

export function KeyResultRow(props: KeyResultRowProps) {
  const styles = useKeyResultRowStyles();
  return renderKeyResultRow(props, styles);
}
