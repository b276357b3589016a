import { renderStage } from './renderStage';
import { useStage } from './useStage';
import { useStageStyles } from './useStageStyles';
import type { StageProps } from './Stage.types';

/** The meeting stage: a check-in round over the chosen KRs, voted, revealed and saved together. */
export function Stage(props: StageProps) {
  const state = useStage(props);
  const styles = useStageStyles();
  return renderStage(state, styles);
}
