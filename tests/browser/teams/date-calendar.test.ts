import type { Frame, Locator, Page } from 'playwright-core';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  openProgrammeSection,
  openProgrammeSectionInGerman,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * A calendar beside every date field, as Microsoft 365 apps give one: the New cycle dialog's
 * dates picked by mouse and by keyboard, written as if typed, in the app's language (German
 * month names, weeks from Monday). Its code loads when its button is first wanted.
 */
jest.setTimeout(180_000);
const found = { timeout: 60_000 };

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** What the way to the New cycle dialog says, in the Teams language tested. */
interface Words {
  readonly locale: string;
  readonly programme: string;
  readonly openSection: typeof openProgrammeSection;
  readonly cycles: string;
  readonly newCycle: string;
  readonly customDates: string;
}

/** The Programme's New cycle dialog, set to custom dates. */
async function newCycleDialog(words: Words): Promise<{ tab: Frame; dialog: Locator }> {
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: adele.id,
    locale: words.locale,
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('button', { name: words.programme }).click(found);
  await words.openSection(tab, words.cycles);
  await tab.getByRole('button', { name: words.newCycle }).click(found);
  const dialog = tab.getByRole('dialog', { name: words.newCycle });
  await dialog.getByRole('radio', { name: words.customDates }).check();
  return { tab, dialog };
}

it('picks a new cycle’s days from the calendar, by mouse and by keyboard', async () => {
  const { tab, dialog } = await newCycleDialog({
    locale: 'en-us',
    programme: 'Programme',
    openSection: openProgrammeSection,
    cycles: 'Cycles',
    newCycle: 'New cycle',
    customDates: 'Custom dates',
  });
  const starts = dialog.getByRole('textbox', { name: 'Starts' });
  const ends = dialog.getByRole('textbox', { name: 'Ends' });
  await starts.fill('05/10/2031');

  // By mouse: the calendar opens on the day typed.
  await dialog.getByRole('button', { name: 'Calendar for Starts' }).click();
  const calendar = tab.getByRole('dialog', { name: 'Calendar for Starts' });
  await calendar.getByText('May 2031', { exact: true }).waitFor(found);
  await calendar.getByRole('button', { name: '20, May, 2031' }).click();
  await calendar.waitFor({ state: 'detached', ...found });
  expect(await starts.inputValue()).toBe('05/20/2031');

  // By keyboard: Tab from the field to its button, Enter. Nothing typed, it opens on the first day
  // the field accepts (the day after the start), not today; the arrows move, Enter picks.
  await ends.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const endCalendar = tab.getByRole('dialog', { name: 'Calendar for Ends' });
  await endCalendar.getByText('May 2031', { exact: true }).waitFor(found);
  expect(await endCalendar.getByRole('button', { name: '20, May, 2031' }).isDisabled()).toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await endCalendar.waitFor({ state: 'detached', ...found });
  expect(await ends.inputValue()).toBe('05/22/2031');
  expect(await ends.evaluate((field) => field === document.activeElement)).toBe(true);

  await dialog.getByRole('textbox', { name: /Name/ }).fill('Summer');
  await dialog.getByRole('button', { name: 'Create cycle' }).click();
  await dialog.waitFor({ state: 'detached', ...found });
  const summer = (await stack.repository.listCycles()).find((c) => c.name === 'Summer');
  expect(summer).toMatchObject({ start: '2031-05-20', end: '2031-05-22' });
});

it('shows German month names and weeks from Monday in a German Teams', async () => {
  const { tab, dialog } = await newCycleDialog({
    locale: 'de-de',
    programme: 'Programm',
    openSection: openProgrammeSectionInGerman,
    cycles: 'Zyklen',
    newCycle: 'Neuer Zyklus',
    customDates: 'Eigener Zeitraum',
  });
  const starts = dialog.getByRole('textbox', { name: 'Beginnt' });
  await starts.fill('31.03.2031');
  await dialog.getByRole('button', { name: 'Kalender für Beginnt' }).click();
  const calendar = tab.getByRole('dialog', { name: 'Kalender für Beginnt' });
  await calendar.getByText('März 2031', { exact: true }).waitFor(found);
  const days = await calendar.getByRole('columnheader').allTextContents();
  expect(days).toEqual(['M', 'D', 'M', 'D', 'F', 'S', 'S']);
  // 1 March 2031 is a Saturday: the sixth column of a week from Monday.
  const firstWeek = calendar.getByRole('row').nth(1).getByRole('gridcell');
  expect(await firstWeek.nth(5).textContent()).toBe('1');
  await calendar.getByRole('button', { name: '14, März, 2031' }).click();
  await calendar.waitFor({ state: 'detached', ...found });
  expect(await starts.inputValue()).toBe('14.03.2031');
});
