import type { Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator/demo-tenant';
import { loadErrorText, saveFailedText } from '../../../src/dev/teams-simulator/framed-app';
import {
  framedApp,
  hostScreen,
  loggedMessages,
  simulatorCard,
  switchTheme,
  type SimulatorParameters,
} from '../support/teams-simulator';

/**
 * Microsoft's documented teams-js examples, transcribed one per case (README.md beside this file
 * explains the format). Each snippet is the page's code with its placeholders made ours
 * (`https://yourWebsite.com/…` is a page of the app, `<appId>` the context's app id) and its
 * `/* … *\/` bodies made to `return` what they were handed.
 */
export interface TeamsContract {
  /** The documentation page the example is on. */
  readonly doc: string;
  /** Which example on the page, and what the case checks of it. */
  readonly example: string;
  /** The simulator setup the example runs in (`setups` below). */
  readonly setup: SetupName;
  /** The framed page that runs it, as the simulator names frames (`p1-content`, `p2-sidePanel`). */
  readonly frame: string;
  /** The documented code; what it returns (or throws) is the answer. */
  readonly snippet: string;
  /** What the page shows the call answers; compared with `toMatchObject`. */
  readonly answer?: unknown;
  /** How Teams refuses the call: teams-js's thrown `Error` message or the host's `SdkError`. */
  readonly refusal?: unknown;
  /** Paths the answer must not have in that surface (a personal tab has no `team`). */
  readonly absent?: readonly string[];
  /** What Teams then shows around the app (the Save button, the stage, a reloaded tab). */
  readonly host?: (page: Page) => Promise<void>;
}

const megan = demoUsers.meganBowen;
const adele = demoUsers.adeleVance;
const sandbox = '/dev/teams-simulator/sdk.html';

/**
 * One simulator page per setup, opened once and shared by its cases in order (a case may build
 * on the one before: a saved tab, a shared stage).
 */
export const setups = {
  personal: { context: 'personal', user: megan.id, theme: 'dark', locale: 'fr-fr', sub: 'kr:7' },
  beforeInitialize: { context: 'personal' },
  loadingIndicator: { context: 'personal' },
  loadFailure: { context: 'personal' },
  expectedFailure: { context: 'personal' },
  // Teams waits 30 s for notifySuccess; the case waits for the error screen, however long it takes.
  loadingTimeout: { context: 'personal', loadingTimeout: 1000 },
  channel: { context: 'channel', user: adele.id },
  chat: { context: 'chat' },
  meetingChat: { context: 'meetingChat', user: megan.id },
  sidePanel: { context: 'sidePanel', participants: 2, roles: 'organizer,attendee' },
  stage: { context: 'stage', participants: 1 },
  shareDenied: { context: 'sidePanel', share: 'denied' },
} as const satisfies Record<string, SimulatorParameters>;

export type SetupName = keyof typeof setups;

export function setupParameters(name: SetupName): SimulatorParameters {
  return { ...setups[name], page: `${sandbox}?setup=${name}` };
}

const accessContext =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context';
const configurationPage =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page';
const meetingStage =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage';
const contentPage =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page';
const deepLinks =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application';
const nestedAppAuth =
  'https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/nestedappauth';
const appInitialization =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/app-initialization';
const frameContexts =
  'https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/framecontexts';
const meetingReference =
  'https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/meeting';
const saveEvent =
  'https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/pages.config.saveevent';
const pagesReference = 'https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/pages';
/** Teams' "We couldn't save your tab settings" for settings outside validDomains (its issue). */
const invalidTabSettings = 'https://github.com/MicrosoftDocs/msteams-docs/issues/7727';

const getContext = `
await microsoftTeams.app.initialize();
const context = await microsoftTeams.app.getContext();
return context;`;

/** "The Azure AD object id", "tenant ID": GUIDs. */
const guid = expect.stringMatching(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
);
/** A meeting's id, "encoded as a BASE64 string" (Meeting apps APIs, Get meeting details). */
const meetingId = expect.stringMatching(/^[A-Za-z0-9+/]+={0,2}$/);
/** "The channel ID in the format 19:[id]@thread.skype" (Teams now also answers @thread.tacv2). */
const threadId = expect.stringMatching(/^19:\S+@thread\.(skype|tacv2|v2)$/);

/** What the page's context example shows of every surface (`app.host.name` is `Teams`). */
function contextOf(user: typeof megan, frameContext: string) {
  return {
    app: {
      host: { name: 'Teams', clientType: 'web', sessionId: expect.any(String) },
      sessionId: expect.any(String),
      locale: expect.stringMatching(/^[a-z]{2}-[a-z]{2}$/),
      theme: expect.stringMatching(/^(default|dark|contrast)$/),
    },
    page: { frameContext, id: expect.any(String) },
    user: {
      id: user.id,
      displayName: user.displayName,
      loginHint: user.userPrincipalName,
      userPrincipalName: user.userPrincipalName,
      tenant: { id: guid, teamsSku: expect.any(String) },
      licenseType: expect.any(String),
      isCallingAllowed: expect.any(Boolean),
      isPSTNCallingAllowed: expect.any(Boolean),
    },
  };
}

/**
 * What the page's example shows of a tab in a team's standard channel: the team, the channel
 * and the team's SharePoint site (`sharepointSite.teamSiteUrl` … in the names table).
 */
const standardChannel = {
  channel: {
    id: threadId,
    displayName: expect.any(String),
    membershipType: 'Regular',
    relativeUrl: expect.stringMatching(/^\/sites\/[^/]+\/Shared Documents\//),
    ownerGroupId: guid,
    ownerTenantId: guid,
  },
  team: {
    internalId: threadId,
    displayName: expect.any(String),
    groupId: guid,
    type: expect.any(Number),
    userRole: expect.any(Number),
    isArchived: false,
  },
  sharePointSite: {
    teamSiteUrl: expect.stringMatching(/^https:\/\/[^/]+\.sharepoint\.com\/sites\/[^/]+$/),
    teamSiteDomain: expect.stringMatching(/\.sharepoint\.com$/),
    teamSitePath: expect.stringMatching(/^\/sites\/[^/]+$/),
  },
};

/** teams-js's own refusal outside the frame contexts a call is allowed in. */
function wrongFrame(allowed: readonly string[], current: string) {
  return {
    message: `This call is only allowed in following contexts: ${JSON.stringify(allowed)}. Current context: "${current}".`,
  };
}

const sharingCapabilities = `
await microsoftTeams.app.initialize();
return await new Promise((resolve) =>
  microsoftTeams.meeting.getAppContentStageSharingCapabilities((err, result) => resolve({ err, result })));`;

const sharingState = `
await microsoftTeams.app.initialize();
return await new Promise((resolve) =>
  microsoftTeams.meeting.getAppContentStageSharingState((err, result) => resolve({ err, result })));`;

/** The page's `shareAppContentToStage` example with its `appContentUrl` (a JS expression). */
function shareToStage(appContentUrl: string): string {
  return `
await microsoftTeams.app.initialize();
const appContentUrl = ${appContentUrl};
return await new Promise((resolve) =>
  microsoftTeams.meeting.shareAppContentToStage((err, result) => resolve({ err, result }), appContentUrl));`;
}

/** A page of the sandbox, as the expression a snippet evaluates. */
function sandboxUrl(query: string): string {
  return `location.origin + '${sandbox}?${query}'`;
}

/** The configuration page example: a save handler that sets the config, then Save enabled. */
function saveOnSave(
  name: string,
  entityId: string,
  contentUrl = sandboxUrl(`tab=${name}`),
): string {
  return `
await microsoftTeams.app.initialize();
microsoftTeams.pages.config.registerOnSaveHandler((saveEvent) => {
  const configPromise = microsoftTeams.pages.config.setConfig({
    websiteUrl: ${sandboxUrl(`website=${name}`)},
    contentUrl: ${contentUrl},
    entityId: '${entityId}',
    suggestedDisplayName: 'MyNewTab'
  });
  configPromise.
    then((result) => {saveEvent.notifySuccess()}).
    catch((error) => {saveEvent.notifyFailure('failure message')});
});
microsoftTeams.pages.config.setValidityState(true);
return 'valid';`;
}

/** Teams' Save button, once enabled: the saved tab opens at the content URL (its `search`). */
async function saveOpensTab(page: Page, search: string): Promise<void> {
  const save = simulatorCard(page, 'p1-settings').locator('button.save');
  await save.and(page.locator(':enabled')).waitFor();
  await save.click();
  const tab = simulatorCard(page, 'p1-content').locator('iframe');
  await tab.waitFor();
  expect(new URL((await tab.getAttribute('src')) ?? '').search).toBe(search);
}

/**
 * Teams' Save button, once enabled, when the save fails: the message shows, the configuration
 * page stays (Save enabled again, for another try) and no tab opens.
 */
async function saveFails(page: Page, shown: string): Promise<void> {
  const card = simulatorCard(page, 'p1-settings');
  const save = card.locator('button.save');
  await save.and(page.locator(':enabled')).waitFor();
  await save.click();
  await card.locator('.problem', { hasText: shown }).waitFor();
  await save.and(page.locator(':enabled')).waitFor();
  expect(await simulatorCard(page, 'p1-content').count()).toBe(0);
}

async function stageUrls(page: Page): Promise<string[]> {
  const stages = page.locator('.card[data-frame-context="meetingStage"] iframe');
  return stages.evaluateAll((frames) => frames.map((frame) => (frame as HTMLIFrameElement).src));
}

export const contracts: readonly TeamsContract[] = [
  {
    doc: accessContext,
    example: 'app.getContext() before app.initialize(): teams-js refuses',
    setup: 'beforeInitialize',
    frame: 'p1-content',
    snippet: `return await microsoftTeams.app.getContext();`,
    refusal: { message: 'The library has not yet been initialized' },
  },
  {
    doc: accessContext,
    example: 'Get context by using the Microsoft Teams JavaScript library: a personal tab',
    setup: 'personal',
    frame: 'p1-content',
    snippet: getContext,
    answer: {
      ...contextOf(megan, 'content'),
      app: { locale: 'fr-fr', theme: 'dark', host: { name: 'Teams' } },
      page: {
        frameContext: 'content',
        subPageId: 'kr:7',
        isFullScreen: false,
        isMultiWindow: false,
      },
    },
    absent: ['team', 'channel', 'chat', 'meeting'],
  },
  {
    doc: appInitialization,
    example:
      'Loading screen flow: after app.initialize() alone the loading indicator stays over the app',
    setup: 'loadingIndicator',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
return 'initialized';`,
    answer: 'initialized',
    host: async (page) => {
      await simulatorCard(page, 'p1-content')
        .and(page.locator('[data-status="initialized"]'))
        .waitFor();
      await hostScreen(page, 'p1-content', 'loading').getByRole('progressbar').waitFor();
    },
  },
  {
    doc: contentPage,
    example:
      'Show a native loading indicator: app.notifyAppLoaded() hides it while the app loads on',
    setup: 'loadingIndicator',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.app.notifyAppLoaded();
return 'notified';`,
    answer: 'notified',
    host: async (page) => {
      await simulatorCard(page, 'p1-content')
        .and(page.locator('[data-status="loaded"]:not([data-screen])'))
        .waitFor();
    },
  },
  {
    doc: contentPage,
    example: 'Show a native loading indicator: app.notifySuccess() ends loading',
    setup: 'loadingIndicator',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
await microsoftTeams.app.notifySuccess();
return 'notified';`,
    answer: 'notified',
    host: async (page) => {
      await simulatorCard(page, 'p1-content')
        .and(page.locator('[data-status="ready"]:not([data-screen])'))
        .waitFor();
    },
  },
  {
    doc: contentPage,
    example:
      'app.notifyFailure({ reason, message }): "a generic error screen appears", without the message',
    setup: 'loadFailure',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.app.notifyFailure({
  reason: microsoftTeams.app.FailedReason.Timeout,
  message: 'The board did not load in time.'
});
return 'notified';`,
    answer: 'notified',
    host: async (page) => {
      const card = simulatorCard(page, 'p1-content');
      await card.and(page.locator('[data-status="failed"]')).waitFor();
      const screen = hostScreen(page, 'p1-content', 'error');
      await screen.getByText(loadErrorText).waitFor();
      await screen.getByRole('button', { name: 'Try again' }).waitFor();
      expect(await screen.textContent()).not.toContain('The board did not load in time.');
      // The simulator's own line above the frame tells the developer what the app said.
      await card
        .locator('.problem', { hasText: 'Timeout — The board did not load in time.' })
        .waitFor();
    },
  },
  {
    doc: appInitialization,
    example:
      'app.notifyExpectedFailure(): the app "can be considered loaded successfully", no error screen',
    setup: 'expectedFailure',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.app.notifyExpectedFailure({
  reason: microsoftTeams.app.ExpectedFailureReason.PermissionError,
  message: 'You may not see this board.'
});
return 'notified';`,
    answer: 'notified',
    host: async (page) => {
      await simulatorCard(page, 'p1-content')
        .and(page.locator('[data-status="expectedFailure"]:not([data-screen])'))
        .waitFor();
    },
  },
  {
    doc: contentPage,
    example:
      'notifySuccess never called: Teams times out and "displays an error screen with a retry option"',
    setup: 'loadingTimeout',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
return 'initialized';`,
    answer: 'initialized',
    host: async (page) => {
      await simulatorCard(page, 'p1-content')
        .and(page.locator('[data-status="timedOut"]'))
        .waitFor();
      const screen = hostScreen(page, 'p1-content', 'error');
      await screen.getByText(loadErrorText).waitFor();
      // Retry loads the app's page again: a new document, which no snippet has run in.
      await screen.getByRole('button', { name: 'Try again' }).click();
      await framedApp(page, 'p1-content')
        .locator('html[data-sdk="ready"]:not([data-ran])')
        .waitFor({ state: 'attached' });
    },
  },
  {
    doc: accessContext,
    example: 'Handle theme change: registerOnThemeChangeHandler is called with the new theme',
    setup: 'personal',
    frame: 'p1-content',
    snippet: `
microsoftTeams.app.registerOnThemeChangeHandler(function (theme) {
  document.documentElement.dataset.theme = theme;
});
return 'registered';`,
    answer: 'registered',
    host: async (page) => {
      await loggedMessages(page, 'registerHandler')
        .filter({ hasText: 'themeChange' })
        .first()
        .waitFor({ state: 'attached' });
      await switchTheme(page, framedApp(page, 'p1-content'), 'contrast');
    },
  },
  {
    doc: nestedAppAuth,
    example: 'isNAAChannelRecommended(): Teams recommends nested app authentication',
    setup: 'personal',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
return microsoftTeams.nestedAppAuth.isNAAChannelRecommended();`,
    answer: true,
  },
  {
    doc: meetingStage,
    example: 'shareAppContentToStage outside a meeting: teams-js refuses in a personal tab',
    setup: 'personal',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
return await new Promise((resolve, reject) =>
  microsoftTeams.meeting.shareAppContentToStage((err, result) => (err ? reject(err) : resolve(result)),
    location.href));`,
    refusal: wrongFrame(['sidePanel', 'meetingStage'], 'content'),
  },
  {
    doc: meetingStage,
    example:
      'getAppContentStageSharingCapabilities outside a meeting: teams-js refuses in a personal tab',
    setup: 'personal',
    frame: 'p1-content',
    snippet: sharingCapabilities,
    refusal: wrongFrame(['sidePanel', 'meetingStage'], 'content'),
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingState outside a meeting: teams-js refuses in a personal tab',
    setup: 'personal',
    frame: 'p1-content',
    snippet: sharingState,
    refusal: wrongFrame(['sidePanel', 'meetingStage'], 'content'),
  },
  {
    doc: configurationPage,
    example: 'pages.config.setValidityState in a content page: only the configuration page may',
    setup: 'personal',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.pages.config.setValidityState(true);
return 'set';`,
    refusal: wrongFrame(['settings', 'remove'], 'content'),
  },
  {
    doc: deepLinks,
    example: 'app.openLink with a deep link to the app: Teams opens the tab at the subPageId',
    setup: 'personal',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
const context = await microsoftTeams.app.getContext();
const deepLink = 'https://teams.microsoft.com/l/entity/' + encodeURIComponent(context.app.appId) +
  '/' + encodeURIComponent(context.page.id) +
  '?context=' + encodeURIComponent(JSON.stringify({ subEntityId: 'objective:42' }));
await microsoftTeams.app.openLink(deepLink);
return 'opened';`,
    answer: 'opened',
    host: async (page) => {
      await framedApp(page, 'p1-content')
        .locator('html[data-sdk="ready"]:not([data-ran])')
        .waitFor({ state: 'attached' });
    },
  },
  {
    doc: deepLinks,
    example: 'after the deep link: the tab reads the subPageId it names',
    setup: 'personal',
    frame: 'p1-content',
    snippet: getContext,
    answer: { page: { frameContext: 'content', subPageId: 'objective:42' } },
  },
  {
    doc: configurationPage,
    example: 'getContext in the configuration page of a channel tab: frameContext settings',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: getContext,
    answer: {
      ...contextOf(adele, 'settings'),
      ...standardChannel,
      page: { frameContext: 'settings', isFullScreen: false, isMultiWindow: false },
    },
    absent: ['meeting'],
  },
  {
    doc: configurationPage,
    example: 'setConfig with a contentUrl outside validDomains: Teams refuses the settings',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: `
await microsoftTeams.app.initialize();
await microsoftTeams.pages.config.setConfig({
  websiteUrl: "https://yourWebsite.com",
  contentUrl: "https://yourWebsite.com/gray",
  entityId: "grayIconTab",
  suggestedDisplayName: "MyNewTab"
});
return 'set';`,
    refusal: { message: expect.stringContaining('Invalid tab settings provided') },
  },
  {
    doc: saveEvent,
    example:
      'the save handler with a contentUrl outside validDomains: its notifyFailure reason is displayed',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: saveOnSave('outside', 'grayIconTab', '"https://yourWebsite.com/gray"'),
    answer: 'valid',
    host: async (page) => {
      const card = simulatorCard(page, 'p1-settings');
      await saveFails(page, 'failure message');
      expect(await card.locator('.problem').textContent()).toBe('failure message');
    },
  },
  {
    doc: saveEvent,
    example: 'saveEvent.notifyFailure() without a reason: "a generic error is displayed"',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.pages.config.registerOnSaveHandler((saveEvent) => saveEvent.notifyFailure());
microsoftTeams.pages.config.setValidityState(true);
return 'valid';`,
    answer: 'valid',
    host: (page) => saveFails(page, saveFailedText),
  },
  {
    doc: invalidTabSettings,
    example: 'notifySuccess after setConfig was refused: "We couldn\'t save your tab settings"',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.pages.config.registerOnSaveHandler(async (saveEvent) => {
  await microsoftTeams.pages.config.setConfig({
    contentUrl: "https://yourWebsite.com/gray",
    entityId: "grayIconTab"
  }).catch(() => undefined);
  saveEvent.notifySuccess();
});
microsoftTeams.pages.config.setValidityState(true);
return 'valid';`,
    answer: 'valid',
    host: (page) => saveFails(page, saveFailedText),
  },
  {
    doc: configurationPage,
    example: 'setValidityState(true) enables Save; the save handler sets the config and succeeds',
    setup: 'channel',
    frame: 'p1-settings',
    snippet: saveOnSave('gray', 'grayIconTab'),
    answer: 'valid',
    host: (page) => saveOpensTab(page, '?tab=gray'),
  },
  {
    doc: accessContext,
    example: 'getContext in the saved channel tab: frameContext content, the entity id it saved',
    setup: 'channel',
    frame: 'p1-content',
    snippet: getContext,
    answer: {
      ...contextOf(adele, 'content'),
      ...standardChannel,
      page: { frameContext: 'content', id: 'grayIconTab' },
    },
    absent: ['meeting'],
  },
  {
    doc: pagesReference,
    example: 'pages.getConfig() in the saved channel tab: the config its configuration page set',
    setup: 'channel',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
return await microsoftTeams.pages.getConfig();`,
    answer: {
      contentUrl: expect.stringMatching(/\?tab=gray$/),
      websiteUrl: expect.stringMatching(/\?website=gray$/),
      entityId: 'grayIconTab',
      suggestedDisplayName: 'MyNewTab',
    },
  },
  {
    doc: configurationPage,
    example: 'registerOnSaveHandler in the saved tab: only the configuration page may',
    setup: 'channel',
    frame: 'p1-content',
    snippet: `
await microsoftTeams.app.initialize();
microsoftTeams.pages.config.registerOnSaveHandler((saveEvent) => saveEvent.notifySuccess());
return 'registered';`,
    refusal: wrongFrame(['settings'], 'content'),
  },
  {
    doc: accessContext,
    example: 'getContext in a group chat tab: chat.id, no team or channel',
    setup: 'chat',
    frame: 'p1-settings',
    snippet: getContext,
    answer: { page: { frameContext: 'settings' }, chat: { id: threadId } },
    absent: ['team', 'channel', 'meeting'],
  },
  {
    doc: configurationPage,
    example: 'no save handler: "the saveEvent.notifySuccess() call is made automatically" on Save',
    setup: 'chat',
    frame: 'p1-settings',
    snippet: `
await microsoftTeams.app.initialize();
await microsoftTeams.pages.config.setConfig({
  websiteUrl: ${sandboxUrl('website=red')},
  contentUrl: ${sandboxUrl('tab=red')},
  entityId: 'redIconTab',
  suggestedDisplayName: 'MyNewTab'
});
microsoftTeams.pages.config.setValidityState(true);
return 'valid';`,
    answer: 'valid',
    host: (page) => saveOpensTab(page, '?tab=red'),
  },
  {
    doc: accessContext,
    example: 'getContext in the saved chat tab: frameContext content, chat.id, the entity id',
    setup: 'chat',
    frame: 'p1-content',
    snippet: getContext,
    answer: { page: { frameContext: 'content', id: 'redIconTab' }, chat: { id: threadId } },
    absent: ['team', 'channel', 'meeting'],
  },
  {
    doc: accessContext,
    example:
      'getContext in the configuration page of a meeting tab: meeting.id and the meeting chat',
    setup: 'meetingChat',
    frame: 'p1-settings',
    snippet: getContext,
    answer: {
      ...contextOf(megan, 'settings'),
      page: { frameContext: 'settings' },
      meeting: { id: meetingId },
      chat: { id: threadId },
    },
    absent: ['team', 'channel'],
  },
  {
    doc: configurationPage,
    example: 'the meeting tab saved through its configuration page opens in the meeting chat',
    setup: 'meetingChat',
    frame: 'p1-settings',
    snippet: saveOnSave('meeting', 'meetingTab'),
    answer: 'valid',
    host: (page) => saveOpensTab(page, '?tab=meeting'),
  },
  {
    doc: accessContext,
    example: 'getContext in the saved meeting tab: frameContext content, meeting.id, the entity id',
    setup: 'meetingChat',
    frame: 'p1-content',
    snippet: getContext,
    answer: {
      page: { frameContext: 'content', id: 'meetingTab' },
      meeting: { id: meetingId },
      chat: { id: threadId },
    },
    absent: ['team', 'channel'],
  },
  {
    doc: frameContexts,
    example: 'getContext in the meeting side panel: frameContext sidePanel, meeting.id, chat.id',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: getContext,
    answer: {
      ...contextOf(adele, 'sidePanel'),
      meeting: { id: meetingId },
      chat: { id: threadId },
    },
    absent: ['team', 'channel'],
  },
  {
    doc: meetingStage,
    example:
      'getAppContentStageSharingCapabilities for the organizer: {"doesAppHaveSharePermission":true}',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: sharingCapabilities,
    answer: { err: null, result: { doesAppHaveSharePermission: true } },
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingCapabilities for an attendee: no permission to share',
    setup: 'sidePanel',
    frame: 'p2-sidePanel',
    snippet: sharingCapabilities,
    answer: { err: null, result: { doesAppHaveSharePermission: false } },
  },
  {
    doc: meetingStage,
    example: 'shareAppContentToStage by an attendee: 1000, no permission',
    setup: 'sidePanel',
    frame: 'p2-sidePanel',
    snippet: shareToStage(sandboxUrl('stage=attendee')),
    answer: { err: { errorCode: 1000 }, result: null },
  },
  {
    doc: meetingReference,
    example:
      'meeting.getMeetingDetails without OnlineMeeting.ReadBasic.Chat in the manifest: 1000, no permission',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: `
await microsoftTeams.app.initialize();
return await new Promise((resolve) =>
  microsoftTeams.meeting.getMeetingDetails((err, result) => resolve({ err, result })));`,
    answer: {
      err: { errorCode: 1000, message: "App doesn't have sufficient permission to use this API" },
      result: null,
    },
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingState before sharing: {"isAppSharing":false}',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: sharingState,
    answer: { err: null, result: { isAppSharing: false } },
  },
  {
    doc: meetingStage,
    example:
      'shareAppContentToStage with a URL outside validDomains ("https://www.bing.com/"): 501',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: shareToStage('"https://www.bing.com/"'),
    answer: { err: { errorCode: 501 }, result: null },
  },
  {
    doc: meetingStage,
    example: 'shareAppContentToStage by the organizer: result true, the stage opens the URL',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: shareToStage(sandboxUrl('stage=shared')),
    answer: { err: null, result: true },
    host: async (page) => {
      await simulatorCard(page, 'p2-meetingStage').waitFor();
      expect((await stageUrls(page)).map((url) => new URL(url).search)).toEqual([
        '?stage=shared',
        '?stage=shared',
      ]);
    },
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingState while shared: {"isAppSharing":true}',
    setup: 'sidePanel',
    frame: 'p1-sidePanel',
    snippet: sharingState,
    answer: { err: null, result: { isAppSharing: true } },
  },
  {
    doc: frameContexts,
    example: 'getContext on the meeting stage: frameContext meetingStage',
    setup: 'stage',
    frame: 'p1-meetingStage',
    snippet: getContext,
    answer: { page: { frameContext: 'meetingStage' }, meeting: { id: meetingId } },
    absent: ['team', 'channel'],
  },
  {
    doc: configurationPage,
    example:
      'pages.config.setConfig on the meeting stage: teams-js refuses outside its frame contexts',
    setup: 'stage',
    frame: 'p1-meetingStage',
    snippet: `
await microsoftTeams.app.initialize();
await microsoftTeams.pages.config.setConfig({ contentUrl: location.href, entityId: 'stageTab' });
return 'set';`,
    refusal: wrongFrame(['content', 'settings', 'sidePanel'], 'meetingStage'),
  },
  {
    doc: pagesReference,
    example: 'pages.getConfig on the meeting stage: teams-js refuses outside its frame contexts',
    setup: 'stage',
    frame: 'p1-meetingStage',
    snippet: `
await microsoftTeams.app.initialize();
return await microsoftTeams.pages.getConfig();`,
    refusal: wrongFrame(['content', 'settings', 'remove', 'sidePanel'], 'meetingStage'),
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingState on the stage the app is shared to: isAppSharing true',
    setup: 'stage',
    frame: 'p1-meetingStage',
    snippet: sharingState,
    answer: { err: null, result: { isAppSharing: true } },
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingCapabilities on the stage, for the organizer: true',
    setup: 'stage',
    frame: 'p1-meetingStage',
    snippet: sharingCapabilities,
    answer: { err: null, result: { doesAppHaveSharePermission: true } },
  },
  {
    doc: meetingStage,
    example: 'getAppContentStageSharingCapabilities when the app may not share: false',
    setup: 'shareDenied',
    frame: 'p1-sidePanel',
    snippet: sharingCapabilities,
    answer: { err: null, result: { doesAppHaveSharePermission: false } },
  },
  {
    doc: meetingStage,
    example: 'shareAppContentToStage when the app may not share: 1000',
    setup: 'shareDenied',
    frame: 'p1-sidePanel',
    snippet: shareToStage(sandboxUrl('stage=denied')),
    answer: { err: { errorCode: 1000 }, result: null },
    host: async (page) => {
      expect(await stageUrls(page)).toEqual([]);
    },
  },
];
