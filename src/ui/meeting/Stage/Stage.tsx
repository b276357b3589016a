import { useEffect, useRef } from 'react';
import { currentKeyResultId } from '../../../core/rituals';
import { renderStage } from './renderStage';
import { useStage } from './useStage';
import { useStageStyles } from './useStageStyles';
import type { StageProps } from './Stage.types';

/** The meeting stage: a check-in round over the chosen KRs, voted, revealed and saved together. */
export function Stage(props: StageProps) {
  const state = useStage(props);
  const styles = useStageStyles();
  const step = `${currentKeyResultId(state.control)}:${state.control.phase}`;
  const shownStep = useRef<string>();
  const lastFocused = useRef<Element>();
  useEffect(() => {
    const focused = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = event.target;
    };
    document.addEventListener('focusin', focused);
    return () => document.removeEventListener('focusin', focused);
  }, []);
  useEffect(() => {
    // The button of the step just taken (Next, Reveal, Save, a KR of the round) is gone, and with
    // it the keyboard's place: it goes to the KR now under review (or the summary), not back to
    // the page's start. So too where a button goes without a new step (Record the round again,
    // Load the newer check-in). Only where this frame has the focus, never taken from elsewhere.
    const stepChanged = shownStep.current !== step;
    shownStep.current = step;
    const removed = lastFocused.current !== undefined && !lastFocused.current.isConnected;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost || !document.hasFocus() || !(stepChanged || removed)) return;
    (document.getElementById('kr-title') ?? document.getElementById('summary-title'))?.focus();
  });
  return renderStage(state, styles);
}
