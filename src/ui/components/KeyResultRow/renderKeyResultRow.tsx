import { Button, Caption1, mergeClasses, Text } from '@fluentui/react-components';
import {
  AlertUrgentRegular,
  DataTrendingRegular,
  EditRegular,
  FlagRegular,
  LinkRegular,
} from '@fluentui/react-icons';
import { formatExcelLink, formatKeyResultValue } from '../../../core/format';
import { ConfidenceTrend } from '../ConfidenceTrend/ConfidenceTrend';
import { InitiativeList } from '../InitiativeList/InitiativeList';
import { ProgressBar } from '../ProgressBar/ProgressBar';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import type { KeyResultRowProps } from './KeyResultRow.types';
import type { useKeyResultRowStyles } from './useKeyResultRowStyles';

export function renderKeyResultRow(
  {
    view,
    confidenceMax,
    highlighted,
    onCheckIn,
    onShowHistory,
    onEdit,
    onCopyLink,
    nudge,
    onSetStatus,
  }: KeyResultRowProps,
  styles: ReturnType<typeof useKeyResultRowStyles>,
  locale: string,
) {
  const { keyResult } = view;
  return (
    <li
      className={mergeClasses(styles.root, highlighted && styles.highlighted)}
      data-kr-id={keyResult.id}
      {...(highlighted ? { tabIndex: -1, 'aria-current': true } : {})}
    >
      <div className={styles.title}>
        <Text weight="semibold">{keyResult.title}</Text>
        <Caption1 className={styles.meta}>
          {formatKeyResultValue(keyResult, locale)}
          {keyResult.owner ? ` · ${keyResult.owner.displayName}` : ''}
          {keyResult.excelLink ? ` · ${formatExcelLink(keyResult.excelLink)}` : ''}
          {view.needsCheckIn ? <span className={styles.stale}> · needs a check-in</span> : null}
        </Caption1>
      </div>
      <ProgressBar progress={view.progress} status={view.status} label={keyResult.title} />
      <StatusBadge
        status={view.status}
        {...(keyResult.statusOverride ? { override: keyResult.statusOverride } : {})}
      />
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
        {onSetStatus ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<FlagRegular />}
            aria-label={`Set the status of ${keyResult.title}`}
            title="Set the status"
            onClick={() => onSetStatus(keyResult)}
          />
        ) : null}
        {onCopyLink ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<LinkRegular />}
            aria-label={`Copy a link to ${keyResult.title}`}
            title="Copy link"
            onClick={() => onCopyLink(keyResult)}
          />
        ) : null}
        {nudge?.canNudge(keyResult) ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<AlertUrgentRegular />}
            aria-label={`Nudge ${keyResult.owner?.displayName ?? 'the owner'} to check in on ${keyResult.title}`}
            title="Nudge owner"
            disabled={nudge.sending === keyResult.id}
            onClick={() => nudge.nudge(keyResult)}
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
      <InitiativeList initiatives={view.initiatives} keyResultTitle={keyResult.title} />
    </li>
  );
}
