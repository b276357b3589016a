import type { FrameLocator, Locator, Page } from 'playwright-core';

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

export async function openSimulator(
  page: Page,
  siteRoot: string,
  parameters: SimulatorParameters = {},
): Promise<void> {
  await page.goto(simulatorUrl(siteRoot, parameters));
}

/** The card around a framed app: `data-status` is loading, initialized, ready or failed. */
export function simulatorCard(page: Page, frameId: string): Locator {
  return page.locator(`.card[data-frame="${frameId}"]`);
}

/** Waits until the app in that frame has called `notifySuccess`. */
export async function waitUntilReady(page: Page, frameId: string): Promise<void> {
  await simulatorCard(page, frameId).and(page.locator('[data-status="ready"]')).waitFor();
}

export function framedApp(page: Page, frameId: string): FrameLocator {
  return simulatorCard(page, frameId).frameLocator('iframe');
}

/** The log pane's entries for one teams-js function, e.g. `settings.save.success`. */
export function loggedMessages(page: Page, func: string): Locator {
  return page.locator(`#log li[data-func="${func}"]`);
}
