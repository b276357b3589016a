import type { Frame, Page } from 'playwright-core';
import { learningsFrom } from '../../../src/core/closing';
import type { Cycle, KeyResult, Objective } from '../../../src/core/model';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * A closed cycle's board in Chromium, through the Teams simulator and the Graph emulator: its
 * final scores, the banner and the learnings of its retrospective (a modal the page's assistive
 * technology reads, with no serious axe violation in any theme), a record nobody corrects any
 * more, and a reminder's link to check in that opens the KR's record instead.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;
let closed: { cycle: Cycle; objective: Objective; keyResult: KeyResult; unscored: Objective };

/** Longer than the board shows at first: the card says "Show more" for the rest. */
const longDescription = Array.from(
  { length: 6 },
  (_, step) =>
    `Step ${step + 1}: move one more region onto the new platform and drill its failover.`,
).join(' ');

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

beforeAll(async () => {
  const { repository, fixture } = stack;
  const owner = { id: adele.id, displayName: adele.displayName };
  const cycle = await repository.createCycle({
    name: 'Last year’s Q4',
    start: day(-200),
    end: day(-110),
    state: 'active',
  });
  const objective = await repository.createObjective({
    cycleId: cycle.id,
    teamId: fixture.company.id,
    title: 'Ship a reliable platform',
    description: longDescription,
    commitment: 'committed',
    state: 'active',
    owner,
  });
  const keyResult = await repository.createKeyResult({
    objectiveId: objective.id,
    title: 'Uptime from 99.9% to 99.95%',
    kind: 'increase',
    start: 99.9,
    target: 99.95,
    current: 99.9,
    unit: '%',
    weight: 1,
    owner,
  });
  const report = await repository.saveCheckIns([
    {
      clientId: 'closed-cycle-check-in',
      keyResultId: keyResult.id,
      keyResultVersion: keyResult.version,
      value: 99.93,
      confidence: 4,
      note: 'Stable after the migration',
      author: owner,
      at: `${day(-150)}T09:00:00Z`,
      source: 'teams',
    },
  ]);
  expect(report.failed).toEqual([]);
  const unscored = await repository.createObjective({
    cycleId: cycle.id,
    teamId: fixture.company.id,
    title: 'Become the default OKR tool for mid-size companies',
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  const board = await repository.loadBoard({ cycleId: cycle.id });
  const closing = await repository.saveClosing({
    objectives: board.objectives.map((each) =>
      each.id === objective.id
        ? {
            ...each,
            score: 0.7,
            learnings: learningsFrom(['Failover drills paid off.', '', 'Load-test first.']),
          }
        : { ...each, score: 0.6 },
    ),
    keyResults: board.keyResults.map((each) => ({
      ...each,
      score: 0.5,
      scoreReason: 'Scored 0.5 in Viva Goals.',
    })),
  });
  expect(closing.conflicts).toEqual([]);
  const closedCycle = await repository.updateCycle({ ...cycle, state: 'closed' });
  closed = { cycle: closedCycle, objective, keyResult, unscored };
}, 120_000);

/**
 * Waits until each row of the board ends where the next begins, or above: the virtualised board
 * measures a card grown in place (a reason or a description opened) and moves the next one down.
 */
async function rowsApart(tab: Frame): Promise<void> {
  await tab.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-index]')]
      .map((row) => ({
        index: Number(row.getAttribute('data-index')),
        box: row.getBoundingClientRect(),
      }))
      .sort((a, b) => a.index - b.index);
    return rows.every(
      (row, at) =>
        at === 0 ||
        rows[at - 1]!.index !== row.index - 1 ||
        rows[at - 1]!.box.bottom <= row.box.top + 0.5,
    );
  });
}

async function openClosedBoard(theme = 'default'): Promise<Frame> {
  await configureChannelTab(page, stack.server.url, theme);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('combobox', { name: 'Cycle' }).click();
  await tab.getByRole('option', { name: new RegExp(closed.cycle.name) }).click();
  await tab.getByText(`${closed.cycle.name} is closed: scores are final`).waitFor();
  return tab;
}

describe('a closed cycle’s board', () => {
  it('shows final scores in place of statuses, the reason on demand, the next card moved down, and the learnings', async () => {
    const tab = await openClosedBoard('contrast');
    const card = tab.getByRole('article', { name: closed.objective.title });
    const score = card.getByRole('button', {
      name: `Show why ${closed.keyResult.title} closed at 0.5`,
    });
    await score.click();
    await card.getByText(/^Final score 0\.5\. Why: Scored 0\.5 in Viva Goals\./).waitFor();
    // The cycle's dropdown opened first, which measured itself: the cards are still measured.
    await rowsApart(tab);
    await card
      .getByRole('button', { name: `Show more of the details of ${closed.objective.title}` })
      .click();
    await card.getByText(/Step 6: move one more region/).waitFor();
    await rowsApart(tab);
    await tab
      .getByRole('article', { name: closed.unscored.title })
      .getByText('Closed · 0.6')
      .waitFor();
    expect(await tab.getByText(/On track|Off track|At risk|Not started/).count()).toBe(0);

    const learnings = tab.getByRole('button', { name: 'Learnings' });
    await learnings.click();
    const dialog = tab.getByRole('dialog', { name: `Learnings of ${closed.cycle.name}` });
    await waitForFocusWithin(dialog);
    const answers = dialog.getByRole('article', { name: closed.objective.title });
    await answers.getByText('Failover drills paid off.').waitFor();
    await answers.getByText('What will we do differently next cycle?').waitFor();
    expect(await seriousAxeViolationsInEveryTheme(page, tab)).toEqual(noViolationsInAnyTheme);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitForFocus(learnings);
  });

  it('offers no correction of its record', async () => {
    const tab = await openClosedBoard();
    await tab.getByRole('button', { name: `History of ${closed.keyResult.title}` }).click();
    const history = tab.getByRole('dialog', { name: `History: ${closed.keyResult.title}` });
    await history.getByText('Stable after the migration').waitFor();
    expect(await history.getByRole('columnheader', { name: 'Correct' }).count()).toBe(0);
    expect(await history.getByRole('button', { name: /check-in of/ }).count()).toBe(0);
  });

  it('answers a reminder’s link to check in with the KR’s record, not a check-in', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: `checkin:${closed.keyResult.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    const history = tab.getByRole('dialog', { name: `History: ${closed.keyResult.title}` });
    await history.getByText('Stable after the migration').waitFor();
    expect(await tab.getByRole('dialog', { name: /^Check in/ }).count()).toBe(0);
  });
});
