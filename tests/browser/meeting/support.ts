import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import type { KeyResult } from '../../../src/core/model';
import type { FluidService } from '../../../src/dev/fluid';
import {
  demoOkrSite,
  demoUsers,
  startGraphEmulator,
  type GraphEmulator,
} from '../../../src/dev/graph-emulator';
import { localStackEnv } from '../../../src/dev/stack-env';
import { GraphOkrRepository } from '../../../src/store/graph/graph-repository';
import { provision } from '../../../src/store/provisioning';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { sharedStack } from '../support/shared-stack';

export const adele = demoUsers.adeleVance;

export interface MeetingStack {
  readonly emulator: GraphEmulator;
  readonly fluid: FluidService;
  readonly server: AppServer;
  readonly browser: Browser;
  /** Reads the store back as Adele, through the real repository over the emulator. */
  readonly repository: GraphOkrRepository;
  /** Two KRs of one objective in the current cycle, owned by Adele. */
  readonly keyResults: readonly [KeyResult, KeyResult];
  close(): Promise<void>;
}

function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function seed(repository: GraphOkrRepository): Promise<[KeyResult, KeyResult]> {
  const owner = { id: adele.id, displayName: adele.displayName };
  const cycle = await repository.createCycle({
    name: 'This quarter',
    start: isoDate(-30),
    end: isoDate(60),
    state: 'active',
  });
  const team = await repository.createTeam({ name: 'Contoso' });
  const objective = await repository.createObjective({
    cycleId: cycle.id,
    teamId: team.id,
    title: 'Customers love the new onboarding',
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  return [
    await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Raise weekly active users from 2000 to 5000',
      kind: 'increase',
      start: 2000,
      target: 5000,
      current: 3100,
      unit: 'users',
      weight: 1,
      confidence: 7,
      owner,
    }),
    await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Cut time to first value from 10 to 3 days',
      kind: 'decrease',
      start: 10,
      target: 3,
      current: 6,
      unit: 'days',
      weight: 1,
      confidence: 6,
      owner,
    }),
  ];
}

/**
 * The Graph emulator with a small team's OKRs as a tenant of the run's shared stack (whose build
 * and local Fluid service for Live Share it uses), and Chromium.
 */
export async function startMeetingStack(): Promise<MeetingStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'okr-meeting-test-'));
  // The run's shared Fluid service: containers are per round, so test files never meet.
  const fluid: FluidService = { url: sharedStack().fluidUrl, close: async () => undefined };
  const started = await Promise.allSettled([
    startGraphEmulator({ dataDir }),
    launchBrowser(),
  ] as const);
  const [emulator, browser] = started.map((s) =>
    s.status === 'fulfilled' ? s.value : undefined,
  ) as [GraphEmulator?, Browser?];
  let server: AppServer | undefined;
  const close = async () => {
    await browser?.close();
    await Promise.all([server?.close(), emulator?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (!emulator || !browser) {
      throw started.find((s) => s.status === 'rejected')?.reason;
    }
    const connection = {
      graphBaseUrl: emulator.graphBaseUrl,
      tokens: createDevTokenProvider({ graphBaseUrl: emulator.graphBaseUrl, userId: adele.id }),
      site: demoOkrSite.id,
    };
    await provision(connection);
    const repository = new GraphOkrRepository(connection);
    const keyResults = await seed(repository);
    server = await startAppServer({
      env: localStackEnv({
        graphBaseUrl: emulator.graphBaseUrl,
        appOrigin: 'http://127.0.0.1:5300',
        fluidUrl: fluid.url,
      }),
    });
    return { emulator, fluid, server, browser, repository, keyResults, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * One meeting stack for the test file, and a fresh page for each test. Three participants' frames
 * on a shared, busy machine wait their turn for a core: `pageTimeout` gives a page's waits that
 * long for real work.
 */
export function meetingStackPerFile(
  onStack: (stack: MeetingStack) => void,
  onPage: (page: Page) => void,
  pageTimeout?: number,
): void {
  let stack: MeetingStack | undefined;
  beforeAll(async () => {
    stack = await startMeetingStack();
    onStack(stack);
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
  });
  freshPagePerTest(
    () => stack!.browser,
    (page) => {
      if (pageTimeout !== undefined) page.setDefaultTimeout(pageTimeout);
      onPage(page);
    },
  );
}

/** A participant's meeting stage in the simulator. */
export const meetingStage = (page: Page, participant: number): FrameLocator =>
  framedApp(page, `p${participant}-meetingStage`);

/**
 * Three participants, Adele organizing: her side panel picks both KRs and shares the round to the
 * stage, and every stage opens on the first KR.
 */
export async function shareRoundOfBothKeyResults(page: Page, stack: MeetingStack): Promise<void> {
  const [first, second] = stack.keyResults;
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 3,
    roles: 'organizer,attendee,attendee',
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: first.title }).check();
  await panel.getByRole('checkbox', { name: second.title }).check();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
  for (const participant of [1, 2, 3]) {
    await meetingStage(page, participant).getByRole('heading', { name: first.title }).waitFor();
  }
}

/**
 * Adele's side panel, in a meeting of these roles (one participant each, Adele first), shares a
 * round of the KRs with these titles to the stage.
 */
export async function shareRound(
  page: Page,
  stack: MeetingStack,
  meeting: string,
  roles: string,
  keyResultTitles: readonly string[],
): Promise<void> {
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: roles.split(',').length,
    roles,
    meeting,
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  for (const title of keyResultTitles) await panel.getByRole('checkbox', { name: title }).check();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
}

/** The rounds recorded in Meeting Sessions for one meeting of the simulator. */
export async function meetingSessionsOf(stack: MeetingStack, meetingId: string) {
  const [cycle] = await stack.repository.listCycles();
  return (await stack.repository.listMeetingSessions({ cycleId: cycle!.id })).filter(
    (session) => session.meetingId === meetingId,
  );
}
