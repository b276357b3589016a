import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import type { KeyResult, Objective } from '../../src/core/model';
import { addDays } from '../../src/core/dates';
import {
  demoOkrSite,
  demoUsers,
  startGraphEmulator,
  type GraphEmulator,
  type GraphEmulatorOptions,
} from '../../src/dev/graph-emulator/index';
import { inProcessTimeoutMs } from '../dev/graph-emulator/emulator-fixture';
import { BatchExecutor } from '../../src/store/graph/batch';
import type { StoreCollaborators } from '../../src/store/graph/collaborators';
import { createGraphConnection } from '../../src/store/graph/connection';
import {
  GraphOkrRepository,
  type GraphRepositoryOptions,
} from '../../src/store/graph/graph-repository';
import { KnownItems } from '../../src/store/graph/known-items';
import { ListPaths, MAX_PAGE_SIZE } from '../../src/store/graph/queries';
import { listIdsOf, readSiteLayout } from '../../src/store/graph/site';
import {
  keyResultFromItem,
  keyResultToFields,
  type Fields,
  type GraphListItem,
} from '../../src/store/mapping';
import { provision, type SiteSetupOptions } from '../../src/store/provisioning';
import type { OkrRepository } from '../../src/store/repository';
import type { ListKey } from '../../src/store/schema';

export const okrSite = `contoso.sharepoint.com:${demoOkrSite.path}`;
export const coach = demoUsers.adeleVance;
export const owner = { id: coach.id, displayName: coach.displayName, email: coach.mail };

export interface StoreFixture {
  readonly emulator: GraphEmulator;
  /** Connection options for a user with the given consented scopes (all by default). */
  connection(userId?: string, grantedScopes?: readonly string[]): SiteSetupOptions;
  repository(
    options?: Partial<GraphRepositoryOptions> & {
      userId?: string;
      grantedScopes?: readonly string[];
    },
  ): GraphOkrRepository;
  /** Test setup only: creates many items in `$batch`es, bypassing the repository. */
  bulkCreate(list: ListKey, items: readonly Fields[]): Promise<GraphListItem[]>;
  /** Test checks only: an item as stored, every column, read bypassing the repository. */
  readItem(list: ListKey, id: string): Promise<GraphListItem>;
  /** What the adapter's writers work with, for a test of one of them on its own. */
  collaborators(): Promise<StoreCollaborators>;
  /** Test setup only: `count` KRs under one objective. */
  bulkKeyResults(objective: Objective, count: number): Promise<KeyResult[]>;
  stop(): Promise<void>;
}

/** The emulator in-process on port 0 with a temp data dir; the OKR site provisioned unless asked not to. */
export async function startStore(
  options: Partial<GraphEmulatorOptions> & { provisioned?: boolean } = {},
): Promise<StoreFixture> {
  const { provisioned = true, ...emulatorOptions } = options;
  const dataDir = mkdtempSync(join(tmpdir(), 'okr-store-test-'));
  const emulator = await startGraphEmulator({ dataDir, ...emulatorOptions });
  const connection = (userId: string = coach.id, grantedScopes?: readonly string[]) => ({
    graphBaseUrl: emulator.graphBaseUrl,
    timeoutMs: inProcessTimeoutMs,
    tokens: createDevTokenProvider({
      graphBaseUrl: emulator.graphBaseUrl,
      userId,
      ...(grantedScopes ? { grantedScopes } : {}),
    }),
    site: okrSite,
  });
  if (provisioned) await provision(connection());

  const direct = async () => {
    const graph = createGraphConnection(connection());
    const batch = new BatchExecutor(graph);
    const layout = await readSiteLayout(batch, okrSite, {});
    const paths = new ListPaths(layout.siteId, listIdsOf(layout).ids!, MAX_PAGE_SIZE);
    return { graph, batch, paths };
  };
  const bulkCreate = async (list: ListKey, items: readonly Fields[]) => {
    const { batch, paths } = await direct();
    const outcomes = await batch.run(
      items.map((fields) => ({
        method: 'POST' as const,
        url: paths.items(list),
        body: { fields },
      })),
    );
    return outcomes.map((outcome) => {
      if (!outcome.ok) throw outcome.error;
      return outcome.body as GraphListItem;
    });
  };

  return {
    emulator,
    connection,
    repository: ({ userId, grantedScopes, ...rest } = {}) =>
      new GraphOkrRepository({ ...connection(userId, grantedScopes), ...rest }),
    bulkCreate,
    collaborators: async () => {
      const { graph, batch, paths } = await direct();
      return { connection: graph, batch, paths, known: new KnownItems() };
    },
    readItem: async (list, id) => {
      const { graph, paths } = await direct();
      return graph.send<GraphListItem>({ method: 'GET', path: paths.get(list, id) });
    },
    bulkKeyResults: async (objective, count) => {
      const items = await bulkCreate(
        'keyResults',
        Array.from({ length: count }, (_, index) =>
          keyResultToFields(
            {
              objectiveId: objective.id,
              title: `Weekly active users from ${index} to ${index + 100}`,
              kind: 'increase',
              start: index,
              target: index + 100,
              current: index,
              unit: 'users',
              weight: 1,
              owner,
            },
            objective.cycleId,
          ),
        ),
      );
      return items.map(keyResultFromItem);
    },
    stop: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A cycle, a company team and one objective: the minimum a KR needs. Tests sharing a store each
 * get a cycle of their own, as the store refuses a cycle on another's very dates: Q1 2026 first,
 * then each a day shorter, inside it.
 */
/**
 * For a describe block whose tests each need stores of their own: `store()` starts one (and
 * `fresh()` gives its repository), all stopped after the block.
 */
export function storesStoppedAfterAll() {
  const stores: StoreFixture[] = [];
  const store = async () => {
    const started = await startStore();
    stores.push(started);
    return started;
  };
  afterAll(() => Promise.all(stores.map((started) => started.stop())));
  return { store, fresh: async () => (await store()).repository() };
}

export async function startingPoint(repository: OkrRepository) {
  const before = await repository.listCycles();
  const cycle = await repository.createCycle({
    name: 'Q1 2026',
    start: '2026-01-01',
    end: addDays('2026-03-31', -before.filter((other) => other.start === '2026-01-01').length),
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
  return { cycle, team, objective };
}

/** A count KR under `objective`, from 0 to 40 teams, with no check-in yet. */
export function startingKeyResult(
  repository: GraphOkrRepository,
  objective: Objective,
): Promise<KeyResult> {
  return repository.createKeyResult({
    objectiveId: objective.id,
    title: 'Weekly active teams reach 40',
    kind: 'increase',
    start: 0,
    target: 40,
    current: 0,
    unit: 'teams',
    weight: 1,
  });
}

/**
 * Resolves when `condition` holds, checked every 20 ms: for work a test cannot await, such as a
 * load's other `$batch` still retrying after the first failure ended the load. No time limit of
 * its own: the test's timeout bounds it.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
