import type { Frame, Page } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import {
  openSimulator,
  switchTheme,
  teamsThemes,
  waitUntilReady,
} from '../support/teams-simulator';
import {
  adele,
  appFrame,
  dialogScreenshot,
  narrowFrame,
  seriousAxeViolations,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * The history chart's tick labels as the browser draws them: whatever the unit's length or the
 * numbers' size, every label is whole and inside the drawing, in a wide dialog and in a tab 320 px
 * wide (a meeting side panel's width), and the point's tooltip stays inside the chart. With
 * OKR_SCREENSHOTS set, the dialogs are saved under docs/screenshots/ in the three themes.
 */
jest.setTimeout(240_000);

let stack: TeamsStack;
let page: Page;
const owner = { id: adele.id, displayName: adele.displayName, email: adele.mail };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function withCheckIns(
  shape: Pick<KeyResult, 'title' | 'start' | 'target' | 'unit'>,
  values: readonly number[],
): Promise<KeyResult> {
  let keyResult = await stack.repository.createKeyResult({
    objectiveId: stack.fixture.objective.id,
    kind: 'increase',
    current: shape.start,
    weight: 1,
    owner,
    ...shape,
  });
  for (const [index, value] of values.entries()) {
    const report = await stack.repository.saveCheckIns([
      {
        clientId: `${keyResult.id}-${index}`,
        keyResultId: keyResult.id,
        keyResultVersion: keyResult.version,
        value,
        confidence: 6,
        note: '',
        author: owner,
        at: daysAgo(values.length - index),
        source: 'teams',
      },
    ]);
    expect(report.failed).toEqual([]);
    keyResult = report.saved[0]!.keyResult;
  }
  return keyResult;
}

/** The personal tab, its frame `width` px wide when given (the simulator's card narrowed). */
async function openTab(theme: string, width?: number): Promise<Frame> {
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id, theme });
  await waitUntilReady(page, 'p1-content');
  if (width) await narrowFrame(page, 'p1-content', width, 640);
  return appFrame(page, 'p1-content');
}

interface DrawnLabel {
  readonly axis: string;
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

/** Every tick label's box against the drawing's, in the page's pixels. */
async function drawnLabels(frame: Frame, keyResult: KeyResult) {
  const chart = frame
    .getByRole('dialog', { name: `History: ${keyResult.title}` })
    .getByRole('group', { name: new RegExp(`History of ${keyResult.title}`) });
  await chart.locator('text[data-axis="value"]').first().waitFor({ timeout: 60_000 });
  return chart.evaluate((svg) => {
    const bounds = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text[data-axis]')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        axis: text.getAttribute('data-axis') ?? '',
        text: text.textContent ?? '',
        left: box.left,
        right: box.right,
      };
    });
    return { left: bounds.left, right: bounds.right, labels };
  });
}

function expectInside(drawn: { left: number; right: number; labels: readonly DrawnLabel[] }) {
  const outside = drawn.labels.filter(
    (label) => label.left < drawn.left - 0.5 || label.right > drawn.right + 0.5,
  );
  expect(outside).toEqual([]);
}

describe('the history chart', () => {
  it('draws whole tick labels inside the chart, wide and 320 px narrow, in every theme', async () => {
    const customers = await withCheckIns(
      { title: 'Mid-market customers from 10 to 40', start: 10, target: 40, unit: 'customers' },
      [12, 15, 19],
    );
    // Each width opened once (in another theme each), then every theme switched live.
    for (const [width, openedIn] of [
      [undefined, 'default'],
      [320, 'contrast'],
    ] as const) {
      const tab = await openTab(openedIn, width);
      await tab.getByRole('button', { name: `History of ${customers.title}` }).click();
      for (const theme of teamsThemes) {
        await switchTheme(page, tab, theme);
        const drawn = await drawnLabels(tab, customers);
        expect(
          drawn.labels.filter((label) => label.axis === 'value').map((label) => label.text),
        ).toEqual(['10 customers', '25 customers', '40 customers']);
        expectInside(drawn);
        if (theme === 'default') expect(await seriousAxeViolations(tab)).toEqual([]);
        await dialogScreenshot(tab, `history-axis-labels${width ? '-320' : ''}-${theme}`);
      }
    }
  });

  it('shortens large numbers, names a long unit in the legend, and keeps the tooltip inside', async () => {
    const reach = await withCheckIns(
      {
        title: 'Monthly readers from 1.2M to 2.5M',
        start: 1_200_000,
        target: 2_500_000,
        unit: 'unique monthly newsletter readers',
      },
      [1_250_000, 1_400_000],
    );
    const tab = await openTab('default', 320);
    await tab.getByRole('button', { name: `History of ${reach.title}` }).click();
    const drawn = await drawnLabels(tab, reach);
    expect(
      drawn.labels.filter((label) => label.axis === 'value').map((label) => label.text),
    ).toEqual(['1.2M', '1.9M', '2.5M']);
    expectInside(drawn);
    const dialog = tab.getByRole('dialog', { name: `History: ${reach.title}` });
    await dialog.getByText('Value in unique monthly newsletter readers (left scale)').waitFor();

    // The newest point, near the right edge: its tooltip is whole inside the chart's box.
    await dialog.locator('circle[data-point]').last().hover();
    const tooltip = dialog.getByText(/1,400,000 unique monthly newsletter readers, confidence/);
    await tooltip.waitFor();
    const [tip, area] = await Promise.all([
      tooltip.boundingBox(),
      dialog.locator('svg[role="group"]').boundingBox(),
    ]);
    expect(tip!.x).toBeGreaterThanOrEqual(area!.x - 0.5);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(area!.x + area!.width + 0.5);
  });
});

/** WCAG's contrast ratio of two `rgb(…)` colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function contrast(one: string, other: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the check-ins table', () => {
  it('keeps a check-in’s Edit and Delete buttons readable on the row under the pointer, in every theme', async () => {
    const customers = await withCheckIns(
      { title: 'Partner-sourced customers from 5 to 25', start: 5, target: 25, unit: 'customers' },
      [7, 9],
    );
    const tab = await openTab('contrast');
    await tab.getByRole('button', { name: `History of ${customers.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `History: ${customers.title}` });
    const row = dialog.getByRole('row').filter({ has: tab.getByRole('button', { name: /^Edit/ }) });
    for (const theme of teamsThemes) {
      await switchTheme(page, tab, theme);
      await row.first().hover();
      const colors = await row.first().evaluate((hovered) => ({
        row: getComputedStyle(hovered).backgroundColor,
        buttons: [...hovered.querySelectorAll('button')].map(
          (button) => getComputedStyle(button).color,
        ),
      }));
      // WCAG 1.4.11: 3:1 for the parts of a control one needs to see to use it. In Teams' high
      // contrast theme the hovered row turns cyan and the icons stayed white: 1.2:1.
      expect(colors.buttons).toHaveLength(2);
      for (const button of colors.buttons) {
        expect({ theme, ratio: contrast(button, colors.row) >= 3 }).toEqual({ theme, ratio: true });
      }
    }
  });
});
