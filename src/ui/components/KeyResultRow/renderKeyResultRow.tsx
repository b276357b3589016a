import { Button, Caption1, Text } from '@fluentui/react-components';
import { DataTrendingRegular, EditRegular } from '@fluentui/react-icons';
import { ConfidenceTrend } from '../ConfidenceTrend/ConfidenceTrend';
import { ProgressBar } from '../ProgressBar/ProgressBar';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { formatKeyResultValue } from './formatValue';
import type { KeyResultRowProps } from './KeyResultRow.types';
import type { useKeyResultRowStyles } from './useKeyResultRowStyles';

export function renderKeyResultRow(
  { view, confidenceMax, onCheckIn, onShowHistory, onEdit }: KeyResultRowProps,
  styles: ReturnType<typeof useKeyResultRowStyles>,
) {
  const { keyResult } = view;
  return (
    <li className={styles.root} data-kr-id={keyResult.id}>
      <div className={styles.title}>
        <Text weight="semibold">{keyResult.title}</Text>
        <Caption1 className={styles.meta}>
          {formatKeyResultValue(keyResult)}
          {keyResult.owner ? ` · ${keyResult.owner.displayName}` : ''}
          {view.stale ? <span className={styles.stale}> · needs a check-in</span> : null}
        </Caption1>
      </div>
      <ProgressBar progress={view.progress} status={view.status} label={keyResult.title} />
      <StatusBadge status={view.status} overridden={keyResult.statusOverride !== undefined} />
      <ConfidenceTrend
        confidence={keyResult.confidence}
        scaleMax={confidenceMax}
        {...(view.trend ? { trend: view.trend } : {})}
      />
      <div className={styles.actions}>
        {onCheckIn ? (
          <Button
            size="small"
            appearance="primary"
            aria-label={`Check in on ${keyResult.title}`}
            onClick={() => onCheckIn(keyResult)}
          >
            Check in
          </Button>
        ) : null}
        {onShowHistory ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<DataTrendingRegular />}
            aria-label={`History of ${keyResult.title}`}
            title="History"
            onClick={() => onShowHistory(keyResult)}
          />
        ) : null}
        {onEdit ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<EditRegular />}
            aria-label={`Edit ${keyResult.title}`}
            title="Edit"
            onClick={() => onEdit(keyResult)}
          />
        ) : null}
      </div>
    </li>
  );
}
