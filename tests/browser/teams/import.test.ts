import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import {
  demoOkrSite,
  demoUsers,
  startGraphEmulator,
  type GraphEmulator,
} from '../../../src/dev/graph-emulator';
import { localStackEnv } from '../../../src/dev/stack-env';
import { GraphOkrRepository } from '../../../src/store/graph/graph-repository';
import { provision } from '../../../src/store/provisioning';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';
import { framedApp, openSimulator, simulatorCard } from '../support/teams-simulator';
import {
  appFrame,
  noViolationsInAnyTheme,
  openProgrammeSection,
  seriousAxeViolations,
  seriousAxeViolationsInEveryTheme,
} from './support';

/**
 * Moving in from Viva Goals through the Teams simulator (real teams-js) against the Graph
 * emulator: an admin drops an organisation export on the Import page, sees the dry run, runs the
 * import with a progress bar, and the board shows the imported cycle with its history chart.
 */
jest.setTimeout(180_000);

const adele = demoUsers.adeleVance;
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const krTitle = 'Customers live on the new plan from 10 to 50';
const rolledUpTitle = 'Every team on the new plan';

/** A small Viva Goals organisation export whose quarter is the current one, owned by Adele. */
async function exportZip(): Promise<Buffer> {
  const owner = { ID: 1, Name: adele.displayName, Email: adele.mail };
  const period = { ID: 77, Name: 'Imported quarter' };
  const files: Record<string, unknown[]> = {
    TimePeriods: [
      {
        ID: 77,
        'Time Period Name': 'Imported quarter',
        'Start Date': day(-42),
        'End Date': day(49),
      },
    ],
    Teams: [{ ID: 5, 'Team Name': 'Imported team', 'Parent Team': null }],
    objectives: [
      {
        ID: 100,
        Title: 'Move every customer to the new plan',
        Type: 'Big rock',
        Owner: [owner],
        Teams: [{ ID: 5, Name: 'Imported team' }],
        'Time Period': period,
        'Goal Type': 'Committed',
        Alignment: null,
      },
      {
        ID: 101,
        Title: krTitle,
        Type: 'Kpi',
        Owner: [owner],
        Teams: [{ ID: 5, Name: 'Imported team' }],
        'Time Period': period,
        Alignment: [{ ID: 100, Title: 'Move every customer to the new plan', Weight: '100.0%' }],
        Outcome: {
          'Outcome Type': 'Metric',
          'Metric Name': 'customers',
          'Metric Unit': 'Number',
          Start: 10,
          Target: 50,
          'Target Type': 'Increase From',
        },
        Children: [
          {
            ID: 9,
            'Task Name': 'Migration guide',
            'Task Status': 'Completed',
            'Task Date': day(-20),
            'Task Owner': owner,
          },
        ],
      },
      // A KR whose progress came from its children ("Update from Children"): the team
      // objective aligned to it, which has a KR of its own.
      {
        ID: 102,
        Title: rolledUpTitle,
        Type: 'Kpi',
        Owner: [owner],
        Teams: [{ ID: 5, Name: 'Imported team' }],
        'Time Period': period,
        Alignment: [{ ID: 100, Title: 'Move every customer to the new plan', Weight: '50.0%' }],
        'Progress and Status Configuration': { Progress: 'Update from Children' },
        Outcome: { 'Outcome Type': 'Percentage', Start: 0, Target: 100 },
      },
      {
        ID: 103,
        Title: 'Support moves every team',
        Type: 'Big rock',
        Owner: [owner],
        Teams: [{ ID: 5, Name: 'Imported team' }],
        'Time Period': period,
        Alignment: [{ ID: 102, Title: rolledUpTitle, Weight: '100.0%' }],
      },
      {
        ID: 104,
        Title: 'Teams moved by support from 0 to 8',
        Type: 'Kpi',
        Owner: [owner],
        Teams: [{ ID: 5, Name: 'Imported team' }],
        'Time Period': period,
        Alignment: [{ ID: 103, Title: 'Support moves every team', Weight: '100.0%' }],
        Outcome: {
          'Outcome Type': 'Metric',
          'Metric Name': 'teams',
          'Metric Unit': 'Number',
          Start: 0,
          Target: 8,
          'Target Type': 'Reach',
        },
      },
    ],
    checkins: [
      ...[14, 21, 28, 35].map((value, index) => ({
        ID: 500 + index,
        'OKR ID': 101,
        'CheckIn Date': `${day(-35 + index * 7)} 09:00:00`,
        'Check In Owner': owner,
        'Check In Note': {
          'Check In Note': null,
          'Check In Note HTML': `<p>Week ${index + 1}: <b>${value}</b> live</p>`,
        },
        Status: ['Behind', 'At Risk', 'On Track', 'On Track'][index],
        'Current Value': value,
      })),
      {
        ID: 600,
        'OKR ID': 104,
        'CheckIn Date': `${day(-7)} 09:00:00`,
        'Check In Owner': owner,
        'Check In Note': { 'Check In Note': 'Half the teams moved', 'Check In Note HTML': null },
        'Current Value': 4,
      },
    ],
    comments: [],
  };
  const zip = new JSZip();
  for (const [kind, records] of Object.entries(files)) {
    zip.file(
      `${kind}_export_file_Contoso_1_Organization_Contoso_20251201T000000.json`,
      JSON.stringify(records),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Runs the history dialog's waits; when one times out, the error also says what the page's
 * dialogs show (and whether one is hidden from assistive technology), what the store holds for
 * the KR, and what the page's cache (IndexedDB) holds, so a failure names which of them was behind.
 */
async function explainingHistory(cycleId: string, waits: () => Promise<void>): Promise<void> {
  try {
    await waits();
  } catch (error) {
    const frame = await appFrame(page, 'p1-content');
    const shown = await frame
      .evaluate(describeDialogs)
      .catch((reason: unknown) => `(unreadable: ${String(reason)})`);
    const board = await repository.loadBoard({ cycleId });
    const keyResult = board.keyResults.find((kr) => kr.title === krTitle);
    const stored = (await repository.cycleCheckInHistory(cycleId)).get(keyResult?.id ?? '') ?? [];
    const cached = await frame
      .evaluate(readCachedHistories)
      .catch((reason: unknown) => `(unreadable: ${String(reason)})`);
    throw new Error(
      [
        error instanceof Error ? error.message : String(error),
        `The page's dialogs:\n${shown}`,
        `The store holds for the KR (${keyResult?.id ?? 'not on the board'}): ${stored.map((c) => `${c.at} ${c.value}`).join(', ') || 'nothing'}`,
        `The page's cache holds: ${cached}`,
      ].join('\n\n'),
      { cause: error },
    );
  }
}

/**
 * In the app's frame: every dialog, its name, its text, and what hides it from assistive
 * technology if anything does (an `aria-hidden` ancestor or itself: tests find by role).
 */
function describeDialogs(): string {
  const dialogs = [
    ...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]'),
  ];
  const described = dialogs.map((dialog) => {
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const name =
      dialog.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : undefined) ??
      '(no name)';
    const hider = dialog.closest('[aria-hidden="true"], [hidden], [inert]');
    const hiddenBy = hider
      ? ` (hidden from assistive technology by ${hider === dialog ? 'itself' : `<${hider.tagName.toLowerCase()} class="${hider.className}">`}, focus is on ${document.activeElement?.tagName.toLowerCase()} "${document.activeElement?.getAttribute('aria-label') ?? ''}")`
      : '';
    return `- "${name}"${hiddenBy}: ${dialog.innerText.replace(/\s+/g, ' ').slice(0, 800)}`;
  });
  return (
    described.join('\n') ||
    `no dialog; the page shows: ${document.body.innerText.replace(/\s+/g, ' ').slice(0, 800)}`
  );
}

/** In the app's frame: the cached check-in histories, as KR id and values. */
async function readCachedHistories(): Promise<string> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('okr-coach-cache');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = database.transaction('reads', 'readonly').objectStore('reads');
  const [keys, entries] = await Promise.all(
    [store.getAllKeys(), store.getAll()].map(
      (request) =>
        new Promise<unknown[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  database.close();
  const histories = keys!.flatMap((key, index) => {
    if (!String(key).includes(':checkInHistory:')) return [];
    const { value, savedAt } = entries![index] as { value: string; savedAt: number };
    const byKeyResult = JSON.parse(value) as [string, { value: number }[]][];
    const values = byKeyResult.map(
      ([id, checkIns]) => `${id}: ${checkIns.map((c) => c.value).join(' ')}`,
    );
    return [`${String(key)} (saved ${new Date(savedAt).toISOString()}) ${values.join('; ')}`];
  });
  return histories.join('\n') || 'no history';
}

let emulator: GraphEmulator;
let server: AppServer;
let browser: Browser;
let repository: GraphOkrRepository;
let dataDir: string;
let page: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'okr-import-test-'));
  [emulator, browser] = await Promise.all([startGraphEmulator({ dataDir }), launchBrowser()]);
  const connection = {
    graphBaseUrl: emulator.graphBaseUrl,
    tokens: createDevTokenProvider({ graphBaseUrl: emulator.graphBaseUrl, userId: adele.id }),
    site: demoOkrSite.id,
  };
  await provision(connection);
  repository = new GraphOkrRepository(connection);
  await repository.saveOperatingModel({
    ...(await repository.loadOperatingModel()),
    roles: { admins: [adele.id], coaches: [] },
  });
  server = await startAppServer({
    env: localStackEnv({ graphBaseUrl: emulator.graphBaseUrl, appOrigin: 'http://127.0.0.1:5300' }),
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), emulator?.close()]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

freshPagePerTest(
  () => browser,
  (newPage) => {
    page = newPage;
  },
);

/** Chooses a CSV file of `text` on the Import page, as a person does with "Choose a file". */
async function chooseCsv(app: FrameLocator, name: string, text: string) {
  await app.locator('#import-file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/**
 * Waits until the element `selector` finds in the app's frame starts below the page's header and
 * inside the window (where the page brings it into view), and its title line shows.
 */
async function shownBelowHeader(frame: Frame, selector: string) {
  await frame.waitForFunction(
    (target) => {
      const element = document.querySelector(target);
      const header = document.querySelector('header');
      if (!element || !header) return false;
      const top = element.getBoundingClientRect().top;
      return top >= header.getBoundingClientRect().bottom && top + 24 <= window.innerHeight;
    },
    selector,
    { timeout: 60_000 },
  );
}

/** The Import page on its own in the simulator's personal tab, as Adele, in `locale` (Teams' own words: `en-gb`). */
async function openImportPage(locale = 'en-us') {
  await page.goto(
    new URL(
      `dev/teams-simulator/index.html?context=personal&user=${adele.id}&locale=${locale}&page=${encodeURIComponent('/teams/tab.html?page=import')}`,
      server.url,
    ).href,
    { timeout: 150_000 },
  );
  await simulatorCard(page, 'p1-content')
    .and(page.locator('[data-status="ready"]'))
    .waitFor({ timeout: 150_000 });
  const app = framedApp(page, 'p1-content');
  await app
    .getByRole('heading', { name: 'Import from Viva Goals or a spreadsheet' })
    .waitFor({ timeout: 60_000 });
  return app;
}

test('an admin imports a Viva Goals export: dry run, import with progress, then the board and its history', async () => {
  const app = await openImportPage();

  // The dry run: counts per kind, who was found, nothing written yet.
  await app.locator('#import-file-input').setInputFiles({
    name: 'contoso-export.zip',
    mimeType: 'application/zip',
    buffer: await exportZip(),
  });
  await app
    .getByRole('heading', { name: 'Viva Goals organisation export: what the import writes' })
    .waitFor();
  const counts = await app.locator('dl > div').allInnerTexts();
  expect(counts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    'Teams 1',
    'Cycles 1',
    'Objectives 2',
    'Key results 3',
    'Initiatives 1',
    'Check-ins 5',
  ]);
  await app.getByRole('heading', { name: 'Everything maps' }).waitFor();
  expect(await repository.listCycles()).toEqual([]);
  expect(await seriousAxeViolations(await appFrame(page, 'p1-content'))).toEqual([]);

  // The run, slowed so its progress bar is seen on any machine.
  emulator.setFaults({ latencyMs: 150 });
  await app.getByRole('button', { name: 'Import', exact: true }).click();
  await app.getByRole('progressbar').waitFor();
  // The outcome says what was written; anything not written is named in it.
  const outcome = app.getByRole('status').filter({ hasText: /Imported|Import stopped/ });
  await outcome.waitFor({ timeout: 120_000 });
  // (The title and the counts are flex items: no space between them in innerText.)
  expect((await outcome.innerText()).replace(/\s+/g, ' ').trim()).toMatch(
    /^Imported ?1 team, 1 cycle, 2 objectives, 3 key results, 1 initiative, 5 check-ins\.$/,
  );
  emulator.setFaults({ latencyMs: 0 });
  const [cycle] = await repository.listCycles();
  expect(cycle).toMatchObject({ name: 'Imported quarter', state: 'active' });

  // The personal tab shows the imported quarter; the KR's history chart has the four check-ins.
  await openSimulator(page, server.url, { context: 'personal', user: adele.id });
  const tab = framedApp(page, 'p1-content');
  await tab.getByRole('button', { name: `History of ${krTitle}` }).click({ timeout: 60_000 });
  const chart = tab.getByRole('dialog', { name: `History: ${krTitle}` });
  await explainingHistory(cycle!.id, async () => {
    await chart
      .getByRole('group', { name: new RegExp(`History of ${krTitle}`) })
      .waitFor({ timeout: 60_000 });
    for (const value of ['14 customers', '21 customers', '28 customers', '35 customers']) {
      await chart.getByRole('cell', { name: value }).waitFor({ timeout: 60_000 });
    }
    await chart.getByText('Week 4: 35 live').waitFor({ timeout: 60_000 });
    // Each check-in keeps the status its owner gave in Viva Goals, in the table and the tooltip.
    await chart.getByRole('columnheader', { name: 'Status' }).waitFor({ timeout: 60_000 });
  });
  const statuses = chart.locator('tbody tr td:nth-child(4)');
  expect(await statuses.allInnerTexts()).toEqual(['On track', 'On track', 'At risk', 'Behind']);
  await chart.getByRole('img', { name: /14 customers, Behind, by Adele Vance/ }).hover();
  await chart
    .getByText(/14 customers, Behind, by Adele Vance/)
    .last()
    .waitFor({ timeout: 60_000 });
  if (process.env.OKR_SCREENSHOTS) {
    const dir = join(__dirname, '../../../docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await chart.screenshot({ path: join(dir, 'history-imported-check-in-status.png') });
  }
  await chart.getByRole('button', { name: 'Close' }).first().click({ timeout: 60_000 });

  // The KR that rolled up from its children in Viva Goals still does: its progress is the
  // aligned objective's (4 of 8 teams), and its row names where it comes from.
  const rolledUp = tab.locator('li[data-kr-id]').filter({ hasText: rolledUpTitle });
  await rolledUp
    .getByText('rolled up from Support moves every team (weight 100%) at 50%')
    .waitFor({ timeout: 60_000 });
  await rolledUp
    .getByRole('progressbar', { name: `${rolledUpTitle}: 50% progress` })
    .waitFor({ timeout: 60_000 });
  // Its sources are checked in, not the KR itself: no check-in is offered, and the row says why.
  expect(await rolledUp.getByText('needs a check-in').count()).toBe(0);
  await rolledUp.getByText('Rolled up: check in on its sources').waitFor({ timeout: 60_000 });
  expect(await rolledUp.getByRole('button', { name: /^Check in on/ }).count()).toBe(0);
  const source = tab.locator('li[data-kr-id]').filter({ hasText: 'Teams moved by support' });
  await source.getByRole('button', { name: /^Check in on/ }).waitFor({ timeout: 60_000 });
  if (process.env.OKR_SCREENSHOTS) {
    const dir = join(__dirname, '../../../docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await rolledUp.screenshot({ path: join(dir, 'board-kr-rolled-up-from-children.png') });
  }
});

test("an admin drops a team's own sheet saved by a German Excel: the dry run reads it and says its assumptions", async () => {
  const app = await openImportPage();
  const sheet = [
    'OKRs Vertrieb;;;;;;;;',
    'Objective;Key result;Owner;Quarter;Baseline;Target;Actual;Status;Notes',
    `Mehr Kunden gewinnen;Neue Verträge;${adele.mail};Q1 2026;0;1.500;312,5;Green;Läuft gut`,
    ';Kündigungsquote;;;8%;4%;6%;Amber;',
  ].join('\r\n');
  await chooseCsv(app, 'vertrieb-okrs.csv', `\uFEFF${sheet}`);
  await app
    .getByRole('heading', {
      name: 'Your own sheet (one row per key result): what the import writes',
    })
    .waitFor({ timeout: 60_000 });
  const counts = await app.locator('dl > div').allInnerTexts();
  expect(counts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    'Teams 1',
    'Cycles 1',
    'Objectives 1',
    'Key results 2',
    'Initiatives 0',
    'Check-ins 2',
  ]);
  await app
    .getByText(
      'The cycle "Q1 2026" is taken as Jan 1, 2026 to Mar 31, 2026 (a calendar quarter).',
      {
        exact: false,
      },
    )
    .waitFor({ timeout: 60_000 });
  await app
    .getByText(
      /The current values become check-ins dated [A-Z][a-z]{2} \d{1,2}, \d{4}, the file's date/,
    )
    .waitFor({ timeout: 60_000 });
  // Nothing is written by the dry run (the emulator keeps what the other tests imported).
  expect((await repository.listCycles()).map((cycle) => cycle.name)).not.toContain('Q1 2026');
  expect(await seriousAxeViolations(await appFrame(page, 'p1-content'))).toEqual([]);
  if (process.env.OKR_SCREENSHOTS) {
    const dir = join(__dirname, '../../../docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await app
      .locator('section')
      .filter({ has: app.locator('#import-problems-heading') })
      .screenshot({ path: join(dir, 'import-own-sheet-dry-run.png') });
  }
});

test("a sheet that leaves 1,500 and 03/04/2026 open is read as the user's Teams locale writes them, and the dry run says so", async () => {
  const app = await openImportPage('en-gb');
  const sheet = [
    'Objective,Key result,Quarter,Baseline,Target,Current,Updated',
    'Grow the pipeline,Qualified leads,Q2 2026,0,"25,000","1,500",03/04/2026',
  ].join('\r\n');
  await chooseCsv(app, 'pipeline.csv', sheet);
  await app
    .getByText(
      'Numbers like "25,000" are read with "," as the thousands separator (25000). Dates like "03/04/2026" are read as day/month (2026-04-03). Nothing in the file shows which, so they are read as en-GB writes them.',
      { exact: false },
    )
    .waitFor({ timeout: 60_000 });
  const counts = await app.locator('dl > div').allInnerTexts();
  expect(counts.map((text) => text.replace(/\s+/g, ' ').trim())).toContain('Check-ins 1');
  expect(await app.getByText('could be', { exact: false }).count()).toBe(0);
});

test("in a 320 px meeting side panel: Jira's CSV export is read with its initiatives, and a file of no known kind lists what the import reads", async () => {
  await page.goto(
    new URL(
      `dev/teams-simulator/index.html?context=sidePanel&theme=contrast&user=${adele.id}&page=${encodeURIComponent('/teams/tab.html?page=import')}`,
      server.url,
    ).href,
    { timeout: 150_000 },
  );
  await page.locator('[data-status="ready"]').first().waitFor({ timeout: 150_000 });
  const app = page.frameLocator('iframe').first();
  await app
    .getByRole('heading', { name: 'Import from Viva Goals or a spreadsheet' })
    .waitFor({ timeout: 60_000 });
  expect((await page.locator('iframe').first().boundingBox())?.width).toBe(320);
  // The page's title keeps its line: its button goes under it, not beside it.
  expect(
    await app
      .locator('header h1')
      .evaluate(
        (title) =>
          title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
      ),
  ).toBeLessThan(1.5);
  const jira = [
    'Summary,Issue key,Issue id,Parent,Issue Type,Status,Assignee,Due date,Labels,Labels,Sprint,Sprint',
    'Checkout revamp,ENG-1,10001,,Epic,In Progress,Adele Vance,31/Mar/26 5:00 PM,web,q1,,',
    'Speed up payment,ENG-2,10002,10001,Story,Done,Adele Vance,,,,S1,S2',
    'Card form,ENG-3,10003,10001,Story,In Progress,Adele Vance,,,,S2,',
    'Write tests,ENG-4,10004,10003,Sub-task,To Do,Adele Vance,,,,,',
  ].join('\r\n');
  await chooseCsv(app, 'Jira.csv', jira);
  await app
    .getByText('Read as a Jira export: each epic is an objective', { exact: false })
    .waitFor({ timeout: 60_000 });
  const frame = await appFrame(page, 'p1-sidePanel');
  // The dry run appears below the drop zone, out of the panel's sight: it is brought into view,
  // below the page's header.
  await shownBelowHeader(frame, '#import-plan-heading');
  const counts = await app.locator('dl > div').allInnerTexts();
  expect(counts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    'Teams 1',
    'Cycles 1',
    'Objectives 1',
    'Key results 2',
    'Initiatives 1',
    'Check-ins 2',
  ]);

  await app.getByRole('button', { name: 'Choose another file' }).click();
  await chooseCsv(app, 'expenses.csv', 'Name,Amount,When\r\nLunch,12,2026-01-02\r\n');
  const alert = app.getByRole('alert');
  await alert
    .getByText(
      'is not a file the import knows: the file has the headers "Name", "Amount", "When".',
      {
        exact: false,
      },
    )
    .waitFor({ timeout: 60_000 });
  expect(await alert.getByRole('listitem').count()).toBe(8);
  await alert.getByText('An outline of goals in one column', { exact: false }).waitFor();
  // Brought into view from its start, not hidden under the header nor below the panel's foot.
  await shownBelowHeader(frame, '[role="alert"]');
  // Wrapped to the panel: nothing runs off its side.
  expect(
    await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);
  expect(await seriousAxeViolations(frame)).toEqual([]);
  if (process.env.OKR_SCREENSHOTS) {
    const dir = join(__dirname, '../../../docs/screenshots');
    mkdirSync(dir, { recursive: true });
    // The panel as a person sees it: the message just below the page's header.
    await simulatorCard(page, 'p1-sidePanel').screenshot({
      path: join(dir, 'import-unknown-file-320px.png'),
    });
  }
});

// Opened in the dark theme; judged in all three, as Teams switches them live.
test('the Import section of the Programme area, with a dry run shown, has no serious or critical axe violations (default, dark and contrast themes)', async () => {
  await openSimulator(page, server.url, { context: 'personal', user: adele.id, theme: 'dark' });
  await simulatorCard(page, 'p1-content')
    .and(page.locator('[data-status="ready"]'))
    .waitFor({ timeout: 150_000 });
  const tab = framedApp(page, 'p1-content');
  await tab.getByRole('button', { name: 'Programme' }).click({ timeout: 60_000 });
  await openProgrammeSection(tab, 'Import and export');
  await tab
    .getByRole('heading', { name: 'Import from Viva Goals or a spreadsheet' })
    .waitFor({ timeout: 60_000 });
  await tab.locator('#import-file-input').setInputFiles({
    name: 'contoso-export.zip',
    mimeType: 'application/zip',
    buffer: await exportZip(),
  });
  await tab
    .getByRole('heading', { name: 'Viva Goals organisation export: what the import writes' })
    .waitFor({ timeout: 60_000 });
  expect(await seriousAxeViolationsInEveryTheme(page, await appFrame(page, 'p1-content'))).toEqual(
    noViolationsInAnyTheme,
  );
});

// Last in the file: it writes two cycles no other test of the file expects.
test('once cycles exist, Import is among the Programme’s first tabs; after an import, See the imported OKRs opens every team’s board on the latest cycle imported', async () => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openSimulator(page, server.url, { context: 'personal', user: adele.id });
  await simulatorCard(page, 'p1-content')
    .and(page.locator('[data-status="ready"]'))
    .waitFor({ timeout: 150_000 });
  const tab = framedApp(page, 'p1-content');
  await tab.getByRole('button', { name: 'Programme' }).click({ timeout: 60_000 });
  // The first test's cycle exists: Import is a tab of the row, not one of the "more sections".
  const sections = tab
    .locator('[role="tablist"][data-tabster]')
    .and(tab.getByRole('tablist', { name: 'Programme sections' }));
  await sections.getByRole('tab', { name: /more sections?$/ }).waitFor({ timeout: 60_000 });
  const importTab = sections.getByRole('tab', { name: 'Import and export', exact: true });
  await importTab.waitFor({ state: 'visible', timeout: 60_000 });
  await importTab.click();

  // Megan's OKRs over two quarters: Adele imports them, and owns none of them.
  const megan = demoUsers.meganBowen;
  await chooseCsv(
    tab,
    'sales-okrs.csv',
    [
      'Objective,Key result,Owner,Team,Quarter,Baseline,Target',
      `Win the mid-market,New mid-market deals,${megan.mail},Sales,Q3 2025,0,20`,
      `Grow recurring revenue,New ARR in k€,${megan.mail},Sales,Q4 2025,0,400`,
    ].join('\r\n'),
  );
  await tab.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  const see = tab.getByRole('button', { name: 'See the imported OKRs' });
  await see.waitFor({ timeout: 120_000 });
  await tab
    .getByText(
      'They open in All OKRs, every team’s board, on Q4 2025: the latest of the 2 cycles imported. Its cycle switcher shows the others.',
    )
    .waitFor({ timeout: 60_000 });
  await see.click();

  await tab.getByRole('heading', { name: 'All OKRs' }).waitFor({ timeout: 60_000 });
  await tab
    .getByRole('combobox', { name: 'Cycle' })
    .filter({ hasText: 'Q4 2025' })
    .waitFor({ timeout: 60_000 });
  await tab.getByText('Grow recurring revenue').first().waitFor({ timeout: 60_000 });
  expect(await tab.getByText('Win the mid-market').count()).toBe(0);
  expect(await seriousAxeViolations(await appFrame(page, 'p1-content'))).toEqual([]);
});
