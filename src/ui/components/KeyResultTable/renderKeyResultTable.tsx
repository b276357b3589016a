import { Button, mergeClasses } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
// From the icon's own module, as ProgrammeTabs does: the package's shared module that holds it is
// part of the board's first screen, and importing it from here split a chunk out of that screen.
import { DataTrendingRegular } from '@fluentui/react-icons/svg/data-trending';
import { formatDay } from '../../../core/format';
import { isRolledUp } from '../../../core/roll-up';
import { dayOf } from '../../app/day-of';
import type { RowAction } from '../Board/boardElements';
import { ConfidenceTrend } from '../ConfidenceTrend/ConfidenceTrend';
import { FinalScoreBadge } from '../FinalScore/FinalScore';
import { ProgressBar } from '../ProgressBar/ProgressBar';
import { RowIconButton, type RowClasses } from '../RowClasses';
import { EmptyState } from '../States/EmptyState';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { columnNames } from '../../words/keyResultListWords';
import type { BoardWords } from '../../board/board-words';
import type {
  KeyResultTableProps,
  KeyResultTableRow,
  KeyResultTableState,
} from './KeyResultTable.types';
import type { useKeyResultTableStyles } from './useKeyResultTableStyles';

type Styles = ReturnType<typeof useKeyResultTableStyles>;

/** The columns, each by the sort its header sets; the buttons' column comes after them. */
const columns = [
  'title',
  'team',
  'owner',
  'progress',
  'confidence',
  'status',
  'lastCheckIn',
] as const;
type Column = (typeof columns)[number];

/** Beside the title (under it, in a narrower tab) rather than in a column of their own. */
const wideOnly = (column: Column) => column === 'team' || column === 'owner';

/** Names a row's button for the arrow keys (`rowActionAcross`), as the board's rows do. */
const rowAction = (action: RowAction) => ({ 'data-row-action': action });

function renderHeader(
  props: KeyResultTableProps,
  state: KeyResultTableState,
  styles: Styles,
  { say }: BoardWords,
) {
  const { sort, direction } = props.order;
  return (
    <div role="rowgroup" className={styles.header}>
      <div role="row" aria-rowindex={1} className={styles.grid}>
        {columns.map((column) => {
          const sorted = sort === column;
          const Arrow = direction === 'asc' ? ArrowUpRegular : ArrowDownRegular;
          return (
            <div
              key={column}
              role="columnheader"
              className={mergeClasses(styles.headerCell, wideOnly(column) && styles.wideOnly)}
              {...(sorted ? { 'aria-sort': direction === 'asc' ? 'ascending' : 'descending' } : {})}
            >
              <button
                type="button"
                className={mergeClasses(styles.sortButton, sorted && styles.sorted)}
                onClick={() => state.sortBy(column)}
              >
                {say(columnNames[column])}
                {sorted ? <Arrow className={styles.sortIcon} aria-hidden /> : null}
              </button>
            </div>
          );
        })}
        <div role="columnheader" className={styles.headerCell}>
          <span className={styles.hidden}>{say('Actions')}</span>
        </div>
      </div>
    </div>
  );
}

function renderRow(
  row: KeyResultTableRow,
  props: KeyResultTableProps,
  classes: RowClasses,
  styles: Styles,
  { locale, say }: BoardWords,
) {
  const { view, objective, team } = row;
  const noOwner = <span className={styles.stale}>{say('No owner')}</span>;
  const { keyResult } = view;
  const owner = keyResult.owner?.displayName;
  const caption = mergeClasses(classes.text.caption, styles.caption);
  const trend = props.trends?.get(keyResult.id);
  const { onCheckIn } = props;
  return (
    <>
      <div role="cell" className={styles.title}>
        <span className={classes.text.strong}>{keyResult.title}</span>
        <span className={caption}>
          {say('Objective: {title}', { title: objective.title })}
          <span className={styles.compactOnly}>
            {` · ${team.name} · `}
            {owner ?? noOwner}
          </span>
        </span>
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.wideOnly)}>
        {team.name}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.wideOnly)}>
        {owner ?? noOwner}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.progress)}>
        <ProgressBar
          progress={view.progress}
          {...(view.final ? {} : { status: view.status })}
          label={keyResult.title}
          named={(percent) =>
            say('{title}: {percent} progress', { title: keyResult.title, percent })
          }
        />
      </div>
      <div role="cell" className={styles.cell}>
        <ConfidenceTrend
          confidence={keyResult.confidence}
          scaleMax={props.confidenceMax}
          {...(trend ? { trend } : {})}
        />
      </div>
      <div role="cell" className={styles.cell}>
        {/* A closed cycle's KR: how it ended, not how it was going. */}
        {view.final ? (
          <FinalScoreBadge final={view.final} title={keyResult.title} />
        ) : (
          <StatusBadge
            status={view.status}
            {...(keyResult.statusOverride ? { override: keyResult.statusOverride } : {})}
          />
        )}
      </div>
      <div role="cell" className={mergeClasses(classes.text.small, styles.cell, styles.checkIn)}>
        <span>
          <span className={styles.stackedOnly}>{`${say(columnNames.lastCheckIn)}: `}</span>
          {keyResult.lastCheckInAt
            ? formatDay(dayOf(keyResult.lastCheckInAt), locale)
            : say('Never')}
        </span>
        {view.needsCheckIn ? (
          <span className={mergeClasses(classes.text.caption, styles.stale)}>
            {say('Needs a check-in')}
          </span>
        ) : null}
      </div>
      <div role="cell" className={styles.actions}>
        {!onCheckIn ? null : isRolledUp(keyResult) ? (
          // Its progress comes from its sources: a value typed here would move nothing.
          <span
            className={mergeClasses(caption, styles.rolledUp)}
            title={say('Its progress comes from its sources: check in on them.')}
          >
            {say('Rolled up')}
          </span>
        ) : (
          <button
            type="button"
            className={classes.primaryButton}
            {...rowAction('checkIn')}
            aria-label={say('Check in on {title}', { title: keyResult.title })}
            onClick={() => onCheckIn(keyResult)}
          >
            {say('Check in')}
          </button>
        )}
        <RowIconButton
          classes={classes}
          icon={<DataTrendingRegular />}
          aria-label={say('History of {title}', { title: keyResult.title })}
          title={say('History')}
          {...rowAction('history')}
          onClick={() => props.onShowHistory(keyResult)}
        />
      </div>
    </>
  );
}

function renderEmpty(props: KeyResultTableProps, { say }: BoardWords) {
  return props.filtering ? (
    <EmptyState
      title={say('No key result matches')}
      message={say('No key result on this board matches the search and filters.')}
      action={<Button onClick={props.onClearFilters}>{say('Clear filters')}</Button>}
    />
  ) : (
    <EmptyState
      title={say('No key results yet')}
      message={say('The objectives on this board have no key results yet. Add them on the Board.')}
    />
  );
}

/**
 * The table: its column headers (each sorts by its column, or turns the order round), then the
 * rows near the viewport, each placed at its offset; a narrow tab stacks each row's cells.
 */
export function renderKeyResultTable(
  props: KeyResultTableProps,
  state: KeyResultTableState,
  styles: Styles,
  classes: RowClasses,
  words: BoardWords,
) {
  if (state.rows.length === 0) return renderEmpty(props, words);
  return (
    <div className={styles.root}>
      <div
        role="table"
        aria-label={words.say('Key results')}
        aria-rowcount={state.rows.length + 1}
        className={styles.table}
      >
        {renderHeader(props, state, styles, words)}
        <div
          role="rowgroup"
          ref={state.scrollRef}
          className={styles.scroller}
          onKeyDown={state.onKeyDown}
        >
          <div className={styles.canvas} style={{ height: state.totalSize }}>
            {state.items.map((item) => {
              const row = state.rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.view.keyResult.id}
                  ref={state.measureElement}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  data-kr-id={row.view.keyResult.id}
                  className={mergeClasses(styles.row, styles.grid)}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {renderRow(row, props, classes, styles, words)}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className={styles.hidden} role="status" aria-live="polite">
        {state.announcement}
      </div>
    </div>
  );
}
