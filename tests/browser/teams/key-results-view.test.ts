import type { Frame, Page } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  narrowFrame,
  saveChannelTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * The "Key results" view through the Teams host simulator against the Graph emulator: a link to
 * the view sorted by progress (`view=list&sort=progress`) opens every team's KRs in one list, the
 * worst first whichever team it is on; its header turns the order round; in a 320 px side panel
 * each row still shows its progress and its Check in, with nothing cut off.
 */
jest.setTimeout(180_000);

const wait = { timeout: 60_000 };
let stack: TeamsStack;
let page: Page;
/** 5 % on the Sales team, and 90 % on the company's. */
let worst: KeyResult;
let best: KeyResult;

teamsStackPerFile(
  (started) => {
    stack = started;
  },
  (opened) => (page = opened),
);

beforeAll(async () => {
  const { cycle, sales, objective } = stack.fixture;
  const owner = { id: adele.id, displayName: adele.displayName };
  const salesObjective = await stack.repository.createObjective({
    cycleId: cycle.id,
    teamId: sales.id,
    title: 'Sales closes bigger deals',
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  const measure = { kind: 'increase', start: 0, target: 100, unit: '%', weight: 1, owner } as const;
  worst = await stack.repository.createKeyResult({
    ...measure,
    objectiveId: salesObjective.id,
    title: 'Lift the average deal size from 0 to 100%',
    current: 5,
  });
  best = await stack.repository.createKeyResult({
    ...measure,
    objectiveId: objective.id,
    title: 'Onboard 100 pilot customers',
    current: 90,
  });
}, 60_000);

/**
 * A channel tab of the company and Sales, opened from a link to its list by progress (Teams
 * passes the link's `subEntityId` to the tab).
 */
async function openLinkedList(): Promise<Frame> {
  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  await waitUntilReady(page, 'p1-settings');
  const config = await appFrame(page, 'p1-settings');
  await config
    .getByRole('checkbox', { name: 'Contoso OKRs', exact: true, checked: true })
    .waitFor(wait);
  await config.getByRole('checkbox', { name: 'Sales', exact: true }).check();
  await saveChannelTab(page);
  await openSimulator(page, stack.server.url, {
    context: 'channel',
    user: adele.id,
    sub: 'view:view=list&sort=progress',
  });
  await waitUntilReady(page, 'p1-content');
  return appFrame(page, 'p1-content');
}

/** The KR titles of the list's first rows, top to bottom. */
async function firstTitles(tab: Frame, count: number): Promise<string[]> {
  const table = tab.getByRole('table', { name: 'Key results' });
  await table.getByRole('row').nth(count).waitFor(wait);
  return table
    .locator('[role="row"][data-kr-id]')
    .evaluateAll(
      (rows, n) =>
        rows.slice(0, n).map((row) => row.querySelector('[role="cell"] > span')?.textContent ?? ''),
      count,
    );
}

it('opens a link to the list by progress with the worst key results first, across teams', async () => {
  const tab = await openLinkedList();
  await tab.getByRole('tab', { name: 'Key results', selected: true }).waitFor(wait);
  const progress = tab.getByRole('columnheader', { name: 'Progress' });
  await progress.and(tab.locator('[aria-sort="ascending"]')).waitFor(wait);
  // 5 % on Sales; then the company's 25 % and 37 %.
  expect(await firstTitles(tab, 3)).toEqual([
    worst.title,
    expect.stringContaining('Raise NPS from 30 to 50'),
    stack.fixture.keyResult.title,
  ]);
  await tab.getByRole('button', { name: 'Sort: Progress, lowest first' }).waitFor();

  // Its header turns the order round: the best first, said to a screen reader.
  await progress.getByRole('button').click();
  await progress.and(tab.locator('[aria-sort="descending"]')).waitFor(wait);
  expect((await firstTitles(tab, 1))[0]).toBe(best.title);
  await tab.getByText('Sorted by Progress, highest first. 4 key results.').waitFor({
    state: 'attached',
  });
});

it('keeps each row usable in a 320 px side panel: progress, status and Check in, nothing cut off', async () => {
  const tab = await openLinkedList();
  await narrowFrame(page, 'p1-content', 320, 760);
  const row = tab.locator(`[role="row"][data-kr-id="${worst.id}"]`);
  await row.waitFor(wait);
  const checkIn = row.getByRole('button', { name: `Check in on ${worst.title}` });
  await checkIn.waitFor(wait);
  const fits = await row.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside = [...element.querySelectorAll('button, [role="progressbar"]')].every((part) => {
      const own = part.getBoundingClientRect();
      return own.left >= box.left && own.right <= box.right;
    });
    return { inside, noScroll: document.documentElement.scrollWidth <= innerWidth };
  });
  expect(fits).toEqual({ inside: true, noScroll: true });
  // Every view is still there to choose: its tab in the row, or an entry of the row's menu.
  const views = ['Board', 'Key results', 'Alignment'];
  const choosable = [];
  for (const name of views) {
    if (await tab.getByRole('tab', { name, exact: true }).isVisible()) choosable.push(name);
  }
  const more = tab.getByRole('tab', { name: /more views?$/ });
  if (await more.isVisible()) {
    await more.click();
    choosable.push(...(await tab.getByRole('menuitem').allTextContents()));
  }
  expect(choosable).toEqual(expect.arrayContaining(views));
});
