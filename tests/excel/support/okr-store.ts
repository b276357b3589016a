/**
 * The real store for Excel tests: the Graph emulator on a free loopback port, the OKR lists
 * provisioned on its demo site, and the Graph adapter (the real graph-client) signed in with a
 * development token. Seeds one cycle with objectives and KRs.
 */
import { createDevTokenProvider } from '../../../src/auth';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { Cycle, KeyResult, Objective, Person } from '../../../src/core/model';
import { addDays } from '../../../src/core/dates';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { GraphOkrRepository, provision } from '../../../src/store';
import { siteRoles } from '../../../src/store/graph/site-roles';
import { WorkbookSync } from '../../../src/excel/sync/workbook-sync';
import type { OkrWorkbook } from '../../../src/excel/workbook/types';
import { inProcessTimeoutMs, startTestEmulator } from '../../dev/graph-emulator/emulator-fixture';

export const okrSite = 'contoso.sharepoint.com:/sites/okr';

export interface OkrStore {
  readonly graphBaseUrl: string;
  /** The Sales team's item id (teams are set up by an admin; the port cannot create them). */
  readonly teamId: string;
  repositoryFor(userId: string): GraphOkrRepository;
  readonly repository: GraphOkrRepository;
  readonly author: Person;
  stop(): Promise<void>;
}

export async function startOkrStore(): Promise<OkrStore> {
  const { emulator, stop } = await startTestEmulator();
  const graphBaseUrl = emulator.graphBaseUrl;
  const tokensFor = (userId: string) => createDevTokenProvider({ graphBaseUrl, userId });
  const admin = demoUsers.adeleVance.id;
  await provision({ graphBaseUrl, site: okrSite, tokens: tokensFor(admin) });
  const repositoryFor = (userId: string) =>
    new GraphOkrRepository({
      graphBaseUrl,
      site: okrSite,
      tokens: tokensFor(userId),
      maxRetries: 0,
      timeoutMs: inProcessTimeoutMs,
    });
  const user = demoUsers.diegoSiciliani;
  // The Excel user here also coaches the team: seeding a board creates a cycle, which the OKR
  // site lets only coaches and admins do.
  await siteRoles({ graphBaseUrl, site: okrSite, tokens: tokensFor(admin) }).add(
    'coaches',
    user.userPrincipalName,
  );
  const teamId = await createTeam(graphBaseUrl, await tokensFor(admin).getToken([]), 'Sales');
  return {
    graphBaseUrl,
    teamId,
    repositoryFor,
    repository: repositoryFor(user.id),
    author: { id: user.id, displayName: user.displayName },
    stop,
  };
}

/** Adds a team item to the OKR Teams list over plain Graph, as an admin's setup would. */
async function createTeam(graphBaseUrl: string, token: string, name: string): Promise<string> {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const site = `${graphBaseUrl}/sites/contoso.sharepoint.com:/sites/okr:`;
  const lists = (await (await fetch(`${site}/lists`, { headers })).json()) as {
    value: { id: string; displayName: string }[];
  };
  const list = lists.value.find((l) => l.displayName === 'OKR Teams');
  if (!list) throw new Error('The OKR Teams list was not provisioned.');
  const response = await fetch(`${site}/lists/${list.id}/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ fields: { Title: name } }),
  });
  return ((await response.json()) as { id: string }).id;
}

export interface SeededBoard {
  readonly cycle: Cycle;
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
}

/**
 * A current cycle (around `today`) with `count` increase KRs, five per objective. Boards seeded
 * in one store each get a cycle of their own, as the store refuses a cycle on another's very
 * dates: the year first, then each a day shorter, inside it.
 */
export async function seedBoard(
  repository: GraphOkrRepository,
  teamId: string,
  count: number,
  today: string,
  titles: (index: number) => string = (index) => `Grow weekly active customers to ${index + 100}`,
): Promise<SeededBoard> {
  const year = Number(today.slice(0, 4));
  const start = `${year}-01-01`;
  const before = await repository.listCycles();
  const cycle = await repository.createCycle({
    name: `FY${year} test cycle`,
    start,
    end: addDays(`${year}-12-31`, -before.filter((other) => other.start === start).length),
    state: 'active',
  });
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % 5 === 0) {
      objectives.push(
        await repository.createObjective({
          cycleId: cycle.id,
          teamId,
          title: `Customers love our onboarding (${objectives.length + 1})`,
          description: '',
          commitment: 'committed',
          state: 'active',
        }),
      );
    }
    const objective = objectives[objectives.length - 1]!;
    keyResults.push(
      await repository.createKeyResult({
        objectiveId: objective.id,
        title: titles(index),
        kind: 'increase',
        start: 0,
        target: 100,
        current: 10,
        unit: 'customers',
        weight: 1,
        confidence: 5,
      }),
    );
  }
  return { cycle, objectives, keyResults };
}

/** A done / not done KR (not done yet) under `objectiveId`. */
export function seedDoneKeyResult(
  repository: GraphOkrRepository,
  objectiveId: string,
  title: string,
): Promise<KeyResult> {
  return repository.createKeyResult({
    objectiveId,
    title,
    kind: 'binary',
    start: 0,
    target: 1,
    current: 0,
    unit: '',
    weight: 1,
  });
}

export const model = defaultOperatingModel;

/** The pane's sync of `workbook` with the store, in `locale`, its clock stopped at `now`. */
export function workbookSync(
  store: OkrStore,
  workbook: OkrWorkbook,
  locale: string,
  now: Date,
): WorkbookSync {
  return new WorkbookSync({
    workbook,
    repository: store.repository,
    model: { ...model, locale },
    author: store.author,
    clock: () => now,
  });
}
