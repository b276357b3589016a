import { renderPlanning } from './renderPlanning';
import type { PlanningProps } from './Planning.types';
import { usePlanning } from './usePlanning';
import { usePlanningStyles } from './usePlanningStyles';

/** Planning together in a meeting: shared drafts with the coach, saved to the board once. */
export function Planning(props: PlanningProps) {
  const state = usePlanning(props);
  const styles = usePlanningStyles();
  return renderPlanning(state, styles);
}
