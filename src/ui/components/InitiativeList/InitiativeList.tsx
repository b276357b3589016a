import { useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
// The cycle switcher's icon, already in the board's first screen: a sized variant came from
// another of the package's modules (1.2 kB gzip more in the channel tab's first screen).
import { CalendarRegular } from '@fluentui/react-icons';
import type { Initiative, InitiativeStatus } from '../../../core/model';
import { formatDay } from '../../../core/format';
import { useBoardWords } from '../../board/board-words';
import { useSay } from '../../board/say';
import type { RowClasses } from '../RowClasses';
import type { BadgeColor } from '../useTintBadgeClasses';

const statusColor: Record<InitiativeStatus, BadgeColor> = {
  notStarted: 'informative',
  inProgress: 'brand',
  done: 'success',
  dropped: 'subtle',
};

/** The store accepts only web links; anything else (a `javascript:` URL) is shown as text. */
const webLink = /^https?:\/\//i;

const noneOverdue: ReadonlySet<string> = new Set();

/** Shown before "Show all N initiatives". */
const shownAtFirst = 3;

const useStyles = makeStyles({
  root: { gridColumn: '1 / -1', justifySelf: 'stretch', minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  // The colour of a KR's "needs a check-in".
  overdue: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  dropped: { textDecorationLine: 'line-through' },
});

/** Work past its due day and still open: said in words beside an icon, not by colour alone. */
export function OverdueTag() {
  const styles = useStyles();
  const say = useSay();
  return (
    <Caption1 className={styles.overdue}>
      <CalendarRegular aria-hidden />
      {say('Overdue')}
    </Caption1>
  );
}

/**
 * The work under a KR, below its row: title (a link where the work is tracked), status, owner
 * and due date. Only the first few show until "Show all"; none of it counts towards progress.
 */
export function InitiativeList({
  initiatives,
  overdue = noneOverdue,
  keyResultTitle,
  classes,
}: {
  readonly initiatives: readonly Initiative[];
  /** The ids of those past their due day and still open. */
  readonly overdue?: ReadonlySet<string>;
  readonly keyResultTitle: string;
  /** The board's classes: a status is a Fluent `Badge`, a title a Fluent `Link`. */
  readonly classes: RowClasses;
}) {
  const styles = useStyles();
  const { locale, say, initiative: statusLabel } = useBoardWords();
  const [expanded, setExpanded] = useState(false);
  if (initiatives.length === 0) return null;
  const shown = expanded ? initiatives : initiatives.slice(0, shownAtFirst);
  const hidden = initiatives.length - shown.length;
  const overdueHidden = initiatives.slice(shown.length).filter(({ id }) => overdue.has(id)).length;
  return (
    <div className={styles.root}>
      <ul
        className={styles.list}
        aria-label={say('Initiatives of {title}', { title: keyResultTitle })}
      >
        {shown.map((initiative) => (
          <li key={initiative.id} className={styles.item}>
            <div className={classes.badge[statusColor[initiative.status]]}>
              {statusLabel(initiative.status)}
            </div>
            <Caption1 className={initiative.status === 'dropped' ? styles.dropped : undefined}>
              {initiative.link && webLink.test(initiative.link) ? (
                <a
                  href={initiative.link}
                  target="_blank"
                  rel="noopener noreferrer"
                  tabIndex={0}
                  className={classes.link.anchor}
                >
                  {initiative.title}
                </a>
              ) : (
                initiative.title
              )}
            </Caption1>
            <Caption1 className={styles.meta}>
              {[
                initiative.owner?.displayName,
                initiative.dueDate
                  ? say('due {date}', { date: formatDay(initiative.dueDate, locale) })
                  : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Caption1>
            {overdue.has(initiative.id) ? <OverdueTag /> : null}
          </li>
        ))}
      </ul>
      {hidden > 0 || expanded ? (
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? say('Show fewer initiatives')
            : say(
                overdueHidden > 0
                  ? 'Show all {count} initiatives ({overdue} more overdue)'
                  : 'Show all {count} initiatives',
                {
                  count: initiatives.length,
                  overdue: overdueHidden,
                },
              )}
        </Button>
      ) : null}
    </div>
  );
}
