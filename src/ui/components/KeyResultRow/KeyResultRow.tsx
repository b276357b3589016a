import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import {
  AlertUrgentRegular,
  DataTrendingRegular,
  EditRegular,
  FlagRegular,
  LinkRegular,
} from '@fluentui/react-icons';
import { memo } from 'react';
import type { KeyResult } from '../../../core/model';
import type { KeyResultView } from '../../board/boardView.types';
import type { NudgeApi } from '../../hooks/useNudge';
import { useClosedCycleParts } from '../../board/closedCycle';
import { formatDay, formatExcelLink, formatKeyResultValue } from '../../../core/format';
import { formatRolledUpFrom } from '../../../core/value-sentences';
import { isRolledUp } from '../../../core/roll-up';
import { ConfidenceTrend, type TrendDirection } from '../ConfidenceTrend/ConfidenceTrend';
import { InitiativeList } from '../InitiativeList/InitiativeList';
import { ClampedText } from '../ClampedText';
import { ProgressBar } from '../ProgressBar/ProgressBar';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import type { RowAction } from '../Board/boardElements';
import { useBoardWords } from '../../board/board-words';
import { RowIconButton, type RowClassesProp, withRowClasses } from '../RowClasses';

/** The name of a KR row's check-in button. */
export interface KeyResultActions {
  /** Absent where the KR takes no check-in (its cycle is closed). */
  readonly onCheckIn?: ((keyResult: KeyResult) => void) | undefined;
  readonly onShowHistory?: (keyResult: KeyResult) => void;
  readonly onEdit?: (keyResult: KeyResult) => void;
  /** Copies a deep link to the KR. */
  readonly onCopyLink?: (keyResult: KeyResult) => void;
  /** Sets or clears a status override, with its reason. */
  readonly onSetStatus?: (keyResult: KeyResult) => void;
  /** "Nudge owner": asks the KR's owner for a check-in, where the viewer may. */
  readonly nudge?: Pick<NudgeApi, 'canNudge' | 'nudge' | 'sending'> | undefined;
}

export interface KeyResultRowProps extends KeyResultActions {
  readonly view: KeyResultView;
  /** Its confidence trend, once the check-in history has been read. */
  readonly trend?: TrendDirection | undefined;
  readonly confidenceMax: number;
  /** The KR a deep link opened: marked, and focusable so focus can be moved to it. */
  readonly highlighted?: boolean;
}

/**
 * A narrow tab (a meeting's side panel): the title across the row, then bar, badge and confidence,
 * then the actions; a column beside the title left it a third of 320 px.
 */
const narrowTab = '@media (max-width: 640px)';

/**
 * The list of an objective's KR rows. Its rows take its columns (CSS subgrid), so each column is
 * as wide as its widest cell in any row: bars, badges, confidences and buttons line up row to row,
 * where a grid per row sized them by its own cells (a badge or an action more or less moved the
 * rest). https://developer.mozilla.org/docs/Web/CSS/CSS_grid_layout/Subgrid
 */
export const useKeyResultListStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(12em, 2fr) minmax(8em, 1fr) auto auto auto',
    columnGap: tokens.spacingHorizontalL,
    [narrowTab]: { gridTemplateColumns: '1fr auto auto', columnGap: tokens.spacingHorizontalS },
  },
});

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'subgrid',
    gridColumn: '1 / -1',
    alignItems: 'center',
    // A badge or a confidence keeps its own width in a column sized by the widest.
    justifyItems: 'start',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  highlighted: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: {
    display: 'flex',
    flexDirection: 'column',
    justifySelf: 'stretch',
    minWidth: 0,
    overflowWrap: 'anywhere',
    [narrowTab]: { gridColumn: '1 / -1' },
  },
  bar: { justifySelf: 'stretch' },
  meta: { color: tokens.colorNeutralForeground2 },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    // In a narrow tab the actions get a line of their own across the row.
    [narrowTab]: { gridColumn: '1 / -1' },
  },
  rolledUp: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

/** Names a row's button for the board's arrow keys (`rowActionAcross`). */
const rowAction = (action: RowAction) => ({ 'data-row-action': action });

function KeyResultRowPainted({
  rowClasses: classes,
  ...props
}: KeyResultRowProps & RowClassesProp) {
  const styles = useStyles();
  const { locale, say, measure } = useBoardWords();
  const closed = useClosedCycleParts();
  const {
    view,
    trend,
    confidenceMax,
    highlighted,
    onCheckIn,
    onShowHistory,
    onEdit,
    onCopyLink,
    nudge,
    onSetStatus,
  } = props;
  const { keyResult } = view;
  const title = { title: keyResult.title };
  const caption = mergeClasses(classes.text.caption, styles.meta);
  // Its cycle's first day is ahead: Check in waits, saying until when ("Check-ins open on Jan 1,
  // 2027", the day in the reader's locale).
  const notOpen =
    view.checkInsOpenOn &&
    say('Check-ins open on {day}', { day: formatDay(view.checkInsOpenOn, locale) });
  const notOpenId = `opens-${keyResult.id}`;
  const measured = [
    view.rolledUpFrom?.sources.length ? '' : formatKeyResultValue(keyResult, locale, measure),
    keyResult.owner?.displayName ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      className={mergeClasses(styles.root, highlighted && styles.highlighted)}
      data-kr-id={keyResult.id}
      {...(highlighted ? { tabIndex: -1, 'aria-current': true } : {})}
    >
      <div className={styles.title}>
        <span className={classes.text.strong}>{keyResult.title}</span>
        <span className={caption}>
          {/* A KR rolled up from its sources is not measured by its own value. */}
          {measured}
          {/* Nobody to check in on it or to be reminded: said where it is seen. */}
          {keyResult.owner ? null : (
            <span className={styles.stale}>
              {measured ? ' · ' : ''}
              {say('no owner')}
            </span>
          )}
          {keyResult.excelLink ? ` · ${formatExcelLink(keyResult.excelLink, measure)}` : ''}
          {view.needsCheckIn ? (
            <span className={styles.stale}> · {say('needs a check-in')}</span>
          ) : null}
          {notOpen ? <span id={notOpenId}>{` · ${notOpen}`}</span> : null}
        </span>
        {view.rolledUpFrom ? (
          <span className={caption}>
            {formatRolledUpFrom(
              view.rolledUpFrom.sources,
              view.rolledUpFrom.elsewhere,
              locale,
              measure,
            )}
          </span>
        ) : null}
        {keyResult.description ? (
          <ClampedText text={keyResult.description} label={keyResult.title} classes={classes} />
        ) : null}
      </div>
      <ProgressBar
        className={styles.bar}
        progress={view.progress}
        {...(view.final ? {} : { status: view.status })}
        label={keyResult.title}
        named={(percent) => say('{title}: {percent} progress', { ...title, percent })}
      />
      {closed && view.final ? (
        <closed.FinalScoreExplained final={view.final} title={keyResult.title} />
      ) : (
        <StatusBadge
          status={view.status}
          {...(keyResult.statusOverride ? { override: keyResult.statusOverride } : {})}
        />
      )}
      <ConfidenceTrend
        confidence={keyResult.confidence}
        scaleMax={confidenceMax}
        {...(trend ? { trend } : {})}
      />
      <div className={styles.actions}>
        {!onCheckIn ? null : isRolledUp(keyResult) ? (
          // Its progress comes from its sources: a value typed here would move nothing.
          <span className={mergeClasses(classes.text.caption, styles.rolledUp)}>
            {say('Rolled up: check in on its sources')}
          </span>
        ) : (
          <button
            type="button"
            className={notOpen ? classes.primaryButtonDisabled : classes.primaryButton}
            {...rowAction('checkIn')}
            aria-label={say('Check in on {title}', title)}
            {...(notOpen ? { 'aria-disabled': true, 'aria-describedby': notOpenId } : {})}
            onClick={notOpen ? undefined : () => onCheckIn(keyResult)}
          >
            {say('Check in')}
          </button>
        )}
        {onShowHistory ? (
          <RowIconButton
            classes={classes}
            icon={<DataTrendingRegular />}
            aria-label={say('History of {title}', title)}
            title={say('History')}
            {...rowAction('history')}
            onClick={() => onShowHistory(keyResult)}
          />
        ) : null}
        {onSetStatus ? (
          <RowIconButton
            classes={classes}
            icon={<FlagRegular />}
            aria-label={say('Set the status of {title}', title)}
            title={say('Set the status')}
            {...rowAction('status')}
            onClick={() => onSetStatus(keyResult)}
          />
        ) : null}
        {onCopyLink ? (
          <RowIconButton
            classes={classes}
            icon={<LinkRegular />}
            aria-label={say('Copy a link to {title}', title)}
            title={say('Copy link')}
            {...rowAction('link')}
            onClick={() => onCopyLink(keyResult)}
          />
        ) : null}
        {/* A nudge asks for a check-in: only where one is awaited. */}
        {view.needsCheckIn && nudge?.canNudge(keyResult) ? (
          <RowIconButton
            classes={classes}
            icon={<AlertUrgentRegular />}
            aria-label={say('Nudge {owner} to check in on {title}', {
              owner: keyResult.owner?.displayName ?? say('the owner'),
              title: keyResult.title,
            })}
            title={say('Nudge owner')}
            {...rowAction('nudge')}
            disabledFocusable={nudge.sending === keyResult.id}
            onClick={() => nudge.nudge(keyResult)}
          />
        ) : null}
        {onEdit ? (
          <RowIconButton
            classes={classes}
            icon={<EditRegular />}
            aria-label={say('Edit {title}', title)}
            title={say('Edit')}
            {...rowAction('edit')}
            onClick={() => onEdit(keyResult)}
          />
        ) : null}
      </div>
      {view.initiatives.length > 0 ? (
        <InitiativeList
          initiatives={view.initiatives}
          {...(view.overdueInitiatives ? { overdue: view.overdueInitiatives } : {})}
          keyResultTitle={keyResult.title}
          classes={classes}
        />
      ) : null}
    </li>
  );
}

/**
 * Memoised: a row re-renders only when its KR's view or its handlers change. Its buttons, texts,
 * badge and bar are plain elements with the classes of Fluent's (see `RowClasses`).
 */
export const KeyResultRow = memo(withRowClasses(KeyResultRowPainted));
