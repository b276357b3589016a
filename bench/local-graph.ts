/**
 * The bench's Graph: the store tests' fixture (the emulator on a free loopback port with its
 * data in a temp directory, the OKR lists provisioned on the demo site, `$batch` bulk writes),
 * and synthetic boards of any size written straight through `$batch`, 20 items a request, which
 * is much faster than the repository's one-by-one creates and is setup, not what is measured.
 */
import type { Cycle, KeyResult, KeyResultKind, Person } from '../src/core/model';
import {
  checkInToFields,
  cycleFromItem,
  cycleToFields,
  keyResultFromItem,
  keyResultToFields,
  objectiveToFields,
  teamToFields,
} from '../src/store/mapping';
import { coach, startStore, type StoreFixture } from '../tests/store/store-fixture';
import type { Cleanup } from './cleanup';

export const benchAuthor: Person = { id: coach.id, displayName: coach.displayName };

export interface LocalGraph extends Pick<StoreFixture, 'emulator' | 'bulkCreate'> {
  readonly graphBaseUrl: string;
  /** A new repository (its own caches) signed in as the demo coach. */
  repository(): ReturnType<StoreFixture['repository']>;
}

/**
 * The emulator answers pages only from `pageOrigins` (CORS, as the local stack's own origins):
 * the figures that open pages in Chromium name the origin they serve them from.
 */
export async function startLocalGraph(
  cleanup: Cleanup,
  pageOrigins: readonly string[] = [],
): Promise<LocalGraph> {
  const store = await startStore({ allowedOrigins: pageOrigins });
  cleanup.add('the Graph emulator and its data directory', () => store.stop());
  return {
    emulator: store.emulator,
    graphBaseUrl: store.emulator.graphBaseUrl,
    repository: () => store.repository(),
    bulkCreate: store.bulkCreate,
  };
}

export interface SyntheticBoard {
  readonly teamId: string;
  readonly cycle: Cycle;
  readonly objectives: number;
  readonly keyResults: readonly KeyResult[];
}

export interface SyntheticBoardOptions {
  readonly keyResults: number;
  /** Default 1: each KR has this many past check-ins. */
  readonly checkInsPerKeyResult?: number;
  /** The cycle's dates; by default the current calendar year, so it is the running cycle. */
  readonly start?: string;
  readonly end?: string;
}

const KEY_RESULTS_PER_OBJECTIVE = 5;
const kinds: readonly KeyResultKind[] = ['increase', 'increase', 'decrease', 'stayBelow', 'binary'];

/**
 * A team with one cycle holding `keyResults` KRs, five per objective, of several kinds, each with
 * its check-in history. Every board gets its own team and cycle, so boards of several sizes
 * share one site without seeing each other.
 */
export async function createSyntheticBoard(
  graph: LocalGraph,
  name: string,
  options: SyntheticBoardOptions,
): Promise<SyntheticBoard> {
  const year = new Date().getUTCFullYear();
  const [team] = await graph.bulkCreate('teams', [teamToFields({ name })]);
  const [cycleItem] = await graph.bulkCreate('cycles', [
    cycleToFields({
      name: `${name} FY${year}`,
      start: options.start ?? `${year}-01-01`,
      end: options.end ?? `${year}-12-31`,
      state: 'active',
    }),
  ]);
  const cycle = cycleFromItem(cycleItem!);
  const objectiveCount = Math.ceil(options.keyResults / KEY_RESULTS_PER_OBJECTIVE);
  const objectives = await graph.bulkCreate(
    'objectives',
    Array.from({ length: objectiveCount }, (_, index) =>
      objectiveToFields({
        cycleId: cycle.id,
        teamId: team!.id,
        title: `Customers in region ${index + 1} love our onboarding`,
        description: '',
        commitment: index % 3 === 0 ? 'aspirational' : 'committed',
        state: 'active',
        owner: benchAuthor,
      }),
    ),
  );
  const perKeyResult = options.checkInsPerKeyResult ?? 1;
  const checkedInAt = (week: number) =>
    `${year}-01-${String(5 + week * 7).padStart(2, '0')}T09:00:00Z`;
  // Each KR shows its latest check-in, as the app leaves it (a board read would put it right).
  const keyResults = (
    await graph.bulkCreate(
      'keyResults',
      Array.from({ length: options.keyResults }, (_, index) => ({
        ...keyResultToFields(
          syntheticKeyResult(index, objectives[Math.floor(index / 5)]!.id),
          cycle.id,
        ),
        Confidence: 6,
        LastCheckInAt: checkedInAt(perKeyResult - 1),
      })),
    )
  ).map(keyResultFromItem);
  await graph.bulkCreate(
    'checkIns',
    keyResults.flatMap((kr) =>
      Array.from({ length: perKeyResult }, (_, week) =>
        checkInToFields(
          {
            clientId: `bench-${kr.id}-${week}`,
            keyResultId: kr.id,
            value: kr.current,
            confidence: 6,
            note: `Week ${week + 1}`,
            author: benchAuthor,
            at: checkedInAt(week),
            source: 'teams',
          },
          cycle.id,
        ),
      ),
    ),
  );
  return { teamId: team!.id, cycle, objectives: objectiveCount, keyResults };
}

function syntheticKeyResult(index: number, objectiveId: string) {
  const kind = kinds[index % kinds.length]!;
  const base = {
    objectiveId,
    owner: benchAuthor,
    weight: 1,
    confidence: 5 + (index % 4),
    unit: 'customers',
  };
  switch (kind) {
    case 'binary':
      return {
        ...base,
        kind,
        title: `Ship self-service sign-up in market ${index}`,
        start: 0,
        target: 1,
        current: 0,
        unit: '',
      };
    case 'decrease':
      return {
        ...base,
        kind,
        title: `Cut onboarding time from ${60 + (index % 30)} to 20 minutes`,
        start: 60 + (index % 30),
        target: 20,
        current: 50,
        unit: 'minutes',
      };
    case 'stayBelow':
      return {
        ...base,
        kind,
        title: `Keep weekly churn at or below 2%`,
        start: 1.5,
        target: 2,
        current: 1.8,
        unit: '%',
      };
    default:
      return {
        ...base,
        kind,
        title: `Grow weekly active customers from ${index} to ${index + 100}`,
        start: index,
        target: index + 100,
        current: index + (index % 60),
      };
  }
}
