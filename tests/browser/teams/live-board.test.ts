import { readFileSync } from 'node:fs';
import type { Frame, Page, Request } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import { openSimulator, simulatorCard, waitUntilReady } from '../support/teams-simulator';
import { waitForFocus } from '../support/keyboard';
import {
  adele,
  appFrame,
  configureChannelTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * Through the Teams simulator (real teams-js) against the Graph emulator: the configuration page
 * by label and by keyboard; an open board shows a check-in made from Excel within seconds, with
 * no reload and without reading the board again (it comes through list-item delta), and reads
 * it again in full only when SharePoint no longer has the changes (410); and setting a status
 * after that check-in is no conflict.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;
const owner = { id: adele.id, displayName: adele.displayName };

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function newKeyResult(title: string): Promise<KeyResult> {
  return stack.repository.createKeyResult({
    objectiveId: stack.fixture.objective.id,
    title,
    kind: 'increase',
    start: 0,
    target: 100,
    current: 20,
    unit: 'pilots',
    weight: 1,
    confidence: 6,
    owner,
  });
}

async function checkInFromExcel(keyResult: KeyResult, value: number): Promise<void> {
  const report = await stack.repository.saveCheckIns([
    {
      clientId: `excel-${keyResult.id}-${value}`,
      keyResultId: keyResult.id,
      value,
      confidence: 8,
      note: 'From the sheet',
      author: owner,
      at: new Date().toISOString(),
      source: 'excel',
      keyResultVersion: keyResult.version!,
    },
  ]);
  expect(report.saved).toHaveLength(1);
}

/** The inner requests of every Graph `$batch` the page sends, in order. */
function recordBatches(): string[][] {
  const batches: string[][] = [];
  page.on('request', (request) => {
    if (isBatch(request)) batches.push(innerUrls(request));
  });
  return batches;
}

function isBatch(request: Request): boolean {
  return request.method() === 'POST' && request.url().endsWith('/v1.0/$batch');
}

function innerUrls(request: Request): string[] {
  return (request.postDataJSON() as { requests: { url: string }[] }).requests.map((r) => r.url);
}

/** The live board's refresh: list-item delta from the token it holds, nothing else. */
function isDeltaRefresh(urls: readonly string[]): boolean {
  return (
    urls.length > 0 &&
    urls.every((url) => url.includes('/items/delta?') && !/token=latest/.test(url))
  );
}

/** A read of a list's items (the board, its history), not a delta. */
function readsItems(url: string): boolean {
  return /\/items(\?|$)/.test(url);
}

/**
 * The person clicks in Teams outside the tab, then back on the board: the tab's window gets the
 * focus back, and the board asks at once what changed meanwhile.
 */
async function returnToTab(tab: Frame): Promise<void> {
  await page.getByRole('heading', { name: 'Teams host simulator' }).click();
  await tab.getByRole('heading', { name: 'OKR board', level: 1 }).click();
}

/**
 * The board's next delta refresh, brought on by returning to the tab. A focus that comes while a
 * refresh is still under way asks nothing; the interval's refresh then comes instead.
 */
async function refreshOnReturn(tab: Frame): Promise<Request> {
  const refreshed = page.waitForRequest(
    (request) => isBatch(request) && isDeltaRefresh(innerUrls(request)),
    { timeout: 60_000 },
  );
  await returnToTab(tab);
  return refreshed;
}

async function openBoard(): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  return tab;
}

describe('the configuration page', () => {
  it('ticks the team whose name is clicked, and works by keyboard', async () => {
    await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
    await waitUntilReady(page, 'p1-settings');
    const config = await appFrame(page, 'p1-settings');
    const company = config.getByRole('checkbox', { name: 'Contoso OKRs', exact: true });
    const sales = config.getByRole('checkbox', { name: 'Sales' });
    // The channel's team is ticked a render after the teams show (an effect suggests it).
    await config
      .getByRole('checkbox', { name: 'Contoso OKRs', exact: true, checked: true })
      .waitFor();
    expect(await sales.isChecked()).toBe(false);
    const ids = await config
      .locator('input[type="checkbox"]')
      .evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(new Set(ids).size).toBe(ids.length);

    await config.getByText('Sales', { exact: true }).click();
    expect(await sales.isChecked()).toBe(true);
    expect(await company.isChecked()).toBe(true);

    await sales.focus();
    await page.keyboard.press('Space');
    expect(await sales.isChecked()).toBe(false);
    // Back past the chosen team's offer to include the teams under it.
    await page.keyboard.press('Shift+Tab');
    await waitForFocus(config.getByRole('checkbox', { name: /^Include the teams under/ }));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await company.isChecked()).toBe(false);
    await config.getByText(/Choose at least one team/).waitFor();
    // The page tells the host it is invalid by a message, so the host's Save turns off a moment later.
    await simulatorCard(page, 'p1-settings').locator('button.save:disabled').waitFor();
  });
});

describe('a live board', () => {
  it('shows a check-in made from Excel within seconds, without a reload', async () => {
    const keyResult = await newKeyResult('Run 100 pilots with partners');
    const batches = recordBatches();
    const tab = await openBoard();
    const row = tab.locator(`li[data-kr-id="${keyResult.id}"]`);
    await row.getByText('20 / 100 pilots').waitFor();
    const shown = batches.length;
    await tab.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));

    // A quiet board's refresh is one delta request, answered: its token was not refused. Nothing
    // but the interval asks for this one (the tab never had the focus).
    const quiet = await page.waitForRequest(
      (request) => isBatch(request) && isDeltaRefresh(innerUrls(request)),
      { timeout: 60_000 },
    );
    expect((await quiet.response())?.status()).toBe(200);

    await checkInFromExcel(keyResult, 45);
    await returnToTab(tab);
    await row.getByText('45 / 100 pilots').waitFor({ timeout: 60_000 });
    expect(await tab.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    // Everything since the board showed came through delta: the board was never read again.
    const since = batches.slice(shown);
    expect(since.flat().filter(readsItems)).toEqual([]);
    expect(since.filter(isDeltaRefresh).length).toBeGreaterThanOrEqual(2);
  });

  it('sets a status after a check-in made elsewhere with no false conflict', async () => {
    const keyResult = await newKeyResult('Sign 100 partner agreements');
    const tab = await openBoard();
    await tab.locator(`li[data-kr-id="${keyResult.id}"]`).waitFor();
    await checkInFromExcel(keyResult, 30);

    await tab.getByRole('button', { name: `Set the status of ${keyResult.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `Set the status: ${keyResult.title}` });
    await dialog.getByRole('textbox', { name: /Why/ }).fill('Legal review is slow');
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await tab.getByRole('alertdialog').count()).toBe(0);
    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.keyResults.find((kr) => kr.id === keyResult.id)).toMatchObject({
      current: 30,
      statusOverride: { reason: 'Legal review is slow' },
    });
  });

  it('reads the board again in full when SharePoint no longer has its changes (410), then goes on with delta', async () => {
    const keyResult = await newKeyResult('Open 100 partner stores');
    const batches = recordBatches();
    const tab = await openBoard();
    const row = tab.locator(`li[data-kr-id="${keyResult.id}"]`);
    await row.getByText('20 / 100 pilots').waitFor();
    await (await refreshOnReturn(tab)).response();
    const shown = batches.length;

    await stack.emulator.expireDeltaTokens();
    await checkInFromExcel(keyResult, 60);
    await returnToTab(tab);
    await row.getByText('60 / 100 pilots').waitFor({ timeout: 60_000 });
    expect(batches.slice(shown).flat().some(readsItems)).toBe(true);
    // With the token read alongside, the next refresh asks for changes again, and gets them.
    expect((await (await refreshOnReturn(tab)).response())?.status()).toBe(200);
  });
});

describe('exporting the board', () => {
  it('downloads the board as CSV in which no title runs as a formula', async () => {
    const objective = await stack.repository.createObjective({
      cycleId: stack.fixture.cycle.id,
      teamId: stack.fixture.company.id,
      title: '=HYPERLINK("https://evil.example","Click")',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
    });
    await stack.repository.createKeyResult({
      objectiveId: objective.id,
      title: '@SUM(1+1) partners',
      kind: 'increase',
      start: 0,
      target: 10,
      current: 4,
      unit: 'partners',
      weight: 1,
      owner,
    });
    const tab = await openBoard();
    await tab.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      tab.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain(
      '"\'=HYPERLINK(""https://evil.example"",""Click"")","\'@SUM(1+1) partners"',
    );
    expect(csv).toContain(',0,10,4,"partners",40,');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^"Team","Objective","Key result","Kind"/);
    for (const line of lines) expect(line).not.toMatch(/(^|,)"?[=+@]/);
  });
});
