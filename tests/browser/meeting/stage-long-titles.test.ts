import type { Frame, Page } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import { theme as darkTheme } from '../../../src/host/themes/teams-dark';
import { theme as contrastTheme } from '../../../src/host/themes/teams-high-contrast';
import { theme as lightTheme } from '../../../src/host/themes/teams-light';
import { switchTheme, teamsThemes, type TeamsTheme } from '../support/teams-simulator';
import {
  appFrame,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
} from '../teams/support';
import { meetingStackPerFile, meetingStage, shareRound, type MeetingStack } from './support';

/**
 * A round of KRs with German-length titles on the stage: each chip of the round wraps its title
 * to two lines within its own column (it ran under the next chip, or stopped after a dozen
 * characters), and the whole title is the facilitator's button's name and its chip's tooltip. The
 * revealed votes' median is a line on the chart, in Fluent's colour for each Teams theme.
 */
jest.setTimeout(180_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

const longTitles = [
  'Kundenzufriedenheitsbewertung im Geschäftskundensegment von 7,2 auf 8,5 steigern, gemessen durch vierteljährliche Umfragen',
  'Durchschnittliche Bearbeitungszeit für Supportanfragen der Premiumkunden von 48 auf 12 Stunden senken',
];

async function longKeyResults(): Promise<KeyResult[]> {
  const [first] = stack.keyResults;
  return Promise.all(
    longTitles.map((title, index) =>
      stack.repository.createKeyResult({
        objectiveId: first.objectiveId,
        title,
        kind: 'increase',
        start: 0,
        target: 10,
        current: 4 + index,
        unit: '',
        weight: 1,
        confidence: 7,
      }),
    ),
  );
}

/** Each chip of the round and its title's box, as laid out in the stage's frame. */
function chipBoxes(frame: Frame) {
  return frame.evaluate(() =>
    [...document.querySelectorAll('nav[aria-label="Key results in this round"] li')].map((li) => {
      const chip = li.firstElementChild!;
      const title = chip.firstElementChild as HTMLElement;
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      return {
        chip: box(chip),
        title: box(title),
        lines:
          title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
        clamped: title.scrollHeight > title.clientHeight + 1,
      };
    }),
  );
}

/** Two lines of title at most, inside its chip, and no chip over another. */
async function expectReadableChips(frame: Frame) {
  const chips = await chipBoxes(frame);
  expect(chips).toHaveLength(3);
  for (const { chip, title, lines } of chips) {
    expect(lines).toBeLessThanOrEqual(2.05);
    expect(title.left).toBeGreaterThanOrEqual(chip.left);
    expect(title.right).toBeLessThanOrEqual(chip.right + 0.5);
  }
  for (const [index, { chip }] of chips.entries()) {
    for (const other of chips.slice(index + 1)) {
      const apart =
        chip.right <= other.chip.left + 0.5 ||
        other.chip.right <= chip.left + 0.5 ||
        chip.bottom <= other.chip.top + 0.5 ||
        other.chip.bottom <= chip.top + 0.5;
      expect(apart).toBe(true);
    }
  }
  // The longest title does not fit two lines: its chip cuts it, and it is read whole elsewhere.
  expect(chips[1]!.clamped).toBe(true);
}

const medianColour: Record<TeamsTheme, string> = {
  default: lightTheme.colorPaletteDarkOrangeBorderActive,
  dark: darkTheme.colorPaletteDarkOrangeBorderActive,
  contrast: contrastTheme.colorPaletteDarkOrangeBorderActive,
};

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

it('wraps long titles to two lines in their chips, names each whole, and draws the median as a line in every theme', async () => {
  const [long, longer] = await longKeyResults();
  const [first] = stack.keyResults;
  // Two stages side by side, each 1280 px wide: the stage's size on a 720p shared screen.
  await page.setViewportSize({ width: 2 * 1280 + 380, height: 900 });
  // The side panel shares them in the board's order: the short title first, then the long ones.
  await shareRound(page, stack, 'long-titles', 'organizer,attendee', [
    first.title,
    long!.title,
    longer!.title,
  ]);
  const [facilitator, attendee] = [meetingStage(page, 1), meetingStage(page, 2)];
  await facilitator.getByRole('heading', { name: first.title }).waitFor();
  const frame = await appFrame(page, 'p1-meetingStage');
  const rounds = facilitator.getByRole('navigation', { name: 'Key results in this round' });
  await rounds.getByRole('listitem').nth(2).waitFor();
  await expectReadableChips(frame);

  // The facilitator's chip is named with the whole title, and its tooltip shows it.
  await rounds
    .getByRole('button', { name: `2. ${long!.title} not reviewed yet`, exact: true })
    .hover();
  await facilitator
    .getByRole('tooltip')
    .filter({ hasText: `Go to 2. ${long!.title} (not reviewed yet) for everyone` })
    .waitFor();
  // An attendee's chips are no buttons: each holds the whole title as its text.
  const attendeeRounds = attendee.getByRole('navigation', { name: 'Key results in this round' });
  await attendeeRounds.getByText(`2. ${long!.title}`, { exact: true }).waitFor();
  await expect(attendeeRounds.getByRole('button').count()).resolves.toBe(0);

  // The keyboard reaches every chip's tooltip, an attendee's too, with one tab stop for them all:
  // Tab lands on a chip, the arrow keys move along, Tab leaves the round.
  const attendeeFrame = await appFrame(page, 'p2-meetingStage');
  const focusedChip = () =>
    attendeeFrame.evaluate(() => {
      const active = document.activeElement;
      const chips = [
        ...document.querySelectorAll('nav[aria-label="Key results in this round"] li'),
      ];
      return chips.findIndex((li) => li.contains(active));
    });
  // Fluent opens a tooltip on focus that the keyboard moved (not on a click's focus).
  await attendeeRounds.getByRole('listitem').first().locator(':scope > span').focus();
  await page.keyboard.press('ArrowRight');
  await expect(focusedChip()).resolves.toBe(1);
  await attendee
    .getByRole('tooltip')
    .filter({ hasText: `2. ${long!.title} (not reviewed yet)` })
    .waitFor();
  await page.keyboard.press('ArrowLeft');
  await attendee
    .getByRole('tooltip')
    .filter({ hasText: `1. ${first.title} (under review)` })
    .waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(focusedChip()).resolves.toBe(-1);
  await page.keyboard.press('Shift+Tab');
  await expect(focusedChip()).resolves.toBe(1);

  // A narrower stage (two frames of 640 px): still two lines each, side by side or stacked.
  await page.setViewportSize({ width: 2 * 640 + 380, height: 900 });
  await frame.waitForFunction(() => window.innerWidth < 700);
  await expectReadableChips(frame);

  // Votes 4 and 7: the median, 5.5, is a line halfway between 5 and 6.
  await facilitator.getByRole('radio', { name: 'Vote 4', exact: true }).click();
  await attendee.getByRole('radio', { name: 'Vote 7', exact: true }).click();
  await facilitator.getByText('2 of 2 voted').waitFor();
  await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
  const chart = facilitator.getByRole('img', {
    name: '2 votes: 1 × 4, 1 × 7. Median 5.5, between 5 and 6; owner’s confidence 7.',
  });
  await chart.waitFor();
  const drawn = await frame.evaluate(() => {
    const centre = (element: Element) => {
      const { left, right } = element.getBoundingClientRect();
      return (left + right) / 2;
    };
    const line = document.querySelector('[data-median]')!;
    const ticks = [...document.querySelectorAll('figure [aria-hidden] > span')];
    const tick = (value: string) => ticks.find((span) => span.textContent === value)!;
    return {
      line: centre(line),
      five: centre(tick('5')),
      six: centre(tick('6')),
      height: line.getBoundingClientRect().height,
    };
  });
  expect(Math.abs(drawn.line - (drawn.five + drawn.six) / 2)).toBeLessThanOrEqual(2);
  expect(drawn.height).toBeGreaterThan(40);

  const colours: Partial<Record<TeamsTheme, string>> = {};
  for (const theme of teamsThemes) {
    await switchTheme(page, frame, theme);
    colours[theme] = await frame.evaluate(
      () => getComputedStyle(document.querySelector('[data-median]')!).borderLeftColor,
    );
  }
  expect(colours).toEqual({
    default: rgb(medianColour.default),
    dark: rgb(medianColour.dark),
    contrast: rgb(medianColour.contrast),
  });
  expect(await seriousAxeViolationsInEveryTheme(page, frame)).toEqual(noViolationsInAnyTheme);
});
