import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-theme';
import type { Frame, Page, Route } from 'playwright-core';
import { appFrame, configureChannelTab, teamsStackPerFile, type TeamsStack } from './support';
import {
  switchTheme,
  teamsThemes,
  waitUntilReady,
  type TeamsTheme,
} from '../support/teams-simulator';
import { chunkRequests } from '../support/build-chunks';

/**
 * The channel tab's first screen paints stand-ins (its tab list, the cycle dropdown, the toolbar's
 * menu buttons and "Needs a check-in" toggle) until the chunks of Fluent's TabList, Dropdown,
 * MenuButton and ToggleButton arrive. The
 * stand-ins' rules are Fluent's, named again by Griffel's ahead-of-time build: in the production
 * build they must carry the very classes of the components that replace them.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** The chunks of the real tab list, toolbar popups (with the toggle) and cycle dropdown. */
const realComponents = chunkRequests(
  'ui/components/ViewTabs.tsx',
  'ui/components/BoardToolbar/BoardToolbarPopups.tsx',
  'ui/components/CycleSwitcher/CycleDropdown.tsx',
);

/** The classes (and the tabs' inline style) of what the first screen's stand-ins stand for. */
function painted(tab: Frame) {
  return tab.evaluate(() => {
    const classes = (element: Element | null | undefined) => element?.getAttribute('class');
    const toggle = document.querySelector('button[aria-pressed]');
    const cycle = document.querySelector('[role="combobox"]');
    return {
      tabs: [...document.querySelectorAll('[role="tab"]')].map((element) => [
        classes(element),
        element.getAttribute('style'),
        ...[...element.children].map(classes),
      ]),
      toggle: [classes(toggle), classes(toggle?.firstElementChild)],
      menus: [...document.querySelectorAll('button[aria-haspopup="menu"]')].map((element) => [
        classes(element),
        ...[...element.children].map(classes),
      ]),
      cycle: [classes(cycle?.parentElement), classes(cycle), classes(cycle?.querySelector('span'))],
    };
  });
}

const themes: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** `#3ff23f` as a computed style says it: `rgb(63, 242, 63)`. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * In each of Teams' themes, the toolbar's disabled buttons (Clear filters, with no filter set)
 * paint Fluent's disabled colour, as a disabled Fluent Button does: grey, and in Teams' high
 * contrast theme its disabled green (`hcDisabled`, #3ff23f, Windows' High Contrast Black GrayText),
 * not the white of its enabled buttons or the yellow of its links.
 */
async function expectDisabledColours(tab: Frame): Promise<void> {
  for (const theme of teamsThemes) {
    await switchTheme(page, tab, theme);
    // The theme's tokens come with its chunk, after the page says which theme it shows.
    const background = rgb(themes[theme].colorNeutralBackground1);
    await tab.waitForFunction(
      (expected) =>
        getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor ===
        expected,
      background,
    );
    // Fluent's buttons ease into a new colour: read once the transition is over.
    const colours = await tab.evaluate(async () => {
      const buttons = [...document.querySelectorAll('[role="search"] button:disabled')];
      await Promise.all(buttons.flatMap((button) => button.getAnimations()).map((a) => a.finished));
      return buttons.map((button) => [button.textContent, getComputedStyle(button).color] as const);
    });
    expect([theme, colours]).toEqual([
      theme,
      [['Clear filters', rgb(themes[theme].colorNeutralForegroundDisabled)]],
    ]);
  }
  await switchTheme(page, tab, 'default');
}

describe('the channel tab’s stand-ins', () => {
  it('paint with the classes of the Fluent components that replace them', async () => {
    await configureChannelTab(page, stack.server.url);
    const held: Route[] = [];
    let release = false;
    await page.route(realComponents, (route) =>
      release ? route.continue() : void held.push(route),
    );
    await page.reload();
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
    await tab.getByRole('button', { name: 'Needs a check-in' }).waitFor();
    // Adele is an admin: her roles, read beside the board, add the coach's tab.
    await tab.getByRole('tab', { name: 'Coach view' }).waitFor();
    // Still the stand-ins: tabster marks neither Fluent's tab list nor its dropdown.
    expect(await tab.locator('[role="tablist"][data-tabster]').count()).toBe(0);
    expect(await tab.locator('[role="combobox"][data-tabster]').count()).toBe(0);
    const standIns = await painted(tab);
    expect(standIns.tabs.length).toBeGreaterThan(1);
    expect(standIns.toggle[0]).toContain('fui-ToggleButton');
    expect(standIns.menus.map(([root]) => root)).toEqual([
      expect.stringContaining('fui-MenuButton'),
      expect.stringContaining('fui-MenuButton'),
      expect.stringContaining('fui-MenuButton'),
    ]);
    expect(standIns.cycle[0]).toContain('fui-Dropdown');
    await expectDisabledColours(tab);

    release = true;
    for (const route of held) await route.continue();
    await tab.locator('[role="tablist"][data-tabster]').waitFor();
    await tab.locator('[role="combobox"][data-tabster]').waitFor();
    // The toolbar's popups are in: Fluent's MenuTrigger gives the menu buttons an id.
    await tab.locator('button[aria-haspopup="menu"][id]').first().waitFor();
    expect(await painted(tab)).toEqual(standIns);
    await expectDisabledColours(tab);
  });
});
