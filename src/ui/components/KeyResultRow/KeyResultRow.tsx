import { memo } from 'react';
import { useLocale } from '../../app/AppServices';
import { useKeyResultRowStyles } from './useKeyResultRowStyles';
import { renderKeyResultRow } from './renderKeyResultRow';
import type { KeyResultRowProps } from './KeyResultRow.types';

/** Memoised: a row re-renders only when its KR's view or its handlers change. */
export const KeyResultRow = memo(function KeyResultRow(props: KeyResultRowProps) {
  const styles = useKeyResultRowStyles();
  return renderKeyResultRow(props, styles, useLocale());
});
