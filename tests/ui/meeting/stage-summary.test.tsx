/**
 * The stage's "Round complete" writes the average confidence change as the chat text does: a
 * fall read "-0.5" with a hyphen on the stage and "−0.5" in the text copied to the chat.
 */
import { render, screen } from '@testing-library/react';
import { roundSummary, type RoundControl } from '../../../src/core/rituals';
import { initialRound, roundCheckInClientId } from '../../../src/core/rituals/round';
import { summaryText } from '../../../src/core/rituals/summary';
import { renderSummary } from '../../../src/ui/meeting/Stage/renderRoundSteps';
import type { StageState } from '../../../src/ui/meeting/Stage/Stage.types';
import { useStageStyles } from '../../../src/ui/meeting/Stage/useStageStyles';
import { meetingWordsFor } from '../../../src/ui/meeting/meeting-words';

const control: RoundControl = {
  ...initialRound({ roundId: 'r1', keyResultIds: ['41'] }),
  phase: 'finished',
  outcomes: {
    '41': {
      keyResultId: '41',
      value: 3100,
      confidence: 5,
      previousConfidence: 7,
      checkInClientId: roundCheckInClientId('r1', '41'),
      savedBy: 'Adele',
    },
  },
};
const names = { titleOf: () => 'WAU', valueOf: (_: string, value: number) => String(value) };

function Summary() {
  const styles = useStageStyles();
  const summary = roundSummary(control);
  const state = {
    summary,
    say: meetingWordsFor(undefined, 'en').say,
    summaryNames: names,
    summaryText: summaryText(summary, names),
    recorded: { status: 'idle' },
    facilitator: true,
    roundKeyResults: [{ id: '41', title: 'WAU' }],
    position: 1,
  };
  return renderSummary(state as unknown as StageState, styles);
}

it('shows a fall of confidence with the minus sign the chat text uses', () => {
  render(<Summary />);
  expect(summaryText(roundSummary(control), names)).toContain('average confidence change \u22122.');
  expect(screen.getByText(/· average confidence change/).textContent).toContain(
    'average confidence change \u22122',
  );
});
