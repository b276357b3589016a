import type { Page } from 'playwright-core';
import { switchTheme, teamsThemes } from '../support/teams-simulator';
import {
  openNewCycleDialog,
  openProgrammeSection,
  openProgrammeSectionInGerman,
  teamsStackPerFile,
  type NewCycleWords,
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

const english: NewCycleWords = {
  locale: 'en-us',
  programme: 'Programme',
  openSection: openProgrammeSection,
  cycles: 'Cycles',
  newCycle: 'New cycle',
  customDates: 'Custom dates',
};

it('picks a new cycle’s days from the calendar, by mouse and by keyboard', async () => {
  const { tab, dialog } = await openNewCycleDialog(page, stack.server.url, english);
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
  const { tab, dialog } = await openNewCycleDialog(page, stack.server.url, {
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

/** Where `element` is in its frame, top and bottom. */
const rows = (element: HTMLElement | SVGElement) => {
  const { top, bottom } = element.getBoundingClientRect();
  return { top, bottom };
};

it('opens the start’s calendar above it in a 320 px tab, leaving the end in sight; Escape gives focus back to the field', async () => {
  await page.setViewportSize({ width: 900, height: 1100 });
  const { tab, dialog } = await openNewCycleDialog(page, stack.server.url, english, {
    theme: 'dark',
    width: 320,
    height: 900,
  });
  const starts = dialog.getByRole('textbox', { name: 'Starts' });
  // Found before the calendar opens: a modal popover hides the dialog from the accessibility tree.
  const startsField = await starts.elementHandle();
  const ends = await dialog.getByRole('textbox', { name: 'Ends' }).evaluate(rows);
  await starts.fill('05/10/2031');
  await starts.press('Alt+ArrowDown');
  const calendar = tab.getByRole('dialog', { name: 'Calendar for Starts' });
  await calendar.getByText('May 2031', { exact: true }).waitFor(found);
  const opened = await calendar.evaluate((surface) => ({
    height: surface.getBoundingClientRect().height,
    bottom: surface.getBoundingClientRect().bottom,
    frame: innerHeight,
  }));
  const field = await startsField!.evaluate(rows);
  // There is room for it below the field, over the end's field; it opens above instead.
  expect(field.bottom + opened.height).toBeLessThan(opened.frame);
  expect(ends.top).toBeGreaterThan(field.bottom);
  expect(opened.bottom).toBeLessThanOrEqual(field.top);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await calendar.waitFor({ state: 'detached', ...found });
  await starts.evaluate(
    (input) =>
      new Promise<void>((done) => {
        const check = () =>
          input === document.activeElement ? done() : requestAnimationFrame(check);
        check();
      }),
  );
  expect(await starts.inputValue()).toBe('05/10/2031');
});

it('gives the calendar an edge over the dialog in every theme', async () => {
  const { tab, dialog } = await openNewCycleDialog(page, stack.server.url, english);
  const dialogSurface = await dialog.elementHandle();
  await dialog.getByRole('button', { name: 'Calendar for Starts' }).click();
  const calendar = tab.getByRole('dialog', { name: 'Calendar for Starts' });
  await calendar.getByRole('grid').waitFor(found);
  for (const theme of teamsThemes) {
    await switchTheme(page, tab, theme);
    const background = await dialogSurface!.evaluate(
      (surface) => getComputedStyle(surface).backgroundColor,
    );
    const edge = await calendar.evaluate((surface) => {
      const style = getComputedStyle(surface);
      return {
        width: style.borderTopWidth,
        colour: style.borderTopColor,
        background: style.backgroundColor,
      };
    });
    // The popover has the dialog's colour (in the dark theme its shadow is lost on it): its edge
    // tells them apart.
    expect({ theme, ...edge }).toEqual({
      theme,
      width: '1px',
      colour: expect.any(String),
      background,
    });
    expect({ theme, edge: edge.colour }).not.toEqual({ theme, edge: background });
    expect(edge.colour).not.toBe('rgba(0, 0, 0, 0)');
  }
});
