/**
 * The Coach view's action buttons show words ("Nudge owner", "Copy link") and are named more
 * fully for a screen reader. Each name begins with the words shown (WCAG 2.5.3, label in name),
 * so that someone who speaks to their computer can say what they see (their words in German,
 * French and Spanish: `board-words.test.ts`). "Nudge owner" was named
 * "Nudge Alex Wilber to check in on …", which axe's label-content-name-mismatch flagged in every
 * theme, and which "click Nudge owner" did not reach.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { KeyResult } from '../../src/core/model';
import { CoachHealthView } from '../../src/ui/components/CoachHealthView/CoachHealthView';

const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Pipeline coverage from 2x to 3.5x',
  kind: 'increase',
  start: 2,
  target: 3.5,
  current: 2.4,
  unit: 'x',
  weight: 1,
  confidence: 6,
  owner: { id: 'diego', displayName: 'Diego Siciliani' },
};

it('names each action button of a stale key result beginning with the words it shows', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <CoachHealthView
        health={{
          staleKeyResults: [{ keyResult, daysSinceCheckIn: 30 }],
          fallingConfidence: [],
          unaligned: [],
          weaklyWritten: [],
          quietTeams: [],
          overdueInitiatives: [],
        }}
        confidenceMax={10}
        actions={{
          open: jest.fn(),
          copyLink: jest.fn(),
          mayChange: () => true,
          checkIn: jest.fn(),
          edit: jest.fn(),
        }}
        nudge={{ canNudge: () => true, nudge: jest.fn(), sending: undefined, toasterId: 't' }}
      />
    </FluentProvider>,
  );
  const actions = screen.getByRole('group', { name: `Actions on ${keyResult.title}` });
  const buttons = within(actions).getAllByRole('button');
  expect(buttons.map((button) => button.textContent)).toContain('Nudge owner');
  for (const button of buttons) {
    const name = button.getAttribute('aria-label') ?? '';
    expect([button.textContent, name.startsWith(button.textContent ?? '')]).toEqual([
      button.textContent,
      true,
    ]);
  }
  expect(
    within(actions).getByRole('button', {
      name: `Nudge owner, Diego Siciliani, to check in on ${keyResult.title}`,
    }),
  ).toBeTruthy();
});
