import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';
import {
  framedApp,
  loggedMessages,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';

/**
 * The real teams-js, inside the host layer, inside the Teams host simulator, in Chromium. The
 * probe page (`/dev/teams-simulator/probe.html`) shows what the host layer read.
 */
const probe = '/dev/teams-simulator/probe.html';
const megan = '48d31887-5fad-4d73-a9f5-3c356e68a038';
const adele = '87d349ed-44d7-43e1-9a83-5f2406dee5bd';
const alex = '5bde3e51-d13b-4db1-9948-fe4b109d11a7';

interface ProbedContext {
  kind: string;
  surface: string;
  user: { id: string; displayName: string; tenantId?: string };
  team?: { id: string; name: string; groupId?: string };
  channel?: { id: string; name: string };
  meeting?: { id: string; role?: string };
  tabSettings?: { teamIds: string[]; cycleId: string };
  deepLinkTarget?: { type: string; id: string };
  theme: string;
  locale: string;
}

jest.setTimeout(120_000);

let server: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

freshPagePerTest(
  () => browser,
  (opened) => (page = opened),
);

async function probed(app: FrameLocator | Page): Promise<ProbedContext> {
  await app.locator('html[data-probe="done"]').waitFor({ state: 'attached' });
  return JSON.parse((await app.locator('#context').textContent()) ?? '') as ProbedContext;
}

describe('the host layer inside the Teams host simulator', () => {
  it('opens the personal tab as the chosen user, in the chosen theme and locale, and reports success', async () => {
    await openSimulator(page, server.url, {
      context: 'personal',
      user: megan,
      theme: 'dark',
      locale: 'de-de',
      sub: 'objective:42',
      page: probe,
    });
    await waitUntilReady(page, 'p1-content');
    const read = await probed(framedApp(page, 'p1-content'));
    expect(read).toMatchObject({
      kind: 'teams',
      surface: 'personalTab',
      user: { id: megan, displayName: 'Megan Bowen' },
      deepLinkTarget: { type: 'objective', id: '42' },
      theme: 'dark',
      locale: 'de-de',
    });
    expect(read.team).toBeUndefined();
    await expect(
      loggedMessages(page, 'appInitialization.success').count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('sends a theme change to the app while it runs', async () => {
    await openSimulator(page, server.url, { context: 'personal', page: probe });
    await waitUntilReady(page, 'p1-content');
    const app = framedApp(page, 'p1-content');
    await page.selectOption('#theme', 'dark');
    await app.locator('#themes', { hasText: 'dark' }).waitFor();
    await page.selectOption('#theme', 'contrast');
    await app.locator('#themes', { hasText: 'dark, contrast' }).waitFor();
    expect(await app.locator('html').getAttribute('data-theme')).toBe('contrast');
    expect(await loggedMessages(page, 'themeChange').count()).toBe(2);
  });

  it('configures a channel tab through Save, then opens the saved tab in the channel', async () => {
    await openSimulator(page, server.url, {
      context: 'channel',
      user: alex,
      page: `${probe}?probeTeams=3,4&probeCycle=c7&probeName=Team%20OKRs`,
    });
    await waitUntilReady(page, 'p1-settings');
    const settings = await probed(framedApp(page, 'p1-settings'));
    expect(settings).toMatchObject({
      surface: 'configuration',
      user: { id: alex },
      team: { name: 'Contoso OKRs' },
      channel: { name: 'General' },
    });

    const save = simulatorCard(page, 'p1-settings').locator('button.save');
    await save.and(page.locator(':enabled')).waitFor();
    await save.click();

    const tab = simulatorCard(page, 'p1-content');
    await tab.waitFor();
    const src = new URL((await tab.locator('iframe').getAttribute('src')) ?? '');
    expect(src.pathname).toBe('/teams/tab.html');
    expect(src.searchParams.get('teams')).toBe('3,4');
    expect(src.searchParams.get('cycle')).toBe('c7');
    await loggedMessages(page, 'settings.save.success').waitFor();
    const saved = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('okr-teams-simulator:tabs'))) ?? '{}',
    ) as Record<string, { entityId: string; suggestedDisplayName: string; websiteUrl: string }>;
    expect(Object.values(saved)).toEqual([
      expect.objectContaining({
        entityId: 'board:teams=3%2C4&cycle=c7',
        suggestedDisplayName: 'Team OKRs',
        websiteUrl: src.href,
      }),
    ]);

    // Opened again, the channel shows the configured tab at once, with its settings.
    await openSimulator(page, server.url, { context: 'channel', user: alex });
    await simulatorCard(page, 'p1-content').waitFor();
    expect(await simulatorCard(page, 'p1-settings').count()).toBe(0);
  });

  it('configures a meeting tab in the meeting chat; the meeting side panel opens what it saved', async () => {
    await openSimulator(page, server.url, {
      context: 'meetingChat',
      page: `${probe}?probeTeams=2&probeCycle=c3&probeName=Check-in`,
    });
    await waitUntilReady(page, 'p1-settings');
    const settings = await probed(framedApp(page, 'p1-settings'));
    expect(settings.surface).toBe('configuration');
    expect(settings.meeting?.id).toBeTruthy();
    expect(settings.team).toBeUndefined();

    const save = simulatorCard(page, 'p1-settings').locator('button.save');
    await save.and(page.locator(':enabled')).waitFor();
    await save.click();
    const tab = simulatorCard(page, 'p1-content').locator('iframe');
    await tab.waitFor();
    const saved = new URL((await tab.getAttribute('src')) ?? '');
    expect(saved.pathname).toBe('/teams/sidepanel.html');
    expect(saved.searchParams.get('teams')).toBe('2');

    await openSimulator(page, server.url, { context: 'sidePanel' });
    const panel = simulatorCard(page, 'p1-sidePanel').locator('iframe');
    await panel.waitFor();
    expect(await panel.getAttribute('src')).toBe(saved.href);
  });

  it('shows why a configuration page refused to save', async () => {
    await openSimulator(page, server.url, {
      context: 'config',
      page: `${probe}?probeSaveError=Choose%20a%20cycle%20first`,
    });
    await waitUntilReady(page, 'p1-settings');
    await simulatorCard(page, 'p1-settings').locator('button.save').click();
    await simulatorCard(page, 'p1-settings')
      .locator('.problem', { hasText: 'Choose a cycle first' })
      .waitFor();
    expect(await simulatorCard(page, 'p1-content').count()).toBe(0);
  });

  it('opens a meeting side panel per participant, with the organizer known, and shares to every stage', async () => {
    await openSimulator(page, server.url, {
      context: 'sidePanel',
      user: adele,
      participants: 2,
      page: probe,
    });
    await waitUntilReady(page, 'p1-sidePanel');
    await waitUntilReady(page, 'p2-sidePanel');
    const organizer = await probed(framedApp(page, 'p1-sidePanel'));
    const presenter = await probed(framedApp(page, 'p2-sidePanel'));
    expect(organizer).toMatchObject({ surface: 'meetingSidePanel', user: { id: adele } });
    // Teams refuses getMeetingDetails to an app without OnlineMeeting.ReadBasic.Chat: the roles
    // come from the meeting's role API (Live Share), not from the context.
    expect(organizer.meeting).toEqual({ id: expect.any(String) });
    expect(await framedApp(page, 'p1-sidePanel').locator('#roles').textContent()).toBe(
      '["organizer"]',
    );
    expect(presenter.user.id).toBe(megan);
    expect(presenter.meeting).toEqual({ id: organizer.meeting?.id });
    expect(await framedApp(page, 'p2-sidePanel').locator('#roles').textContent()).toBe(
      '["presenter"]',
    );
    expect(
      JSON.parse(
        (await framedApp(page, 'p1-sidePanel').locator('#capabilities').textContent()) ?? '',
      ),
    ).toMatchObject({ shareToStage: true });

    await framedApp(page, 'p1-sidePanel').locator('#share').click();
    await framedApp(page, 'p1-sidePanel').locator('#share-result', { hasText: 'shared' }).waitFor();
    for (const stage of ['p1-meetingStage', 'p2-meetingStage']) {
      await waitUntilReady(page, stage);
      expect(await probed(framedApp(page, stage))).toMatchObject({
        surface: 'meetingStage',
        meeting: { id: organizer.meeting?.id },
      });
    }
  });

  it('refuses to share to the stage when the meeting does not allow it', async () => {
    await openSimulator(page, server.url, { context: 'sidePanel', share: 'denied', page: probe });
    await waitUntilReady(page, 'p1-sidePanel');
    const app = framedApp(page, 'p1-sidePanel');
    await probed(app);
    expect(JSON.parse((await app.locator('#capabilities').textContent()) ?? '')).toMatchObject({
      shareToStage: false,
    });
    await app.locator('#share').click();
    await app.locator('#share-result', { hasText: 'Teams did not share to the stage' }).waitFor();
    expect(await simulatorCard(page, 'p1-meetingStage').count()).toBe(0);
  });

  it('trusts the simulator on another loopback origin through validMessageOrigins', async () => {
    const appOrigin = server.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
    await openSimulator(page, server.url, { context: 'personal', appOrigin, page: probe });
    await waitUntilReady(page, 'p1-content');
    expect((await probed(framedApp(page, 'p1-content'))).kind).toBe('teams');
    const initialize = await loggedMessages(page, 'initialize')
      .first()
      .locator('pre')
      .textContent();
    expect(JSON.parse(initialize ?? '[]')[2]).toContain(server.url.replace(/\/$/, ''));
  });

  it('reports the app failing to start as an expected failure, which Teams shows as loaded', async () => {
    await openSimulator(page, server.url, {
      context: 'personal',
      page: `${probe}?probeFail=No%20list%20found`,
    });
    await simulatorCard(page, 'p1-content')
      .and(page.locator('[data-status="expectedFailure"]:not([data-screen])'))
      .waitFor();
    await simulatorCard(page, 'p1-content')
      .locator('.problem', { hasText: 'No list found' })
      .waitFor();
  });
});

describe('the host layer outside Teams', () => {
  it('runs a page that is not framed as a plain browser page at once, from its URL', async () => {
    await page.goto(
      `${server.url}${probe.slice(1)}?user=u7&userName=Lee&theme=contrast&locale=fr-fr`,
    );
    const read = await probed(page);
    expect(read).toMatchObject({
      kind: 'browser',
      surface: 'page',
      user: { id: 'u7', displayName: 'Lee' },
      theme: 'contrast',
      locale: 'fr-fr',
    });
    expect(await page.locator('#note').textContent()).toBe('');
    expect(await page.locator('html').getAttribute('data-host')).toBe('browser');
  });

  it('falls back to a plain page, and says why, when its frame never answers like Teams', async () => {
    await openSimulator(page, server.url, { context: 'personal', silent: 1, page: probe });
    const app = framedApp(page, 'p1-content');
    const read = await probed(app);
    expect(read.kind).toBe('browser');
    expect(await app.locator('#note').textContent()).toMatch(/no Teams host answered/);
    expect(await simulatorCard(page, 'p1-content').getAttribute('data-status')).toBe('loading');
  });
});
