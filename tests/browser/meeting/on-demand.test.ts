import type { FrameLocator, Page } from 'playwright-core';
import { appFrame } from '../teams/support';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, meetingStackPerFile, type MeetingStack } from './support';
import { unreachableChunk } from '../support/unreachable-chunk';
import { chunkRequests } from '../support/build-chunks';

/**
 * The side panel's parts that load on demand (Planning together; the replace-round dialog and the
 * sharing failure's message bar) on an unreliable connection: a chunk that cannot be loaded is said in
 * the panel, which stays, and the next use loads it. The chunks are aborted at the network.
 */
jest.setTimeout(120_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  90_000,
);

const notLoaded = 'Part of OKR Coach could not be loaded. Check your connection, then try again.';

/** Adele organizes a meeting alone; her side panel, once it shows the team's KRs. */
async function openPanel(meeting: string): Promise<FrameLocator> {
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 1,
    roles: 'organizer',
    user: adele.id,
    meeting,
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: stack.keyResults[0].title }).waitFor();
  return panel;
}

it('says Planning could not be loaded, keeps the panel, and loads it on the next try', async () => {
  const planning = await unreachableChunk(page, chunkRequests('ui/meeting/Planning/Planning.tsx'));
  const panel = await openPanel('planning-not-loaded');

  await panel.getByRole('tab', { name: 'Planning' }).click();
  await panel.getByRole('alert').filter({ hasText: notLoaded }).waitFor();
  expect(planning.asked()).toBeGreaterThanOrEqual(1);
  await expect(panel.getByRole('heading', { name: 'OKR Coach' }).count()).resolves.toBe(1);
  await expect(panel.getByRole('heading', { name: 'Objectives this cycle' }).count()).resolves.toBe(
    1,
  );
  // At Teams' 320 px side-panel width, the message and its button need no horizontal scroll.
  const sidePanel = await appFrame(page, 'p1-sidePanel');
  await expect(
    sidePanel.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]),
  ).resolves.toEqual([320, 320]);

  planning.reachable();
  await panel.getByRole('button', { name: 'Try again' }).click();
  await panel.getByRole('button', { name: 'Start a draft' }).waitFor();
  await expect(panel.getByText(notLoaded).count()).resolves.toBe(0);
});

it('says the sharing parts could not be loaded, keeps the panel, and Share to stage tries again', async () => {
  const shareParts = await unreachableChunk(
    page,
    chunkRequests('ui/meeting/SidePanel/ReplaceRoundDialog.tsx'),
  );
  const panel = await openPanel('share-parts-not-loaded');
  const [first] = stack.keyResults;

  // Asked for once the panel is painted, and again by Share to stage.
  await panel.getByRole('checkbox', { name: first.title }).check();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
  await panel.getByRole('alert').filter({ hasText: notLoaded }).waitFor();
  expect(shareParts.asked()).toBeGreaterThanOrEqual(2);
  await expect(panel.getByRole('checkbox', { name: first.title }).isChecked()).resolves.toBe(true);

  shareParts.reachable();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
  await framedApp(page, 'p1-meetingStage').getByRole('heading', { name: first.title }).waitFor();
  await panel.getByRole('status').filter({ hasText: 'Shared to the stage.' }).waitFor();
  await expect(panel.getByText(notLoaded).count()).resolves.toBe(0);
});
