import type { FrameLocator, Page } from 'playwright-core';
import { simulatedUsers } from '../../../src/dev/teams-simulator/directory';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { meetingStackPerFile, type MeetingStack } from './support';

/**
 * Planning together in a meeting with three participants in the Teams simulator (an organizer,
 * a presenter and an attendee), over Live Share on the local Fluid service: a draft typed by one
 * appears for the others with the coach's findings and who is editing it; the two facilitators
 * press Save at the same moment and the objective is in the store once.
 */
jest.setTimeout(240_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  90_000,
);

const panel = (participant: number): FrameLocator => framedApp(page, `p${participant}-sidePanel`);
const everyone = [1, 2, 3];
const [organizer, presenter] = simulatedUsers;

async function openPlanning(meeting: string): Promise<void> {
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 3,
    roles: 'organizer,presenter,attendee',
    meeting,
  });
  for (const participant of everyone) {
    await waitUntilReady(page, `p${participant}-sidePanel`);
    await panel(participant).getByRole('tab', { name: 'Planning' }).click();
    await panel(participant).getByRole('button', { name: 'Start a draft' }).waitFor();
  }
}

describe('planning together in a meeting', () => {
  it('shares a draft as it is typed, with the coach’s findings and who is editing it, and saves it once', async () => {
    await openPlanning('planning-together');

    // The organizer starts a draft and types a key result in disguise.
    await panel(1).getByRole('button', { name: 'Start a draft' }).click();
    const title = (participant: number) =>
      panel(participant).getByRole('textbox', { name: 'Draft 1: objective' });
    for (const participant of everyone) await title(participant).waitFor();
    await title(1).click();
    await title(1).pressSequentially('Improve cash flow by 10% this quarter');

    // Everyone sees the text, who is typing it, and the coach's finding on it.
    for (const participant of everyone) {
      const draft = panel(participant).getByRole('listitem', { name: 'Draft 1' });
      await draft.getByText(`Editing now: ${organizer!.displayName}`).waitFor();
      await draft
        .locator('[data-coached-text="Improve cash flow by 10% this quarter"]')
        .locator('[data-rule="objective.metric"]')
        .waitFor();
    }
    for (const participant of everyone) {
      await expect(title(participant).inputValue()).resolves.toBe(
        'Improve cash flow by 10% this quarter',
      );
    }

    // The presenter rewrites it; the organizer sees the edit and the coach's new reading.
    await title(2).click();
    await title(2).fill('Customers love our onboarding');
    await title(2).blur();
    for (const participant of everyone) {
      const draft = panel(participant).getByRole('listitem', { name: 'Draft 1' });
      await draft.locator('[data-coached-text="Customers love our onboarding"]').waitFor();
      await expect(draft.locator('[data-rule="objective.metric"]').count()).resolves.toBe(0);
    }

    // The attendee accepts it; only the organizer and the presenter may save.
    await panel(3).getByRole('switch', { name: 'Accepted by the team' }).check();
    for (const participant of [1, 2]) {
      await panel(participant)
        .getByRole('button', { name: 'Save accepted drafts' })
        .and(panel(participant).locator(':enabled'))
        .waitFor();
    }
    await panel(3)
      .getByText('Only the organizer or a presenter saves the accepted drafts to the board.')
      .waitFor();
    await expect(
      panel(3).getByRole('button', { name: 'Save accepted drafts' }).isDisabled(),
    ).resolves.toBe(true);

    // Both facilitators press Save in the same moment (one script clicks both frames' buttons).
    await page.evaluate(() => {
      const buttons = ['p1-sidePanel', 'p2-sidePanel'].map((frame) => {
        const iframe = document.querySelector<HTMLIFrameElement>(
          `.card[data-frame="${frame}"] iframe`,
        );
        const button = [...(iframe?.contentDocument?.querySelectorAll('button') ?? [])].find(
          (candidate) => candidate.textContent === 'Save accepted drafts',
        );
        if (!button || button.getAttribute('aria-disabled') === 'true')
          throw new Error(`${frame} has no Save button to press.`);
        return button;
      });
      for (const button of buttons) button.click();
    });

    // One of them saved it; everyone sees who; the store holds it once.
    const saver = new RegExp(
      `Saved to the board by (${organizer!.displayName}|${presenter!.displayName})`,
    );
    for (const participant of everyone) await panel(participant).getByText(saver).waitFor();
    const outcomes = await Promise.all(
      [1, 2].map((participant) =>
        panel(participant).getByRole('status').filter({ hasText: /saved/ }).textContent(),
      ),
    );
    expect(outcomes.sort()).toEqual([
      '1 objective saved to the board.',
      'Nothing saved twice: 1 already saved by someone else.',
    ]);
    const [cycle] = await stack.repository.listCycles();
    const board = await stack.repository.loadBoard({ cycleId: cycle!.id });
    expect(
      board.objectives.filter((objective) => objective.title === 'Customers love our onboarding'),
    ).toHaveLength(1);

    // A saved draft stays as it was saved.
    for (const participant of everyone) {
      await expect(title(participant).isDisabled()).resolves.toBe(true);
    }
  });
});
