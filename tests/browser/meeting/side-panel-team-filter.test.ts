import type { Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { meetingStackPerFile, type MeetingStack } from './support';

/**
 * A coach running one team's check-in in a meeting whose board holds several teams narrows the
 * side panel's round to that team (and an owner) from the keyboard, in Teams' 320 px panel: the
 * picks the filter hides are dropped, and the panel opened again in the meeting keeps the team.
 */
jest.setTimeout(240_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

const wait = { timeout: 60_000 };
const lee = demoUsers.leeGu;
const adeleName = demoUsers.adeleVance.displayName;
const supportKeyResult = 'Answer 90% of tickets within a day';

/** A second team's objective on the same cycle's board, its key result owned by Lee. */
async function seedSupport() {
  const [cycle] = await stack.repository.listCycles();
  const team = await stack.repository.createTeam({ name: 'Support' });
  const objective = await stack.repository.createObjective({
    cycleId: cycle!.id,
    teamId: team.id,
    title: 'Customers get answers fast',
    description: '',
    commitment: 'committed',
    state: 'active',
  });
  await stack.repository.createKeyResult({
    objectiveId: objective.id,
    title: supportKeyResult,
    kind: 'increase',
    start: 60,
    target: 90,
    current: 72,
    unit: '%',
    weight: 1,
    owner: { id: lee.id, displayName: lee.displayName },
  });
}

it('narrows the round to a team by keyboard in a 320 px panel, drops hidden picks, and keeps the team for the meeting', async () => {
  await seedSupport();
  const [first] = stack.keyResults;
  await openSimulator(page, stack.server.url, { context: 'sidePanel', meeting: 'team-filter' });
  await waitUntilReady(page, 'p1-sidePanel');
  let panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: first.title }).check(wait);
  await panel.getByRole('checkbox', { name: supportKeyResult }).waitFor(wait);

  const team = panel.getByRole('combobox', { name: 'Team' });
  await team.waitFor(wait);
  expect(await team.textContent()).toBe('All teams');
  // Within the panel's width, the owner's dropdown beside or below it.
  const owner = panel.getByRole('combobox', { name: 'Owner' });
  await owner.waitFor(wait);
  for (const dropdown of [team, owner]) {
    const box = await dropdown.evaluate((element) => ({
      right: element.getBoundingClientRect().right,
      width: document.documentElement.clientWidth,
    }));
    expect(box.width).toBe(320);
    // Fluent's dropdown kept its own minimum width: Owner ran past the panel's edge.
    expect(box.right).toBeLessThanOrEqual(320);
  }

  // By keyboard: the dropdown opens with Enter; the arrow keys move to Support, Enter chooses it.
  await team.focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('option', { name: 'Support' }).waitFor(wait);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await panel.getByRole('combobox', { name: 'Team' }).filter({ hasText: 'Support' }).waitFor(wait);
  await panel.getByRole('checkbox', { name: first.title }).waitFor({ ...wait, state: 'detached' });
  await panel.getByRole('checkbox', { name: supportKeyResult }).waitFor(wait);
  // The Contoso key result picked before is hidden now, and no longer picked.
  await panel.getByText('Pick the key results to review.').waitFor(wait);

  await openSimulator(page, stack.server.url, { context: 'sidePanel', meeting: 'team-filter' });
  await waitUntilReady(page, 'p1-sidePanel');
  panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('combobox', { name: 'Team' }).filter({ hasText: 'Support' }).waitFor(wait);
  expect(await panel.getByRole('checkbox', { name: first.title }).count()).toBe(0);

  // Another meeting opens on every team.
  await openSimulator(page, stack.server.url, { context: 'sidePanel', meeting: 'another' });
  await waitUntilReady(page, 'p1-sidePanel');
  panel = framedApp(page, 'p1-sidePanel');
  await panel
    .getByRole('combobox', { name: 'Team' })
    .filter({ hasText: 'All teams' })
    .waitFor(wait);
  await panel.getByRole('checkbox', { name: first.title }).waitFor(wait);
});

it('takes a parent team’s sub-teams with it, says once that a team and owner leave none, in a panel-sized empty state, and clears by keyboard', async () => {
  const [first] = stack.keyResults;
  const [cycle] = await stack.repository.listCycles();
  const contoso = (await stack.repository.listTeams()).find((team) => team.name === 'Contoso')!;
  const emea = await stack.repository.createTeam({
    name: 'Contoso EMEA',
    parentTeamId: contoso.id,
  });
  const objective = await stack.repository.createObjective({
    cycleId: cycle!.id,
    teamId: emea.id,
    title: 'EMEA customers renew',
    description: '',
    commitment: 'committed',
    state: 'active',
  });
  const emeaKeyResult = 'Renew 85% of EMEA contracts';
  await stack.repository.createKeyResult({
    objectiveId: objective.id,
    title: emeaKeyResult,
    kind: 'increase',
    start: 70,
    target: 85,
    current: 75,
    unit: '%',
    weight: 1,
    owner: { id: lee.id, displayName: lee.displayName },
  });
  await openSimulator(page, stack.server.url, { context: 'sidePanel', meeting: 'sub-teams' });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  const team = panel.getByRole('combobox', { name: 'Team' });
  await team.waitFor(wait);

  // Contoso, the first team under All teams: its sub-team's key result comes with its own.
  await team.focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('option', { name: 'Contoso EMEA' }).waitFor(wait);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await panel
    .getByRole('combobox', { name: 'Team' })
    .filter({ hasText: /^Contoso$/ })
    .waitFor(wait);
  await panel.getByRole('checkbox', { name: emeaKeyResult }).waitFor(wait);
  await panel.getByRole('checkbox', { name: first.title }).waitFor(wait);

  // Contoso EMEA, under it, and Adele, first of the owners, who owns none of its key results.
  await team.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await panel
    .getByRole('combobox', { name: 'Team' })
    .filter({ hasText: 'Contoso EMEA' })
    .waitFor(wait);
  const owner = panel.getByRole('combobox', { name: 'Owner' });
  await owner.focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('option', { name: adeleName }).waitFor(wait);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const empty = panel.getByRole('region', { name: 'No key results in this filter' });
  await empty.waitFor(wait);
  // Said once: the list under the dropdowns adds no line of its own.
  expect(
    await panel.getByRole('region', { name: 'Key results to review' }).textContent(),
  ).not.toMatch(/No key result/);
  // The icon sized for the panel's 320 px column, not a page's 48 px.
  const icon = await empty
    .locator('svg')
    .first()
    .evaluate((svg) => svg.getBoundingClientRect().height);
  expect(icon).toBe(32);

  // Back from the owner's dropdown to Clear filters, which hands the keyboard to the prompts.
  const clear = panel.getByRole('button', { name: 'Clear filters' });
  const focused = (locator: typeof clear) =>
    locator.evaluate((element) => element === element.ownerDocument.activeElement);
  for (let step = 0; step < 5 && !(await focused(clear)); step++) {
    await page.keyboard.press('Shift+Tab');
  }
  expect(await focused(clear)).toBe(true);
  await page.keyboard.press('Enter');
  await panel.locator('h2:focus', { hasText: 'Weekly check-in prompts' }).waitFor(wait);
  await empty.waitFor({ ...wait, state: 'detached' });
});
