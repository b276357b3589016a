import type { Page } from 'playwright-core';
import { demoOkrSite, demoUsers } from '../../../src/dev/graph-emulator';
import { runLocalReminderPass } from '../../../src/dev/reminders-clock';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * The rhythm in the Teams simulator with the real teams-js: the reminders job's notification
 * shows in the owner's activity feed and opens My OKRs at the KR's check-in; a coach's nudge from
 * the coach view arrives in the owner's feed, once a day.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;
const megan = demoUsers.meganBowen;
const quiet = { info: () => {}, warn: () => {}, debug: () => {} };

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

it('shows the reminder in the owner’s activity feed, and opening it starts the check-in', async () => {
  // The job's pass, as the Function App runs it, with the demo app's own token.
  const sent = await runLocalReminderPass(
    { graphBaseUrl: stack.emulator.graphBaseUrl, site: demoOkrSite.id },
    new Date().toISOString(),
    quiet,
  );
  expect(sent.failed).toEqual([]);
  expect(sent.sent).toEqual([expect.stringContaining(`checkInDue:${adele.id}:`)]);

  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  const reminder = page.getByRole('button', {
    name: /OKR Coach: key results to check in on in This quarter: 2/,
  });
  await reminder.waitFor();
  // Opening it reloads the simulator at the personal tab, as Teams opens the app's link.
  await Promise.all([page.waitForURL(/[?&]sub=checkin%3A/), reminder.click()]);

  await waitUntilReady(page, 'p1-content');
  // A locator, not a frame handle: it finds the tab's frame again whenever the frame reloads.
  const tab = framedApp(page, 'p1-content');
  const dialog = tab.getByRole('dialog', { name: `Check in: ${stack.fixture.keyResult.title}` });
  await dialog.waitFor();
  expect(new URL(page.url()).searchParams.get('context')).toBe('personal');
});

it('shows the reminder’s title line in the simulated Teams language, from the app’s language files', async () => {
  await runLocalReminderPass(
    { graphBaseUrl: stack.emulator.graphBaseUrl, site: demoOkrSite.id },
    new Date().toISOString(),
    quiet,
  );
  await openSimulator(page, stack.server.url, {
    context: 'channel',
    user: adele.id,
    locale: 'de-de',
  });
  await page
    .getByRole('button', { name: /OKR Coach: Key Results für einen Check-in in This quarter: 2/ })
    .waitFor();
  await openSimulator(page, stack.server.url, {
    context: 'channel',
    user: adele.id,
    locale: 'fr-fr',
  });
  await page
    .getByRole('button', {
      name: /OKR Coach : résultats clés à mettre à jour dans This quarter : 2/,
    })
    .waitFor();
});

it('a nudge from a KR on the board arrives in the owner’s feed; the coach view knows it went today', async () => {
  await configureChannelTab(page, stack.server.url);
  await openSimulator(page, stack.server.url, { context: 'channel', user: megan.id });
  await waitUntilReady(page, 'p1-content');
  const tab = framedApp(page, 'p1-content');
  const name = `Nudge Adele Vance to check in on ${stack.fixture.keyResult.title}`;
  await tab.getByRole('button', { name }).click();
  await tab.getByText('Nudge sent to Adele Vance', { exact: true }).waitFor();
  const nudges = stack.emulator.activity(adele.id).filter((a) => a.activityType === 'checkInNudge');
  expect(nudges).toHaveLength(1);
  expect(nudges[0]).toMatchObject({
    text: `Megan Bowen asks you to check in on ${stack.fixture.keyResult.title}`,
    actor: { kind: 'user', id: megan.id },
  });
  // The link opens the KR's check-in on this channel's tab.
  expect(JSON.parse(new URL(nudges[0]!.topic.webUrl!).searchParams.get('context')!)).toMatchObject({
    subEntityId: `checkin:${stack.fixture.keyResult.id}`,
  });

  await tab.getByRole('tab', { name: 'Coach view' }).click();
  const stale = tab.getByRole('region', { name: 'Stale key results' });
  // The Coach view's button shows "Nudge owner", and its name begins with it (WCAG 2.5.3).
  await stale
    .getByRole('button', {
      name: `Nudge owner, Adele Vance, to check in on ${stack.fixture.keyResult.title}`,
    })
    .click();
  await tab.getByText('Adele Vance was already nudged today', { exact: true }).waitFor();
  expect(
    stack.emulator.activity(adele.id).filter((a) => a.activityType === 'checkInNudge'),
  ).toHaveLength(1);
});

it('My OKRs lets the owner snooze reminders for a week or turn them off, stored in the site', async () => {
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('button', { name: 'Reminders on' }).click();
  await tab.getByRole('menuitem', { name: 'Snooze for a week' }).click();
  await tab.getByText('Reminders snoozed for 7 days.').waitFor();
  const snoozed = await stack.repository.reminderPreferencesOf(adele.id);
  expect(Date.parse(snoozed!.snoozedUntil!)).toBeGreaterThan(Date.now() + 6 * 86_400_000);

  await tab.getByRole('button', { name: /Reminders snoozed until/ }).click();
  await tab.getByRole('menuitem', { name: 'Turn reminders off' }).click();
  await tab.getByText(/Check-in reminders are off/).waitFor();
  await tab.getByRole('button', { name: 'Reminders off' }).waitFor();
  expect(await stack.repository.reminderPreferencesOf(adele.id)).toMatchObject({ optedOut: true });
});

it('keeps the focus on the reminders button while a choice from its menu saves, by keyboard', async () => {
  await openSimulator(page, stack.server.url, { context: 'personal', user: megan.id });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('button', { name: 'Reminders on' }).focus();
  await page.keyboard.press('Enter');
  // The menu opens on its first item.
  const snooze = tab.getByRole('menuitem', { name: 'Snooze for a week' });
  await tab.waitForFunction(
    (element) => document.activeElement === element,
    await snooze.elementHandle(),
  );
  await page.keyboard.press('Enter');
  await tab.getByText('Reminders snoozed for 7 days.').waitFor();
  const button = tab.getByRole('button', { name: /Reminders snoozed until/ });
  await tab.waitForFunction(
    (element) => document.activeElement === element,
    await button.elementHandle(),
  );
});
