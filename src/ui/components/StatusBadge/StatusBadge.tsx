import { Badge, type BadgeProps } from '@fluentui/react-components';
import { format } from '../../../core/messages';
import type { Status } from '../../../core/model';
import type { StatusBadgeProps } from './StatusBadge.types';

const badgeColor: Readonly<Record<Status, BadgeProps['color']>> = {
  notStarted: 'informative',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'danger',
  achieved: 'brand',
};

/** The status in words (never colour alone), coloured by Fluent's semantic palette. */
export function StatusBadge({ status, overridden, locale }: StatusBadgeProps) {
  return (
    <Badge appearance="tint" color={badgeColor[status]} shape="rounded">
      {format(`status.${status}`, {}, locale)}
      {overridden ? ' (set by hand)' : ''}
    </Badge>
  );
}
