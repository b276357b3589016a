import { renderObjectiveCard } from './renderObjectiveCard';
import { useObjectiveCardStyles } from './useObjectiveCardStyles';
import type { ObjectiveCardProps } from './ObjectiveCard.types';

export function ObjectiveCard(props: ObjectiveCardProps) {
  const styles = useObjectiveCardStyles();
  return renderObjectiveCard(props, styles);
}
