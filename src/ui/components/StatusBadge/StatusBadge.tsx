import { makeStyles, mergeClasses, type BadgeProps } from '@fluentui/react-components';
import type { Status, StatusOverride } from '../../../core/model';
import { formatStatusMessage } from '../../../core/status-messages';
import { type RowClassesProp, withRowClasses } from '../RowClasses';
import { visuallyHidden } from '../visuallyHidden';

export interface StatusBadgeProps {
  readonly status: Status;
  /** A person's override of the computed status: who set it and why are shown with it. */
  readonly override?: StatusOverride;
  /** The message locale (the operating model's); English by default. */
  readonly locale?: string;
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

/** "At risk (set by Adele Vance: two partners slipped)". */
export function statusLabel(status: Status, override?: StatusOverride, locale?: string): string {
  const words = formatStatusMessage(`status.${status}`, {}, locale);
  return override ? `${words} (set by ${override.by.displayName}: ${override.reason})` : words;
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
  const { status, override, locale } = props;
  const label = statusLabel(status, override, locale);
  const when = override ? new Date(override.at) : undefined;
  const words = formatStatusMessage(`status.${status}`, {}, locale);
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
            {`${words} · set by hand`}
          </span>
          <span className={styles.hidden}>{label}</span>
        </>
      ) : (
        <span className={styles.text}>{label}</span>
      )}
    </div>
  );
});
