import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import type { Initiative, InitiativeStatus } from '../../../core/model';
import { formatDay } from '../../../core/format';
import { useLocale } from '../../app/AppServices';

export const initiativeStatusLabels: Record<InitiativeStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const statusColor: Record<InitiativeStatus, BadgeProps['color']> = {
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
}: {
  readonly initiatives: readonly Initiative[];
  readonly keyResultTitle: string;
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
            <Badge appearance="tint" shape="rounded" color={statusColor[initiative.status]}>
              {initiativeStatusLabels[initiative.status]}
            </Badge>
            <Caption1 className={initiative.status === 'dropped' ? styles.dropped : undefined}>
              {initiative.link && webLink.test(initiative.link) ? (
                <Link href={initiative.link} target="_blank" rel="noopener noreferrer">
                  {initiative.title}
                </Link>
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
