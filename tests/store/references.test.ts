/**
 * References that name nothing are refused on every write (#20), not only on creating an
 * objective: an objective edited onto a cycle, team or parent that does not exist, a key result
 * under an objective that does not exist, an initiative under a key result that does not exist
 * (never read, or deleted since it was read). Each is an InvalidError naming the missing thing in
 * the user's words; nothing is written; the check is one `$batch`.
 */
import type { KeyResult, Objective } from '../../src/core/model';
import { InvalidError, NotFoundError } from '../../src/store/errors';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import {
  owner,
  startStore,
  startingKeyResult,
  startingPoint,
  type StoreFixture,
} from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;
let cycleId: string;
let objective: Objective;
let keyResult: KeyResult;

beforeAll(async () => {
  store = await startStore();
  repository = store.repository();
  const start = await startingPoint(repository);
  cycleId = start.cycle.id;
  objective = start.objective;
  keyResult = await startingKeyResult(repository, objective);
}, 60_000);
afterAll(() => store.stop());

async function refused(write: Promise<unknown>): Promise<InvalidError> {
  const failure = await write.catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(InvalidError);
  return failure as InvalidError;
}

test.each([
  ['cycleId', { cycleId: '999999' }, 'cycle'],
  ['teamId', { teamId: '999998' }, 'team'],
  ['parentId', { parentId: '999997' }, 'objective it aligns to'],
])(
  'an objective edited so its %s names no existing item is refused in one $batch, nothing written',
  async (field, change, words) => {
    store.emulator.resetStats();
    const failure = await refused(repository.updateObjective({ ...objective, ...change }));
    expect(failure.issues).toContain(field);
    expect(failure.message).toContain(`The ${words} does not exist`);
    const stats = store.emulator.stats();
    expect(stats.batches).toBe(1);
    expect(stats.byMethod.PATCH ?? 0).toBe(0);
    const stored = (await store.repository().loadBoard({ cycleId })).objectives;
    expect(stored.find((o) => o.id === objective.id)).toMatchObject({
      cycleId: objective.cycleId,
      teamId: objective.teamId,
      version: objective.version,
    });
  },
  60_000,
);

test('an objective aligned to one that exists is saved', async () => {
  const parent = await repository.createObjective({
    cycleId,
    teamId: objective.teamId,
    title: 'Contoso grows in new markets',
    description: '',
    commitment: 'committed',
    state: 'active',
  });
  const aligned = await repository.updateObjective({ ...objective, parentId: parent.id });
  expect(aligned.parentId).toBe(parent.id);
  objective = aligned;
}, 60_000);

test('an objective aligned to the year’s objective around its quarter is saved, created or edited; once that is deleted, it is refused', async () => {
  const year = await repository.createCycle({
    name: 'FY 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    state: 'active',
  });
  const annual = await repository.createObjective({
    cycleId: year.id,
    teamId: objective.teamId,
    title: 'Double ARR to €10M',
    description: '',
    commitment: 'committed',
    state: 'active',
  });
  const created = await repository.createObjective({
    cycleId,
    teamId: objective.teamId,
    title: 'Win the Nordics',
    description: '',
    commitment: 'committed',
    state: 'active',
    parentId: annual.id,
  });
  expect(created).toMatchObject({ cycleId, parentId: annual.id });
  const edited = await repository.updateObjective({ ...created, parentId: undefined });
  expect((await repository.updateObjective({ ...edited, parentId: annual.id })).parentId).toBe(
    annual.id,
  );

  await store.repository().deleteObjective(annual);
  const failure = await refused(
    repository.createObjective({ ...created, title: 'Open Denmark', parentId: annual.id }),
  );
  expect(failure.message).toContain('The objective it aligns to does not exist');
  const stored = (await store.repository().loadBoard({ cycleId })).objectives;
  expect(stored.map((o) => o.title)).not.toContain('Open Denmark');
}, 60_000);

test('a key result under an objective that does not exist is refused, nothing written', async () => {
  const failure = await refused(
    store.repository().createKeyResult({ ...keyResult, objectiveId: '999996' }),
  );
  expect(failure.issues).toContain('objectiveId');
  expect(failure.message).toContain('The objective it belongs to does not exist');
  const board = await store.repository().loadBoard({ cycleId });
  expect(board.keyResults.filter((kr) => kr.title === keyResult.title)).toHaveLength(1);
}, 60_000);

test('an initiative under a key result that does not exist is refused, nothing written', async () => {
  const failure = await refused(
    store.repository().createInitiative({
      keyResultId: '999995',
      title: 'Launch the partner portal',
      status: 'notStarted',
      owner,
    }),
  );
  expect(failure.issues).toContain('keyResultId');
  expect(failure.message).toContain('The key result it belongs to does not exist');
  expect(await repository.listInitiatives({ cycleId })).toHaveLength(0);
}, 60_000);

test('an initiative under a key result deleted since it was read is refused, nothing written', async () => {
  const doomed = await repository.createKeyResult({
    ...keyResult,
    title: 'Partner sign-ups reach 25',
  });
  const initiative = await repository.createInitiative({
    keyResultId: doomed.id,
    title: 'Run a partner webinar',
    status: 'notStarted',
    owner,
  });
  await store.repository().deleteKeyResult(doomed);

  const onCreate = await refused(
    repository.createInitiative({
      keyResultId: doomed.id,
      title: 'Publish the partner guide',
      status: 'notStarted',
      owner,
    }),
  );
  expect(onCreate.message).toContain('The key result it belongs to does not exist');
  const onUpdate = await refused(
    repository.updateInitiative({ ...initiative, status: 'inProgress' }),
  );
  expect(onUpdate.message).toContain('The key result it belongs to does not exist');
  const stored = await repository.listInitiatives({ keyResultIds: [doomed.id] });
  expect(stored.map((item) => item.title)).not.toContain('Publish the partner guide');
  expect(stored.find((item) => item.id === initiative.id)?.status ?? 'gone').not.toBe('inProgress');
}, 60_000);

test('a check-in on a key result that does not exist fails naming it, nothing written', async () => {
  const report = await store.repository().saveCheckIns([
    {
      keyResultId: '999994',
      clientId: 'on-nothing',
      value: 3,
      note: '',
      author: owner,
      at: '2026-02-10T09:00:00.000Z',
      source: 'teams',
    },
  ]);
  expect(report.saved).toEqual([]);
  const failure = report.failed[0]?.error;
  expect(failure).toBeInstanceOf(NotFoundError);
  expect(failure?.message).toContain('The key result this check-in is for does not exist');
  expect(failure?.message).not.toMatch(/keyResults|checkIns/);
  expect((await repository.cycleCheckInHistory(cycleId)).size).toBe(0);
}, 60_000);

test('a team under a parent team that does not exist is refused, nothing written', async () => {
  const failure = await refused(
    store.repository().createTeam({ name: 'Partner success', parentTeamId: '999993' }),
  );
  expect(failure.message).toContain('does not exist');
  expect((await repository.listTeams()).map((team) => team.name)).not.toContain('Partner success');
}, 60_000);
