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
 * says who set it and why; its title adds when.
 */
export function StatusBadge({ status, override, locale }: StatusBadgeProps) {
  const styles = useStatusBadgeStyles();
  const label = statusLabel(status, override, locale);
  const when = override ? new Date(override.at) : undefined;
  return (
    <Badge
      appearance="tint"
      color={badgeColor[status]}
      shape="rounded"
      className={styles.badge}
      {...(when && !Number.isNaN(when.getTime())
        ? { title: `${label}, ${when.toLocaleDateString(locale)}` }
        : {})}
    >
      <span className={styles.text}>{label}</span>
    </Badge>
  );
}
