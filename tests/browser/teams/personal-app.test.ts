import type { Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { signInOutsideHosts } from '../support/sign-in';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { appFrame, teamsStackPerFile, type TeamsStack } from './support';

/**
 * The personal app's two static tabs, as the manifest declares them and the simulator shows them
 * across the app's top: "My OKRs" (what the user owns) and "All OKRs" (every team's board).
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

const megan = demoUsers.meganBowen;

describe('the personal app', () => {
  it('shows every team’s objectives in its All OKRs tab, and only the user’s own in My OKRs', async () => {
    const { cycle, sales, objective } = stack.fixture;
    const salesObjective = await stack.repository.createObjective({
      cycleId: cycle.id,
      teamId: sales.id,
      title: 'Win the mid-market in the Nordics',
      description: '',
      commitment: 'aspirational',
      state: 'active',
      owner: { id: megan.id, displayName: megan.displayName },
    });

    await openSimulator(page, stack.server.url, { context: 'personal' });
    await waitUntilReady(page, 'p1-content');
    const tabs = page.getByRole('navigation', { name: 'Personal app tabs' });
    await expect(tabs.locator('[aria-current="page"]').textContent()).resolves.toBe('My OKRs');
    let tab = await appFrame(page, 'p1-content');
    await tab.getByRole('heading', { name: 'My OKRs', level: 1 }).waitFor();
    await tab.getByRole('article', { name: objective.title }).waitFor();
    await expect(tab.getByRole('article', { name: salesObjective.title }).count()).resolves.toBe(0);
    // One's own OKRs are edited where one sees them, as in Viva Goals: not only on a team's board.
    await tab.getByRole('button', { name: `Edit ${objective.title}` }).click();
    await tab.getByRole('dialog', { name: 'Edit the objective' }).waitFor();
    await tab.getByRole('button', { name: 'Cancel' }).click();
    await tab.getByRole('button', { name: 'New objective' }).waitFor();

    await Promise.all([
      page.waitForURL(/staticTab=/),
      tabs.getByRole('link', { name: 'All OKRs' }).click(),
    ]);
    await waitUntilReady(page, 'p1-content');
    await expect(tabs.locator('[aria-current="page"]').textContent()).resolves.toBe('All OKRs');
    tab = await appFrame(page, 'p1-content');
    await tab.getByRole('heading', { name: 'All OKRs', level: 1 }).waitFor();
    await tab.getByRole('article', { name: objective.title }).waitFor();
    await tab.getByRole('article', { name: salesObjective.title }).waitFor();
    await tab.getByRole('heading', { name: /^Sales/ }).waitFor();
    // Teams gives the tab the manifest's entity id, which carries its settings.
    expect(await tab.evaluate(() => window.location.search)).toBe('?teams=&cycle=current');
    await tab.getByRole('tab', { name: 'Alignment' }).click();
    await tab.getByRole('tree', { name: 'Alignment of objectives across teams' }).waitFor();
  });

  it('opens All OKRs from the empty My OKRs of someone who owns none, through Teams', async () => {
    const diego = demoUsers.diegoSiciliani;
    await openSimulator(page, stack.server.url, { context: 'personal', user: diego.id });
    await waitUntilReady(page, 'p1-content');
    let tab = await appFrame(page, 'p1-content');
    await tab.getByRole('heading', { name: 'You own no OKRs in this cycle' }).waitFor();
    await Promise.all([
      page.waitForURL(/staticTab=/),
      tab.getByRole('button', { name: 'Open All OKRs' }).click(),
    ]);
    await waitUntilReady(page, 'p1-content');
    const tabs = page.getByRole('navigation', { name: 'Personal app tabs' });
    await expect(tabs.locator('[aria-current="page"]').textContent()).resolves.toBe('All OKRs');
    tab = await appFrame(page, 'p1-content');
    await tab.getByRole('heading', { name: 'All OKRs', level: 1 }).waitFor();
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  });

  it('links an empty My OKRs outside Teams to the page of the All OKRs tab', async () => {
    const diego = demoUsers.diegoSiciliani;
    await signInOutsideHosts(page, stack.server.url, diego);
    await page.goto(`${stack.server.url}teams/tab.html?view=my-okrs&user=${diego.id}`);
    await page.getByRole('heading', { name: 'You own no OKRs in this cycle' }).waitFor();
    await page.getByText('Every team’s OKRs are on the All OKRs board.').waitFor();
    // A link, as a browser's page takes one (opened in a new tab, copied), by the keyboard too.
    const link = page.getByRole('link', { name: 'Open All OKRs' });
    await link.focus();
    await Promise.all([page.waitForURL(/cycle=current/), page.keyboard.press('Enter')]);
    const query = new URL(page.url()).searchParams;
    expect([query.get('teams'), query.get('cycle'), query.get('user')]).toEqual([
      '',
      'current',
      diego.id,
    ]);
    await page.getByRole('heading', { name: 'All OKRs', level: 1 }).waitFor();
    await page.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  });
});
