import { useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Initiative, InitiativeStatus } from '../../../core/model';
import { formatDay } from '../../../core/format';
import { useLocale } from '../../app/AppServices';
import type { RowClasses } from '../RowClasses';
import type { BadgeColor } from '../useTintBadgeClasses';

export const initiativeStatusLabels: Record<InitiativeStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const statusColor: Record<InitiativeStatus, BadgeColor> = {
  notStarted: 'informative',
  inProgress: 'brand',
  done: 'success',
  dropped: 'subtle',
};

/** The store accepts only web links; anything else (a `javascript:` URL) is shown as text. */
const webLink = /^https?:\/\//i;

/** Shown before "Show all N initiatives". */
const shownAtFirst = 3;

const useStyles = makeStyles({
  root: { gridColumn: '1 / -1', minWidth: 0 },
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
  dropped: { textDecorationLine: 'line-through' },
});

/**
 * The work under a KR, below its row: title (a link where the work is tracked), status, owner
 * and due date. Only the first few show until "Show all"; none of it counts towards progress.
 */
export function InitiativeList({
  initiatives,
  keyResultTitle,
  classes,
}: {
  readonly initiatives: readonly Initiative[];
  readonly keyResultTitle: string;
  /** The board's classes: a status is a Fluent `Badge`, a title a Fluent `Link`. */
  readonly classes: RowClasses;
}) {
  const styles = useStyles();
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  if (initiatives.length === 0) return null;
  const shown = expanded ? initiatives : initiatives.slice(0, shownAtFirst);
  const hidden = initiatives.length - shown.length;
  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label={`Initiatives of ${keyResultTitle}`}>
        {shown.map((initiative) => (
          <li key={initiative.id} className={styles.item}>
            <div className={classes.badge[statusColor[initiative.status]]}>
              {initiativeStatusLabels[initiative.status]}
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
                initiative.dueDate ? `due ${formatDay(initiative.dueDate, locale)}` : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Caption1>
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
          {expanded ? 'Show fewer initiatives' : `Show all ${initiatives.length} initiatives`}
        </Button>
      ) : null}
    </div>
  );
}
