import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import {
  AddRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  EditRegular,
  FlagRegular,
  LinkRegular,
} from '@fluentui/react-icons';
import { memo } from 'react';
import type { Objective } from '../../../core/model';
import { useSay } from '../../board/say';
import type { KeyResultTrends, ObjectiveView } from '../../board/boardView.types';
import { useClosedCycleParts } from '../../board/closedCycle';
import type { BoardFocusTarget } from '../Board/Board.types';
import type { KeyResultActions } from '../KeyResultRow/KeyResultRow';
import { KeyResultRow, useKeyResultListStyles } from '../KeyResultRow/KeyResultRow';
import { ClampedText } from '../ClampedText';
import { ProgressBar } from '../ProgressBar/ProgressBar';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { RowIconButton, type RowClassesProp, withRowClasses } from '../RowClasses';

export interface ObjectiveCardProps extends KeyResultActions {
  readonly view: ObjectiveView;
  /** Its KRs' confidence trends, once the check-in history has been read. */
  readonly trends?: KeyResultTrends | undefined;
  readonly confidenceMax: number;
  readonly onEditObjective?: (objective: Objective) => void;
  readonly onAddKeyResult?: (objective: Objective) => void;
  readonly onCopyObjectiveLink?: (objective: Objective) => void;
  readonly onSetObjectiveStatus?: (objective: Objective) => void;
  /** Only the header shows; the KRs are one click away. */
  readonly collapsed?: boolean;
  readonly onToggleCollapsed?: (objectiveId: string) => void;
  /** Set on the card a deep link opened (the objective, or one of its KRs). */
  readonly highlight?: BoardFocusTarget | undefined;
}

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
  },
  highlighted: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12em, 2fr) minmax(8em, 1fr) auto auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr auto' },
  },
  heading: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
    // Two columns in a narrow tab: the objective takes the whole first line, its progress and
    // status the next.
    '@media (max-width: 640px)': { gridColumn: '1 / -1' },
  },
  // The chevron beside a long title's first line, not its middle.
  titleLine: { display: 'flex', alignItems: 'start', columnGap: tokens.spacingHorizontalXS },
  // An h3 keeps the browser's margins (1em above and below): the title sat 16 px under the card's
  // top padding and pushed its details down as far.
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    // Two columns in a narrow tab: the actions get a line of their own across both.
    '@media (max-width: 640px)': { gridColumn: '1 / -1' },
  },
  empty: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});

function ObjectiveCardPainted({
  rowClasses: classes,
  ...props
}: ObjectiveCardProps & RowClassesProp) {
  const styles = useStyles();
  const keyResultList = useKeyResultListStyles();
  const closed = useClosedCycleParts();
  const say = useSay();
  const {
    view,
    trends,
    confidenceMax,
    onEditObjective,
    onAddKeyResult,
    onCopyObjectiveLink,
    onSetObjectiveStatus,
    highlight,
    collapsed = false,
    onToggleCollapsed,
    ...keyResultActions
  } = props;
  const { objective } = view;
  const title = { title: objective.title };
  const highlighted = highlight !== undefined && highlight.keyResultId === undefined;
  const details = [
    // Said as on a KR row: an imported objective often comes without one.
    objective.owner?.displayName ?? say('no owner'),
    say(objective.commitment === 'aspirational' ? 'Aspirational' : 'Committed'),
    objective.state === 'draft' ? say('Draft') : undefined,
    view.parent
      ? view.parentCycle
        ? say('Aligns to {title} ({cycle})', {
            title: view.parent.title,
            cycle: view.parentCycle.name,
          })
        : say('Aligns to {title}', { title: view.parent.title })
      : undefined,
    collapsed
      ? say('{count} {count|key result|key results}', { count: view.keyResults.length })
      : undefined,
  ].filter((detail): detail is string => detail !== undefined);
  return (
    <article
      className={mergeClasses(styles.root, highlighted && styles.highlighted)}
      aria-label={objective.title}
      data-objective-id={objective.id}
      {...(highlighted ? { tabIndex: -1, 'aria-current': true } : {})}
    >
      <div className={styles.header}>
        <div className={styles.heading}>
          <div className={styles.titleLine}>
            {onToggleCollapsed ? (
              <RowIconButton
                classes={classes}
                icon={collapsed ? <ChevronRightRegular /> : <ChevronDownRegular />}
                aria-expanded={!collapsed}
                aria-label={say('Key results of {title}', title)}
                title={say(collapsed ? 'Show the key results' : 'Hide the key results')}
                onClick={() => onToggleCollapsed(objective.id)}
              />
            ) : null}
            <h3 className={mergeClasses(classes.text.subtitle, styles.title)}>{objective.title}</h3>
          </div>
          <span className={mergeClasses(classes.text.caption, styles.meta)}>
            {details.join(' · ')}
          </span>
          {objective.description ? (
            <ClampedText text={objective.description} label={objective.title} classes={classes} />
          ) : null}
        </div>
        {/* Closed without key results, it has no progress: its own score says how it ended. */}
        {view.final && view.keyResults.length === 0 ? (
          <span />
        ) : (
          <ProgressBar
            progress={view.progress}
            {...(view.final ? {} : { status: view.status })}
            label={objective.title}
            named={(percent) => say('{title}: {percent} progress', { ...title, percent })}
          />
        )}
        {closed && view.final ? (
          <closed.FinalScoreExplained final={view.final} title={objective.title} />
        ) : (
          <StatusBadge
            status={view.status}
            {...(objective.statusOverride ? { override: objective.statusOverride } : {})}
          />
        )}
        <div className={styles.actions}>
          {onAddKeyResult ? (
            <RowIconButton
              classes={classes}
              icon={<AddRegular />}
              aria-label={say('Add a key result to {title}', title)}
              title={say('Add a key result')}
              onClick={() => onAddKeyResult(objective)}
            />
          ) : null}
          {onSetObjectiveStatus ? (
            <RowIconButton
              classes={classes}
              icon={<FlagRegular />}
              aria-label={say('Set the status of {title}', title)}
              title={say('Set the status')}
              onClick={() => onSetObjectiveStatus(objective)}
            />
          ) : null}
          {onCopyObjectiveLink ? (
            <RowIconButton
              classes={classes}
              icon={<LinkRegular />}
              aria-label={say('Copy a link to {title}', title)}
              title={say('Copy link')}
              onClick={() => onCopyObjectiveLink(objective)}
            />
          ) : null}
          {onEditObjective ? (
            <RowIconButton
              classes={classes}
              icon={<EditRegular />}
              aria-label={say('Edit {title}', title)}
              title={say('Edit the objective')}
              onClick={() => onEditObjective(objective)}
            />
          ) : null}
        </div>
      </div>
      {collapsed ? null : view.keyResults.length === 0 ? (
        // A closed cycle's objective asks for no key results any more: its score says it all.
        view.final ? null : (
          <p className={mergeClasses(classes.text.caption, styles.empty)}>
            {say('No key results yet: how will you know this objective is met?')}
          </p>
        )
      ) : (
        <ul className={keyResultList.list} aria-label={say('Key results of {title}', title)}>
          {view.keyResults.map((keyResultView) => (
            <KeyResultRow
              key={keyResultView.keyResult.id}
              view={keyResultView}
              trend={trends?.get(keyResultView.keyResult.id)}
              confidenceMax={confidenceMax}
              highlighted={highlight?.keyResultId === keyResultView.keyResult.id}
              {...keyResultActions}
            />
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * Memoised: scrolling the virtualised board re-renders the board's rows every frame, and a card
 * whose view and handlers are the same (the board passes stable ones) is skipped. Its buttons
 * and texts are plain elements with the classes of Fluent's (see `RowClasses`).
 */
export const ObjectiveCard = memo(withRowClasses(ObjectiveCardPainted));
