import { makeStyles, mergeClasses, type BadgeProps } from '@fluentui/react-components';
import type { Status, StatusOverride } from '../../../core/model';
import { useBoardWords, type BoardWords } from '../../board/board-words';
import { type RowClassesProp, withRowClasses } from '../RowClasses';
import { visuallyHidden } from '../visuallyHidden';

export interface StatusBadgeProps {
  readonly status: Status;
  /** A person's override of the computed status: who set it and why are shown with it. */
  readonly override?: StatusOverride;
}

const useStyles = makeStyles({
  // Its words are short ("Off track · set by hand" at most): a crowded row never cuts them.
  badge: {
    minWidth: 'max-content',
    maxWidth: '14em',
    overflow: 'hidden',
    justifyContent: 'flex-start',
    flexShrink: 0,
    // In a narrow row's grid it sits in a wide cell: it hugs its words, as a badge does.
    justifySelf: 'start',
  },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  /** The whole override (who and why) for screen readers; sighted users have the title. */
  hidden: visuallyHidden,
});

const badgeColor: Readonly<Record<Status, NonNullable<BadgeProps['color']>>> = {
  notStarted: 'informative',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'danger',
  achieved: 'brand',
};

/** "At risk (set by Adele Vance: two partners slipped)", in the reader's language. */
export function statusLabel(
  status: Status,
  override: StatusOverride | undefined,
  words: Pick<BoardWords, 'say' | 'status'>,
): string {
  const named = words.status(status);
  return override
    ? words.say('{status} (set by {name}: {reason})', {
        status: named,
        name: override.by.displayName,
        reason: override.reason,
      })
    : named;
}

/**
 * The status in words (never colour alone), coloured by Fluent's semantic palette. An override
 * shows as "At risk · set by hand", so a long reason never squeezes the row; who set it, why and
 * when are the badge's tooltip (its title) and, for screen readers, its text. A tinted Fluent
 * `Badge` as Fluent renders it, with the classes of Fluent's styles hook.
 */
export const StatusBadge = withRowClasses(function StatusBadge({
  rowClasses: classes,
  ...props
}: StatusBadgeProps & RowClassesProp) {
  const styles = useStyles();
  const words = useBoardWords();
  const { status, override } = props;
  const { locale } = words;
  const label = statusLabel(status, override, words);
  const when = override ? new Date(override.at) : undefined;
  return (
    <div
      className={mergeClasses(classes.badge[badgeColor[status]], styles.badge)}
      {...(override
        ? {
            title:
              when && !Number.isNaN(when.getTime())
                ? `${label}, ${when.toLocaleDateString(locale)}`
                : label,
          }
        : {})}
    >
      {override ? (
        <>
          <span className={styles.text} aria-hidden>
            {words.say('{status} · set by hand', { status: words.status(status) })}
          </span>
          <span className={styles.hidden}>{label}</span>
        </>
      ) : (
        <span className={styles.text}>{label}</span>
      )}
    </div>
  );
});
