import { Badge, type BadgeProps } from '@fluentui/react-components';
import { format } from '../../../core/messages';
import type { Status, StatusOverride } from '../../../core/model';
import type { StatusBadgeProps } from './StatusBadge.types';
import { useStatusBadgeStyles } from './useStatusBadgeStyles';

const badgeColor: Readonly<Record<Status, BadgeProps['color']>> = {
  notStarted: 'informative',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'danger',
  achieved: 'brand',
};

/** "At risk (set by Adele Vance: two partners slipped)". */
export function statusLabel(status: Status, override?: StatusOverride, locale?: string): string {
  const words = format(`status.${status}`, {}, locale);
  return override ? `${words} (set by ${override.by.displayName}: ${override.reason})` : words;
}

/**
 * The status in words (never colour alone), coloured by Fluent's semantic palette. An override
 * shows as "At risk · set by hand", so a long reason never squeezes the row; who set it, why and
 * when are the badge's tooltip (its title) and, for screen readers, its text.
 */
export function StatusBadge({ status, override, locale }: StatusBadgeProps) {
  const styles = useStatusBadgeStyles();
  const label = statusLabel(status, override, locale);
  const when = override ? new Date(override.at) : undefined;
  const words = format(`status.${status}`, {}, locale);
  return (
    <Badge
      appearance="tint"
      color={badgeColor[status]}
      shape="rounded"
      className={styles.badge}
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
    </Badge>
  );
}
