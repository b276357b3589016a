import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/**
 * Driving the Teams host simulator (`/dev/teams-simulator/index.html`) from a browser test.
 * Its URL parameters are documented in `src/dev/teams-simulator/README.md`; frames are named
 * `p<participant>-<frameContext>`: `p1-content`, `p1-settings`, `p2-sidePanel`, `p3-meetingStage`.
 */
export type SimulatorParameters = Readonly<Record<string, string | number>>;

export function simulatorUrl(siteRoot: string, parameters: SimulatorParameters = {}): string {
  const url = new URL('dev/teams-simulator/index.html', siteRoot);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, String(value));
  return url.href;
}

/**
 * How long the simulator's loading indicator waits for `notifySuccess` in browser tests, unless a
 * test says otherwise: Teams waits 30 s, which a page may need on a loaded two-core machine before
 * its first screen is shown. A test of the time-out itself passes a short `loadingTimeout`.
 */
const testLoadingTimeoutMs = 300_000;

export async function openSimulator(
  page: Page,
  siteRoot: string,
  parameters: SimulatorParameters = {},
): Promise<void> {
  await page.goto(simulatorUrl(siteRoot, { loadingTimeout: testLoadingTimeoutMs, ...parameters }));
}

/**
 * The card around a framed app: `data-status` is loading, initialized, loaded, ready, failed,
 * expectedFailure or timedOut; `data-screen` is `loading` or `error` while Teams' loading
 * indicator or error screen covers the app.
 */
export function simulatorCard(page: Page, frameId: string): Locator {
  return page.locator(`.card[data-frame="${frameId}"]`);
}

/** Waits until the app in that frame has called `notifySuccess`. */
export async function waitUntilReady(page: Page, frameId: string): Promise<void> {
  await simulatorCard(page, frameId).and(page.locator('[data-status="ready"]')).waitFor();
}

/** Teams' screen over that frame: its loading indicator (`loading`) or error screen (`error`). */
export function hostScreen(page: Page, frameId: string, screen: 'loading' | 'error'): Locator {
  return simulatorCard(page, frameId)
    .and(page.locator(`[data-screen="${screen}"]`))
    .locator('.host-screen');
}

export function framedApp(page: Page, frameId: string): FrameLocator {
  return simulatorCard(page, frameId).frameLocator('iframe');
}

/** The log pane's entries for one teams-js function, e.g. `settings.save.success`. */
export function loggedMessages(page: Page, func: string): Locator {
  return page.locator(`#log li[data-func="${func}"]`);
}

/** Teams' three themes, as the simulator's theme setting names them. */
export const teamsThemes = ['default', 'dark', 'contrast'] as const;
export type TeamsTheme = (typeof teamsThemes)[number];

/**
 * Switches Teams' theme while the app runs, as a person does in Teams' settings (the simulator
 * sends `themeChange` to every frame), and waits until the app in `app` has rendered it.
 */
export async function switchTheme(
  page: Page,
  app: Frame | FrameLocator,
  theme: TeamsTheme,
): Promise<void> {
  await page.selectOption('#theme', theme);
  await app.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}
