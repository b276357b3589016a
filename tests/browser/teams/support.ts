import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import type { Cycle, KeyResult, Objective, Team } from '../../../src/core/model';
import {
  demoOkrSite,
  demoUsers,
  startGraphEmulator,
  type GraphEmulator,
} from '../../../src/dev/graph-emulator';
import { localStackEnv } from '../../../src/dev/stack-env';
import { localTeamsApp } from '../../../src/dev/teams-app';
import { GraphOkrRepository } from '../../../src/store/graph/graph-repository';
import { provision } from '../../../src/store/provisioning';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';
import {
  openSimulator,
  simulatorCard,
  switchTheme,
  teamsThemes,
  waitUntilReady,
  type TeamsTheme,
} from '../support/teams-simulator';

/** Payloads that must show as text; each would set `window.__xss` if it ever ran. */
export const xssTitles = {
  objective: '<img src=x onerror="window.__xss=1">Win the market',
  keyResult: '<script>window.__xss=2</script>Raise NPS from 30 to 50',
} as const;

export interface TabFixture {
  readonly cycle: Cycle;
  readonly company: Team;
  readonly sales: Team;
  readonly objective: Objective;
  readonly keyResult: KeyResult;
  readonly xssObjective: Objective;
}

export interface TeamsStack {
  readonly emulator: GraphEmulator;
  readonly server: AppServer;
  readonly browser: Browser;
  /** Reads the store back as Adele, through the real repository over the emulator. */
  readonly repository: GraphOkrRepository;
  readonly fixture: TabFixture;
  close(): Promise<void>;
}

export const adele = demoUsers.adeleVance;

/** The day `offsetDays` from today, as the store writes a cycle's dates. */
export function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function seed(repository: GraphOkrRepository): Promise<TabFixture> {
  const owner = { id: adele.id, displayName: adele.displayName };
  const cycle = await repository.createCycle({
    name: 'This quarter',
    start: isoDate(-30),
    end: isoDate(60),
    state: 'active',
  });
  // Named like the simulator's team, so the configuration page preselects it.
  const company = await repository.createTeam({ name: 'Contoso OKRs' });
  const sales = await repository.createTeam({ name: 'Sales', parentTeamId: company.id });
  const objective = await repository.createObjective({
    cycleId: cycle.id,
    teamId: company.id,
    title: 'Customers love the new onboarding',
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  const keyResult = await repository.createKeyResult({
    objectiveId: objective.id,
    title: 'Raise weekly active users from 2000 to 5000',
    kind: 'increase',
    start: 2000,
    target: 5000,
    current: 3100,
    unit: 'users',
    weight: 1,
    confidence: 7,
    owner,
  });
  const xssObjective = await repository.createObjective({
    cycleId: cycle.id,
    teamId: company.id,
    title: xssTitles.objective,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  await repository.createKeyResult({
    objectiveId: xssObjective.id,
    title: xssTitles.keyResult,
    kind: 'increase',
    start: 30,
    target: 50,
    current: 35,
    unit: '',
    weight: 1,
    owner,
  });
  // Adele is the organisation's admin: she may edit the "why we use OKRs" story.
  await repository.saveOperatingModel({
    ...(await repository.loadOperatingModel()),
    roles: { admins: [adele.id], coaches: [] },
  });
  return { cycle, company, sales, objective, keyResult, xssObjective };
}

/**
 * The Graph emulator with a small organisation, as a tenant of the run's shared stack (whose
 * production build the pages come from), and Chromium.
 */
export async function startTeamsStack(): Promise<TeamsStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'okr-teams-tab-test-'));
  const [emulator, browser] = await Promise.all([
    startGraphEmulator({ dataDir, teamsApp: localTeamsApp() }),
    launchBrowser(),
  ]);
  const connection = {
    graphBaseUrl: emulator.graphBaseUrl,
    tokens: createDevTokenProvider({ graphBaseUrl: emulator.graphBaseUrl, userId: adele.id }),
    site: demoOkrSite.id,
  };
  await provision(connection);
  const repository = new GraphOkrRepository(connection);
  const fixture = await seed(repository);
  const server = await startAppServer({
    env: localStackEnv({ graphBaseUrl: emulator.graphBaseUrl, appOrigin: 'http://127.0.0.1:5300' }),
  });
  return {
    emulator,
    server,
    browser,
    repository,
    fixture,
    close: async () => {
      await browser.close();
      await Promise.all([server.close(), emulator.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An objective of the stack's cycle with one KR, 40% of the way from 0 to 100%. */
export async function createObjectiveWithKeyResult(
  stack: TeamsStack,
  teamId: string,
  title: string,
  krTitle: string,
  person: { readonly id: string; readonly displayName: string } = adele,
): Promise<{ objective: Objective; keyResult: KeyResult }> {
  const owner = { id: person.id, displayName: person.displayName };
  const objective = await stack.repository.createObjective({
    cycleId: stack.fixture.cycle.id,
    teamId,
    title,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
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
    owner,
  });
  return { objective, keyResult };
}

/** With OKR_SCREENSHOTS set, saves the frame's topmost dialog as docs/screenshots/<name>.png. */
export async function dialogScreenshot(frame: Frame, name: string): Promise<void> {
  if (!process.env.OKR_SCREENSHOTS) return;
  const dir = join(__dirname, '../../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await frame
    .locator('[role="dialog"]')
    .last()
    .screenshot({ path: join(dir, `${name}.png`) });
}

/** The Playwright frame of a simulator card (for script injection and evaluation). */
export async function appFrame(page: Page, frameId: string): Promise<Frame> {
  const handle = await simulatorCard(page, frameId).locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No app frame in ${frameId}.`);
  return frame;
}

/**
 * Opens a tab of the tab list named `list` by its tab, or from the "more" menu at the row's end
 * (named by `more`) when its tab does not fit (Fluent's overflow, which hides the tabs it measures
 * past the row's end). Waits for the real tab list first: a screen's stand-in list, which tabster's
 * mover does not mark, shows every tab until it is swapped.
 */
export async function openOverflowingTab(
  tab: Frame | FrameLocator,
  { list, more }: { readonly list: string; readonly more: RegExp },
  name: string,
): Promise<void> {
  const tabs = tab
    .locator('[role="tablist"][data-tabster]')
    .and(tab.getByRole('tablist', { name: list }));
  await tabs.waitFor({ timeout: 120_000 });
  // The overflow is measured from a resize observer once the row is laid out: asked after the
  // next two frames, which it has then settled.
  await tabs.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const own = tabs.getByRole('tab', { name, exact: true });
  if (await own.isVisible()) {
    await own.click();
  } else {
    await tabs.getByRole('tab', { name: more }).click();
    await tab.getByRole('menuitem', { name }).click();
  }
  await tabs.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** Opens a Programme section by its tab, or from the "more sections" menu. */
export const openProgrammeSection = (tab: Frame | FrameLocator, name: string) =>
  openOverflowingTab(tab, { list: 'Programme sections', more: /more sections?$/ }, name);

/** The same in a German Teams. */
export const openProgrammeSectionInGerman = (tab: Frame | FrameLocator, name: string) =>
  openOverflowingTab(tab, { list: 'Bereiche des Programms', more: /weitere Bereiche?$/ }, name);

/** What the way to the Programme's New cycle dialog says, in the Teams language tested. */
export interface NewCycleWords {
  readonly locale: string;
  readonly programme: string;
  readonly openSection: (tab: Frame, name: string) => Promise<void>;
  readonly cycles: string;
  readonly newCycle: string;
  readonly customDates: string;
}

/**
 * Opens Adele's personal tab in `theme`, narrowed to `width` px (and `height` px) when given,
 * and there the Programme's New cycle dialog, set to custom dates.
 */
export async function openNewCycleDialog(
  page: Page,
  siteRoot: string,
  words: NewCycleWords,
  {
    theme = 'default',
    width,
    height,
  }: { readonly theme?: TeamsTheme; readonly width?: number; readonly height?: number } = {},
): Promise<{ tab: Frame; dialog: Locator }> {
  await openSimulator(page, siteRoot, {
    context: 'personal',
    user: adele.id,
    locale: words.locale,
    theme,
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  if (width) await narrowFrame(page, 'p1-content', width, height);
  await tab.getByRole('button', { name: words.programme }).click({ timeout: 60_000 });
  await words.openSection(tab, words.cycles);
  await tab.getByRole('button', { name: words.newCycle }).click({ timeout: 60_000 });
  const dialog = tab.getByRole('dialog', { name: words.newCycle });
  await dialog.getByRole('radio', { name: words.customDates }).check();
  return { tab, dialog };
}

/** Opens a board's view (Board, Key results, Alignment, Coach view) by its tab, or from "more views". */
export const openView = (tab: Frame | FrameLocator, name: string) =>
  openOverflowingTab(tab, { list: 'Views', more: /more views?$/ }, name);

/** Opens the channel's configuration page, keeps its preselected team and saves the tab. */
export async function configureChannelTab(
  page: Page,
  siteRoot: string,
  theme = 'default',
): Promise<void> {
  await openSimulator(page, siteRoot, { context: 'channel', user: adele.id, theme });
  await waitUntilReady(page, 'p1-settings');
  const config = await appFrame(page, 'p1-settings');
  // Ticked a render after the teams show (an effect suggests the channel's team): its tick, not
  // the box, is what to wait for.
  await config
    .getByRole('checkbox', { name: 'Contoso OKRs', exact: true, checked: true })
    .waitFor();
  await saveChannelTab(page);
}

/** Saves the open configuration page, as Teams' Save button does, and waits for the tab. */
export async function saveChannelTab(page: Page): Promise<void> {
  await simulatorCard(page, 'p1-settings').locator('button.save').click();
  await waitUntilReady(page, 'p1-content');
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * axe-core run inside the app's frame; only serious and critical violations are returned.
 * Tabster's focus sentinels (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which Fluent v9
 * uses to keep focus in dialogs, tab lists and trees) are left out: they are focusable and
 * hidden by design, a known axe false positive (microsoft/tabster#288).
 */
export async function seriousAxeViolations(frame: Frame): Promise<AxeViolation[]> {
  const violations = await axeViolations(frame);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * axe's landmark rules, whatever their impact: one main landmark, every landmark named apart
 * from the others, all content inside a landmark, and no landmark turned into another role.
 */
export async function landmarkViolations(frame: Frame): Promise<AxeViolation[]> {
  return axeViolations(frame, [
    'landmark-one-main',
    'landmark-unique',
    'landmark-main-is-top-level',
    'region',
    'aria-allowed-role',
  ]);
}

/** The violations axe-core finds in the frame, of every rule or of the rules named. */
async function axeViolations(frame: Frame, rules?: readonly string[]): Promise<AxeViolation[]> {
  // Colours are judged once dialogs and drawers have finished fading in. An animation that is
  // cancelled meanwhile rejects its `finished` promise with an AbortError: that one is over too.
  await frame.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
  );
  // Once per document: a frame judged again after a change keeps the axe it was given.
  if (!(await frame.evaluate(() => 'axe' in window))) {
    await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return frame.evaluate(async (runOnly) => {
    const { axe } = window as unknown as {
      axe: {
        run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
      };
    };
    // Violations in full; passes and the rest without a selector for each of their nodes, which
    // axe otherwise works out for every element of the page:
    // https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      {
        resultTypes: ['violations'],
        ...(runOnly ? { runOnly: { type: 'rule', values: runOnly } } : {}),
      },
    );
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  }, rules);
}

/**
 * axe in the app's frame in each of Teams' themes, switched while the app runs (no reload): the
 * serious and critical violations found in each theme. `inTheme` runs in each theme after axe
 * (a screenshot, say).
 */
export async function seriousAxeViolationsInEveryTheme(
  page: Page,
  frame: Frame,
  inTheme?: (theme: TeamsTheme) => Promise<void>,
): Promise<Record<TeamsTheme, AxeViolation[]>> {
  const found: Partial<Record<TeamsTheme, AxeViolation[]>> = {};
  for (const theme of teamsThemes) {
    await switchTheme(page, frame, theme);
    found[theme] = await seriousAxeViolations(frame);
    await inTheme?.(theme);
  }
  return found as Record<TeamsTheme, AxeViolation[]>;
}

/** What `seriousAxeViolationsInEveryTheme` finds on a page with none in any theme. */
export const noViolationsInAnyTheme: Record<TeamsTheme, AxeViolation[]> = {
  default: [],
  dark: [],
  contrast: [],
};

/**
 * A test file's Teams stack, started before its tests and closed after them, and a fresh page for
 * each test; each is handed over as it is ready.
 */
export function teamsStackPerFile(
  onStack: (stack: TeamsStack) => void,
  onPage: (page: Page) => void,
): void {
  let stack: TeamsStack | undefined;
  beforeAll(async () => {
    stack = await startTeamsStack();
    onStack(stack);
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
  });
  freshPagePerTest(() => stack!.browser, onPage);
}

/**
 * Narrows the simulator's card around an app to `width` px (and `height` px when given), as a
 * narrow tab or a 320 px side panel, and waits until the app's frame is that narrow.
 */
export async function narrowFrame(
  page: Page,
  frameId: string,
  width: number,
  height?: number,
): Promise<void> {
  await page.addStyleTag({
    content: `.card[data-frame="${frameId}"] { flex: 0 0 auto; width: ${width}px;${height ? ` height: ${height}px;` : ''} }`,
  });
  await simulatorCard(page, frameId)
    .locator('iframe')
    .evaluate(
      (frame, expected) =>
        new Promise<void>((resolve) => {
          const check = () =>
            frame.clientWidth <= expected ? resolve() : requestAnimationFrame(check);
          check();
        }),
      width,
    );
}
