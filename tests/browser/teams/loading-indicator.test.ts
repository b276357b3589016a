import type { Page } from 'playwright-core';
import manifest from '../../../appPackage/manifest.json';
import {
  openSimulator,
  simulatorCard,
  waitUntilReady,
  type SimulatorParameters,
} from '../support/teams-simulator';
import { adele, appFrame, teamsStackPerFile, type TeamsStack } from './support';

/**
 * Every page the manifest declares clears Teams' loading indicator: the manifest sets
 * `showLoadingIndicator`, so Teams covers each tab, configuration page and meeting surface until
 * it calls `app.notifySuccess()`, and shows an error screen when it never does ("Show a native
 * loading indicator",
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page#show-a-native-loading-indicator).
 * Each is opened in the Teams host simulator (real teams-js), which models the indicator, against
 * the Graph emulator. The product opens no Teams dialog (task module) page: it has none to check.
 * The simulator's time-out is the browser tests' generous one: a page that never calls
 * `notifySuccess` fails here by its wait, not by a race with Teams' 30 s.
 */
jest.setTimeout(240_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** The path of a manifest URL (`https://${{TAB_DOMAIN}}/teams/tab.html?view=my-okrs`). */
function manifestPage(url: string): string {
  return url.replace('https://${{TAB_DOMAIN}}', '');
}

/** The app in that frame called `notifySuccess`, and Teams' indicator no longer covers it. */
async function clearsLoadingIndicator(frameId: string): Promise<void> {
  await waitUntilReady(page, frameId);
  await simulatorCard(page, frameId).and(page.locator(':not([data-screen])')).waitFor();
}

async function open(parameters: SimulatorParameters): Promise<void> {
  await openSimulator(page, stack.server.url, { user: adele.id, ...parameters });
}

/** Saves the configuration page with its team chosen, as Teams' Save button does. */
async function saveConfiguration(): Promise<void> {
  const config = await appFrame(page, 'p1-settings');
  const team = config.getByRole('checkbox', { name: stack.fixture.company.name, exact: true });
  await team.waitFor();
  if (!(await team.isChecked())) await team.check();
  const save = simulatorCard(page, 'p1-settings').locator('button.save');
  await save.and(page.locator(':enabled')).waitFor();
  await save.click();
}

it('the manifest asks Teams for its loading indicator', () => {
  expect(manifest.showLoadingIndicator).toBe(true);
});

describe.each(manifest.staticTabs.map((tab) => [tab.name, manifestPage(tab.contentUrl)]))(
  'the personal tab %s (%s)',
  (_name, tabPage) => {
    it('clears it on the board', async () => {
      await open({ context: 'personal', page: tabPage });
      await clearsLoadingIndicator('p1-content');
    });

    it.each(['programme', 'import'])(
      'clears it on its %s page, opened directly',
      async (opened) => {
        const url = new URL(tabPage, 'https://tab.invalid');
        url.searchParams.set('page', opened);
        await open({ context: 'personal', page: `${url.pathname}${url.search}` });
        await clearsLoadingIndicator('p1-content');
      },
    );
  },
);

describe('the configurable tab', () => {
  const [tab] = manifest.configurableTabs;
  const configurationPage = manifestPage(tab!.configurationUrl);

  it.each([
    ['channel', 'channel'],
    ['group chat', 'chat'],
    ['meeting chat', 'meetingChat'],
  ])('clears it on the configuration page and the saved tab in a %s', async (_place, context) => {
    await open({ context, page: configurationPage });
    await clearsLoadingIndicator('p1-settings');
    await saveConfiguration();
    await clearsLoadingIndicator('p1-content');
  });

  it('shows the team’s board in the meeting chat’s tab, which Teams opens at the side panel’s URL', async () => {
    await open({ context: 'meetingChat', page: configurationPage });
    await saveConfiguration();
    await clearsLoadingIndicator('p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('region', { name: 'Objectives and key results' }).waitFor();
    expect(new URL(tab.url()).pathname).toBe('/teams/tab.html');
    expect(await tab.getByText('Sharing to the meeting stage is not available here').count()).toBe(
      0,
    );
  });

  it('clears it in the meeting side panel, opened on what the meeting tab saved', async () => {
    await open({ context: 'meetingChat', page: configurationPage });
    await clearsLoadingIndicator('p1-settings');
    await saveConfiguration();
    await clearsLoadingIndicator('p1-content');
    await open({ context: 'sidePanel', participants: 1 });
    await clearsLoadingIndicator('p1-sidePanel');
  });

  it('clears it on the meeting stage', async () => {
    await open({ context: 'stage', participants: 1 });
    await clearsLoadingIndicator('p1-meetingStage');
    // Nothing shared yet: the page is that empty state, named by its level-one heading.
    const stage = await appFrame(page, 'p1-meetingStage');
    await stage.getByRole('heading', { level: 1, name: 'No check-in round' }).waitFor();
  });
});
