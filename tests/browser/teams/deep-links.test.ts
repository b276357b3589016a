import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import type { KeyResult, Objective } from '../../../src/core/model';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { freshPagePerTest } from '../support/browser';
import { signInOutsideHosts } from '../support/sign-in';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, configureChannelTab, startTeamsStack, type TeamsStack } from './support';

/**
 * Deep links through the Teams host simulator (real teams-js, `page.subPageId`) against the
 * Graph emulator: a board opens at the linked KR however far down the virtualised board it is
 * (in view, highlighted, focused, its history open), "Copy link" copies a link that lands there,
 * a KR on another team's board is shown on that board with a way back, and a dead link says so.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let context: BrowserContext;
let page: Page;
/** The last of many objectives, so its KR is far below the first screen. */
let far: { objective: Objective; keyResult: KeyResult };
/** On the Sales team's board, owned by someone else. */
let elsewhere: { objective: Objective; keyResult: KeyResult };

const owner = { id: adele.id, displayName: adele.displayName };

async function createObjectiveWithKeyResult(
  teamId: string,
  title: string,
  krTitle: string,
  person = owner,
) {
  const objective = await stack.repository.createObjective({
    cycleId: stack.fixture.cycle.id,
    teamId,
    title,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner: person,
  });
  const keyResult = await stack.repository.createKeyResult({
    objectiveId: objective.id,
    title: krTitle,
    kind: 'increase',
    start: 0,
    target: 100,
    current: 40,
    unit: '%',
    weight: 1,
    owner: person,
  });
  return { objective, keyResult };
}

beforeAll(async () => {
  stack = await startTeamsStack();
  const { company, sales } = stack.fixture;
  for (let index = 1; index <= 24; index += 1) {
    await createObjectiveWithKeyResult(
      company.id,
      `Filler objective ${index}`,
      `Raise filler metric ${index} from 0 to 100%`,
    );
  }
  far = await createObjectiveWithKeyResult(
    company.id,
    'Partners sell the product on their own',
    'Grow partner-sourced deals from 0 to 100%',
  );
  const alex = demoUsers.alexWilber;
  elsewhere = await createObjectiveWithKeyResult(
    sales.id,
    'Sales closes bigger deals',
    'Lift the average deal size from 0 to 100%',
    { id: alex.id, displayName: alex.displayName },
  );
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage, newContext) => {
    context = newContext;
    page = newPage;
  },
);

function keyResultRow(tab: Frame, keyResult: KeyResult): Locator {
  return tab.locator(`li[data-kr-id="${keyResult.id}"]`);
}

/** Resolves once the element has focus; rejects, naming what has it, after five seconds. */
async function waitForFocus(element: Locator): Promise<void> {
  await element.evaluate(
    (target) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (target === target.ownerDocument.activeElement) resolve();
          else if (Date.now() - started > 5000)
            reject(new Error(`Focus is on ${document.activeElement?.outerHTML.slice(0, 120)}`));
          else setTimeout(check, 50);
        };
        check();
      }),
  );
}

/**
 * In the board's viewport, has focus, and is marked as the linked item; returns how far the
 * board scrolled to show it.
 */
async function expectLandedOn(tab: Frame, row: Locator): Promise<number> {
  await waitForFocus(row);
  const where = await row.evaluate((element) => {
    const scroller = element.closest('[role="region"]')!;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return {
      inView: box.top >= view.top && box.bottom <= view.bottom,
      scrolled: scroller.scrollTop,
      focused: document.activeElement === element,
      current: element.getAttribute('aria-current'),
    };
  });
  expect(where).toEqual({
    inView: true,
    scrolled: expect.any(Number),
    focused: true,
    current: 'true',
  });
  await tab.getByRole('status').filter({ hasText: 'Opened from a link' }).waitFor();
  return where.scrolled;
}

/** The link opened the KR's history; closing it (Escape) hands focus back to the KR's row. */
async function closeHistory(tab: Frame, keyResult: KeyResult): Promise<void> {
  const history = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
  await history.waitFor();
  await page.keyboard.press('Escape');
  await tab.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('a deep link to a key result', () => {
  it('opens My OKRs scrolled to the KR, highlighted and focused, with its history', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: `kr:${far.keyResult.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, far.keyResult);
    // 24 objectives come before it: the board scrolled a long way down to show it.
    expect(await expectLandedOn(tab, keyResultRow(tab, far.keyResult))).toBeGreaterThan(2000);
  });

  it('is what Copy link copies, and opening that link lands on the KR', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    let tab = await appFrame(page, 'p1-content');
    const { keyResult } = stack.fixture;
    await tab.getByRole('button', { name: `Copy a link to ${keyResult.title}` }).click();
    // The toast, and the toaster's own live announcement of it.
    await tab.getByText(`Link to the key result “${keyResult.title}” copied`).first().waitFor();
    const link = await tab.evaluate(() => navigator.clipboard.readText());

    // A Teams deep link to this app's tab, carrying the KR as its subEntityId (Teams docs).
    const url = new URL(link);
    expect(`${url.origin}${url.pathname.split('/').slice(0, 3).join('/')}`).toBe(
      'https://teams.microsoft.com/l/entity',
    );
    const { subEntityId } = JSON.parse(url.searchParams.get('context') ?? '{}') as {
      subEntityId?: string;
    };
    expect(subEntityId).toBe(`kr:${keyResult.id}`);

    // Teams opens the tab with the link's subEntityId as page.subPageId.
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: subEntityId!,
    });
    await waitUntilReady(page, 'p1-content');
    tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, keyResult);
    await expectLandedOn(tab, keyResultRow(tab, keyResult));

    // Outside Teams, the link's webUrl opens the same board in a plain browser tab.
    const webUrl = new URL(url.searchParams.get('webUrl')!);
    webUrl.searchParams.set('user', adele.id);
    const browserTab = await context.newPage();
    await signInOutsideHosts(browserTab, stack.server.url, adele);
    await browserTab.goto(webUrl.href);
    const history = browserTab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    await history.waitFor();
    await browserTab.keyboard.press('Escape');
    await waitForFocus(browserTab.locator(`li[data-kr-id="${keyResult.id}"]`));
  });

  it('on another team’s board shows that board, with a way back to the tab’s own', async () => {
    await configureChannelTab(page, stack.server.url);
    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      sub: `kr:${elsewhere.keyResult.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, elsewhere.keyResult);
    const row = keyResultRow(tab, elsewhere.keyResult);
    await waitForFocus(row);
    await tab.getByText(/is on the board of Sales, This quarter/).waitFor();

    await tab.getByRole('button', { name: 'Back to this tab’s board' }).click();
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
    expect(await row.count()).toBe(0);
  });

  it('that leads nowhere says so, and the board still shows', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: 'kr:987654',
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByText('The link leads nowhere').waitFor();
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  });
});

describe('the virtualised board', () => {
  it('renders the rows scrolled into view, down to the last and back', async () => {
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    const first = tab.getByRole('article', { name: 'Filler objective 1', exact: true });
    await first.waitFor({ timeout: 60_000 });
    const farRow = keyResultRow(tab, far.keyResult);
    expect(await farRow.count()).toBe(0); // 24 objectives further down: not rendered yet
    const board = tab.locator('div[role="region"]').filter({ has: first });
    // Down a step per frame, as a reader scrolls, until the far objective's KR is rendered.
    await board.evaluate(async (scroller) => {
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
        scroller.scrollTop += 300;
        await new Promise(requestAnimationFrame);
      }
    });
    await farRow.waitFor({ timeout: 60_000 });
    expect(await first.count()).toBe(0);
    await tab.locator('div[role="region"]').evaluate((scroller) => (scroller.scrollTop = 0));
    await first.waitFor({ timeout: 60_000 });
    await farRow.waitFor({ state: 'detached', timeout: 60_000 });
  });
});
