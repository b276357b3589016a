/**
 * Honest outcomes after a lost answer (#20): a write that was applied but whose answer never came
 * is read back and reported as done, never duplicated by the retry and never a conflict with
 * itself; a create carries a client id, and reusing one for other content is a conflict.
 */
import type { Objective } from '../../src/core/model';
import { newSharedDraft, objectiveOfDraft, saveFailed } from '../../src/core/rituals';
import { ConflictError } from '../../src/store/errors';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import type { ObjectiveDraft } from '../../src/store/repository';
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
let teamId: string;
let objective: Objective;

beforeAll(async () => {
  store = await startStore();
  repository = store.repository({ retryDelaySeconds: 0.01 });
  const start = await startingPoint(repository);
  ({ objective } = start);
  cycleId = start.cycle.id;
  teamId = start.team.id;
}, 60_000);
afterAll(() => store.stop());

const itemWrites = (method: string) => (sent: string, path: string) =>
  sent === method && /\/items(\/\d+)?(\/fields)?$/.test(path);
// An objective is created in one `$batch` with its checks.
const batches = (sent: string, path: string) => sent === 'POST' && path.endsWith('/$batch');

const draft = (title: string, clientId?: string): ObjectiveDraft => ({
  cycleId,
  teamId,
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
  ...(clientId ? { clientId } : {}),
});

async function objectivesTitled(title: string) {
  const board = await store.repository().loadBoard({ cycleId });
  return board.objectives.filter((stored) => stored.title === title);
}

test('a create whose answer is lost is read back, not made twice', async () => {
  store.emulator.loseAnswers(1, batches);
  const created = await repository.createObjective(draft('Partners sell the new plan'));
  expect(created.id).toBeDefined();
  expect(await objectivesTitled('Partners sell the new plan')).toHaveLength(1);

  store.emulator.loseAnswers(1, itemWrites('POST'));
  const keyResult = await repository.createKeyResult({
    objectiveId: created.id,
    title: 'Partners with a first sale reach 30',
    kind: 'increase',
    start: 0,
    target: 30,
    current: 0,
    unit: 'partners',
    weight: 1,
    owner,
  });
  const board = await store.repository().loadBoard({ cycleId });
  expect(board.keyResults.filter((kr) => kr.title === keyResult.title)).toHaveLength(1);
}, 60_000);

test('the same client id again with the same content is the same item; with other content, a conflict naming both', async () => {
  const first = await repository.createObjective(draft('Support answers within a day', 'obj-c1'));
  const again = await repository.createObjective(draft('Support answers within a day', 'obj-c1'));
  expect(again.id).toBe(first.id);
  const failure = await repository
    .createObjective(draft('Support answers within an hour', 'obj-c1'))
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ConflictError);
  expect((failure as ConflictError).message).toContain('Support answers within a day');
  expect((failure as ConflictError).message).toContain('Support answers within an hour');
  expect(await objectivesTitled('Support answers within an hour')).toHaveLength(0);
}, 60_000);

test('an update whose answer is lost is reported saved, not as a conflict with itself', async () => {
  const created = await repository.createObjective(draft('Churn falls below 2%'));
  store.emulator.loseAnswers(1, itemWrites('PATCH'));
  const updated = await repository.updateObjective({
    ...created,
    title: 'Churn falls below 1.5%',
  });
  expect(updated.title).toBe('Churn falls below 1.5%');
  expect(updated.version).not.toBe(created.version);
}, 60_000);

test('a delete whose answer is lost is reported done', async () => {
  const created = await repository.createObjective(draft('Release every week'));
  store.emulator.loseAnswers(1, itemWrites('DELETE'));
  await expect(repository.deleteObjective(created)).resolves.toBeUndefined();
  expect(await objectivesTitled('Release every week')).toHaveLength(0);
}, 60_000);

test('a cycle create whose answer is lost is one cycle', async () => {
  store.emulator.loseAnswers(1, itemWrites('POST'));
  const cycle = await repository.createCycle({
    name: 'Q3 2026',
    start: '2026-07-01',
    end: '2026-09-30',
    state: 'planning',
  });
  const cycles = await store.repository().listCycles();
  expect(cycles.filter((stored) => stored.name === cycle.name)).toHaveLength(1);
}, 60_000);

test('a check-in save whose answers are lost reports what was stored, once', async () => {
  const keyResult = await startingKeyResult(repository, objective);
  await repository.loadOperatingModel();
  store.emulator.loseAnswers(4, (method, path) => method === 'POST' && path.endsWith('/$batch'));
  const report = await repository.saveCheckIns([
    {
      keyResultId: keyResult.id,
      keyResultVersion: keyResult.version,
      clientId: 'lost-answers-1',
      value: 12,
      confidence: 6,
      note: '',
      author: owner,
      at: '2026-02-20T09:00:00.000Z',
      source: 'teams',
    },
  ]);
  expect(report.failed).toEqual([]);
  expect(report.conflicts).toEqual([]);
  expect(report.saved[0]!.keyResult.current).toBe(12);
  const history = await store.repository().checkInHistory([keyResult.id]);
  expect(history.get(keyResult.id)!.map((checkIn) => checkIn.clientId)).toEqual(['lost-answers-1']);
}, 60_000);

test('a team create whose answer is lost is one team; its client id again with another name is a conflict naming both', async () => {
  store.emulator.loseAnswers(1, itemWrites('POST'));
  const team = await repository.createTeam({ name: 'Partner success', clientId: 'team-c1' });
  expect(team.id).toBeDefined();
  const again = await repository.createTeam({ name: 'Partner success', clientId: 'team-c1' });
  expect(again.id).toBe(team.id);
  const failure = await repository
    .createTeam({ name: 'Partner sales', clientId: 'team-c1' })
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ConflictError);
  expect((failure as ConflictError).message).toContain('Partner success');
  expect((failure as ConflictError).message).toContain('Partner sales');
  const teams = await store.repository().listTeams();
  expect(teams.filter((stored) => stored.name.startsWith('Partner '))).toHaveLength(1);
}, 60_000);

test('an initiative create whose answer is lost is one initiative', async () => {
  const keyResult = await repository.createKeyResult({
    objectiveId: objective.id,
    title: 'Onboarding calls booked reach 50',
    kind: 'increase',
    start: 0,
    target: 50,
    current: 0,
    unit: 'calls',
    weight: 1,
  });
  store.emulator.loseAnswers(1, itemWrites('POST'));
  await repository.createInitiative({
    keyResultId: keyResult.id,
    title: 'Call every new customer in week one',
    status: 'notStarted',
  });
  const stored = await store.repository().listInitiatives({ keyResultIds: [keyResult.id] });
  expect(stored.map((initiative) => initiative.title)).toEqual([
    'Call every new customer in week one',
  ]);
}, 60_000);

test('a planning meeting’s draft saved twice (a lost answer, then the save tried again) is one objective', async () => {
  const accepted = {
    ...newSharedDraft('7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', teamId, {
      by: owner.displayName,
      at: '2026-01-05T10:00:00.000Z',
    }),
    title: 'Partners renew without a call',
    accepted: true,
  };
  // The create is applied but its answer lost, and so is the answer of the look-up after it:
  // the facilitator is told it failed, and the draft opens for another save.
  store.emulator.loseAnswers(2, batches);
  const failure = await store
    .repository({ maxRetries: 0 })
    .createObjective(objectiveOfDraft(accepted, { cycleId, owner }))
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(Error);
  const saved = await repository.createObjective(
    objectiveOfDraft(saveFailed(accepted), { cycleId, owner }),
  );
  expect(await objectivesTitled('Partners renew without a call')).toEqual([
    expect.objectContaining({ id: saved.id }),
  ]);
}, 60_000);

test('the operating model’s first save and a later one, their answers lost, are reported saved, not as conflicts with themselves', async () => {
  const admin = store.repository({ maxRetries: 0 });
  const read = await admin.loadOperatingModel();
  store.emulator.loseAnswers(1, itemWrites('POST'));
  const first = await admin.saveOperatingModel({ ...read, story: 'Why: focus on what matters' });
  expect(first.story).toBe('Why: focus on what matters');
  expect(first.version).toBeDefined();

  store.emulator.loseAnswers(1, itemWrites('PATCH'));
  const second = await store
    .repository()
    .saveOperatingModel({ ...first, story: 'Why: focus and alignment' });
  expect(second.story).toBe('Why: focus and alignment');
  expect((await store.repository().loadOperatingModel()).story).toBe('Why: focus and alignment');
}, 60_000);
