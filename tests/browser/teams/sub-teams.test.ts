import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Cycle, Team } from '../../../src/core/model';
import { openSimulator, simulatorCard, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  isoDate,
  narrowFrame,
  noViolationsInAnyTheme,
  saveChannelTab,
  seriousAxeViolationsInEveryTheme,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * A programme's channel tab in Chromium, through the Teams simulator and the Graph emulator: set
 * for the parent team on a cycle where only its sub-teams have objectives, it names them and shows
 * them in one click (no serious axe violation in any theme, nor in a narrow tab), as the team tree
 * reads (Marketing, made after Sales, is listed after it by SharePoint), and shows them again when
 * the tab is opened again. With `OKR_SCREENSHOTS` set, it keeps what it saw under
 * docs/screenshots.
 */
jest.setTimeout(300_000);

let stack: TeamsStack;
let page: Page;
let planning: Cycle;
let marketing: Team;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

beforeAll(async () => {
  const { repository, fixture } = stack;
  const owner = { id: adele.id, displayName: adele.displayName };
  planning = await repository.createCycle({
    name: 'Next quarter',
    start: isoDate(61),
    end: isoDate(150),
    state: 'planning',
  });
  marketing = await repository.createTeam({
    name: 'Marketing',
    parentTeamId: fixture.company.id,
  });
  for (const [teamId, title] of [
    [fixture.sales.id, 'Win the three largest accounts in the north'],
    [fixture.sales.id, 'Shorten the sales cycle'],
    [marketing.id, 'Launch the partner programme'],
  ] as const) {
    await repository.createObjective({
      cycleId: planning.id,
      teamId,
      title,
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
    });
  }
}, 120_000);

/** The tab as Teams shows it (its card in the simulator). */
async function screenshot(name: string) {
  if (!process.env.OKR_SCREENSHOTS) return;
  const dir = join(__dirname, '../../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await simulatorCard(page, 'p1-content').screenshot({ path: join(dir, `${name}.png`) });
}

async function openTab(): Promise<Frame> {
  await waitUntilReady(page, 'p1-content');
  return appFrame(page, 'p1-content');
}

it('names the sub-teams holding objectives, shows them in one click, and again next time', async () => {
  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  await waitUntilReady(page, 'p1-settings');
  const config = await appFrame(page, 'p1-settings');
  await config
    .getByRole('checkbox', { name: 'Contoso OKRs', exact: true, checked: true })
    .waitFor();
  await config.getByRole('radio', { name: /^Next quarter · / }).check();
  await saveChannelTab(page);
  let tab = await openTab();

  const empty = tab.getByRole('heading', {
    name: 'Contoso OKRs has no objectives in Next quarter',
  });
  await empty.waitFor({ timeout: 120_000 });
  await tab
    .getByText(
      'The teams under Contoso OKRs have 3 objectives in Next quarter: Marketing (1) and Sales (2).',
    )
    .waitFor();
  expect(
    await seriousAxeViolationsInEveryTheme(page, tab, (theme) =>
      screenshot(`parent-team-empty-board-${theme}`),
    ),
  ).toEqual(noViolationsInAnyTheme);

  await tab.getByRole('button', { name: 'Show the teams under Contoso OKRs' }).click();
  await tab.getByText('Win the three largest accounts in the north').waitFor({ timeout: 120_000 });
  await tab.getByRole('heading', { name: /^Marketing/ }).waitFor();
  await tab
    .getByText('Showing Contoso OKRs with the teams under it: Marketing and Sales.')
    .waitFor();
  const headings = await tab.getByRole('heading').allTextContents();
  expect(headings.filter((text) => /^(Marketing|Sales)/.test(text))).toEqual([
    expect.stringMatching(/^Marketing/),
    expect.stringMatching(/^Sales/),
  ]);

  // Opened again (the next planning meeting), the tab shows them without being asked.
  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  tab = await openTab();
  await tab.getByText('Launch the partner programme').waitFor({ timeout: 120_000 });
  await narrowFrame(page, 'p1-content', 360, 640);
  const only = tab.getByRole('button', { name: 'Only Contoso OKRs' });
  await only.waitFor();
  await screenshot('parent-team-board-shown-narrow');
  await only.click();
  await tab
    .getByRole('heading', { name: 'Contoso OKRs has no objectives in Next quarter' })
    .waitFor({ timeout: 120_000 });
  expect(await tab.getByText('Launch the partner programme').count()).toBe(0);
});
