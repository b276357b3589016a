import { useEffect } from 'react';
import { currentKeyResultId } from '../../../core/rituals';
import { renderStage } from './renderStage';
import { useStage } from './useStage';
import { useStageStyles } from './useStageStyles';
import type { StageProps } from './Stage.types';

/** The meeting stage: a check-in round over the chosen KRs, voted, revealed and saved together. */
export function Stage(props: StageProps) {
  const state = useStage(props);
  const styles = useStageStyles();
  const keyResultId = currentKeyResultId(state.control);
  const { phase } = state.control;
  useEffect(() => {
    // The button of the step just taken (Next, Reveal, Save, a KR of the round) is gone, and with
    // it the keyboard's place: it goes to the KR now under review (or the summary), not back to
    // the page's start. Only where this frame has the focus, never taken from elsewhere.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost || !document.hasFocus()) return;
    (document.getElementById('kr-title') ?? document.getElementById('summary-title'))?.focus();
  }, [keyResultId, phase]);
  return renderStage(state, styles);
}
