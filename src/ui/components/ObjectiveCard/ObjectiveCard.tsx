import { memo } from 'react';
import { renderObjectiveCard } from './renderObjectiveCard';
import { useObjectiveCardStyles } from './useObjectiveCardStyles';
import type { ObjectiveCardProps } from './ObjectiveCard.types';

/**
 * Memoised: scrolling the virtualised board re-renders the board's rows every frame, and a card
 * whose view and handlers are the same (the board passes stable ones) is skipped.
 */
export const ObjectiveCard = memo(function ObjectiveCard(props: ObjectiveCardProps) {
  const styles = useObjectiveCardStyles();
  return renderObjectiveCard(props, styles);
});
