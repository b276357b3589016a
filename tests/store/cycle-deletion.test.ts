/**
 * Deleting a cycle read every objective of it to count them, looked at nothing else that names
 * it (key results, initiatives, check-ins, meeting rounds were left pointing nowhere), and an
 * objective added between the check and the delete was orphaned. Now: one id at most per list,
 * everything that names the cycle named in the refusal, the cycle marked while it is deleted so
 * an objective written meanwhile takes itself back, and the delete carries the cycle's eTag.
 */
import type { Cycle } from '../../src/core/model';
import { DELETION_MARK_MS, markDeleting } from '../../src/store/graph/cycle-references';
import { ConflictError, InvalidError } from '../../src/store/errors';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import type { GraphListItem } from '../../src/store/mapping';
import { objectiveToFields } from '../../src/store/mapping';
import { owner, startingKeyResult, startStore, type StoreFixture } from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;
beforeEach(async () => {
  store = await startStore();
  // Pages of five: a check that read every objective would take more requests for more of them.
  repository = store.repository({ pageSize: 5 });
});
afterEach(() => store.stop());

const quarter = (name: string, start: string, end: string) =>
  repository.createCycle({ name, start, end, state: 'planning' });

async function contosoTeam() {
  return repository.createTeam({ name: 'Contoso' });
}

const draft = (cycle: Cycle, teamId: string, title: string) => ({
  cycleId: cycle.id,
  teamId,
  title,
  description: '',
  commitment: 'committed' as const,
  state: 'active' as const,
  owner,
});

const refusalOf = (deleting: Promise<void>) =>
  deleting.then(() => undefined).catch((e: unknown) => e);

/** The deletion marks left in the Settings list. */
async function marksLeft(): Promise<string[]> {
  const { connection, paths } = await store.collaborators();
  const page = await connection.send<{ value: GraphListItem[] }>({
    method: 'GET',
    path: `${paths.items('settings')}?expand=fields`,
  });
  return page.value
    .map((item) => String(item.fields.SettingKey))
    .filter((key) => key.startsWith('deletingCycle:'));
}

test('a cycle is refused naming all it holds, at the same cost for one objective or thirty', async () => {
  const team = await contosoTeam();
  const q3 = await quarter('Q3 2026', '2026-07-01', '2026-09-30');
  await repository.createObjective(draft(q3, team.id, 'Customers love the new onboarding'));
  const requestsFor = async () => {
    store.emulator.resetStats();
    const refused = await refusalOf(repository.deleteCycle(q3));
    const { total, batchSubRequests } = store.emulator.stats();
    return { refused, requests: total + batchSubRequests };
  };

  const one = await requestsFor();
  expect(one.refused).toBeInstanceOf(InvalidError);
  expect((one.refused as InvalidError).message).toBe(
    'Q3 2026 still holds objectives, so it was not deleted. Delete its objectives on its board first (their key results go with them), then delete the cycle.',
  );
  await store.bulkCreate(
    'objectives',
    Array.from({ length: 29 }, (_, index) =>
      objectiveToFields(draft(q3, team.id, `Objective ${index}`)),
    ),
  );
  const thirty = await requestsFor();
  expect((thirty.refused as InvalidError).message).toBe((one.refused as InvalidError).message);
  expect(thirty.requests).toBe(one.requests);
  expect(await marksLeft()).toEqual([]);
  expect((await store.repository().listCycles()).map((cycle) => cycle.name)).toEqual(['Q3 2026']);
});

test('check-ins and meeting rounds without objectives are named, and the cycle is closed instead', async () => {
  const q4 = await quarter('Q4 2026', '2026-10-01', '2026-12-31');
  const cycleId = Number(q4.id);
  await store.bulkCreate('checkIns', [
    {
      Title: '12',
      ClientId: 'left-from-a-deleted-key-result',
      KeyResultId: 999,
      CycleId: cycleId,
      Value: 12,
      CheckedInAt: '2026-10-06T09:00:00Z',
      Source: 'teams',
    },
  ]);
  await store.bulkCreate('meetingSessions', [
    {
      Title: 'Check-in round r1',
      RoundId: 'r1',
      MeetingId: 'meeting-1',
      CycleId: cycleId,
      SessionState: 'closed',
      StartedAt: '2026-10-06T09:00:00Z',
    },
  ]);
  const empty = await quarter('Q1 2027', '2027-01-01', '2027-03-31');

  expect(await repository.cycleHoldings([q4.id, empty.id])).toEqual(
    new Map([
      [q4.id, ['checkIns', 'meetingSessions']],
      [empty.id, []],
    ]),
  );
  const refused = await refusalOf(repository.deleteCycle(q4));
  expect((refused as InvalidError).message).toBe(
    'Q4 2026 still holds check-ins and meeting check-in rounds, so it was not deleted. They stay with it as its history: close it instead, and it keeps them, read-only.',
  );
  await repository.deleteCycle(empty);
  expect((await store.repository().listCycles()).map((cycle) => cycle.name)).toEqual(['Q4 2026']);
  expect(await marksLeft()).toEqual([]);
});

/** An initiative and a check-in naming the cycle and the key result `keyResultId`. */
async function keyResultItemsIn(cycle: Cycle, keyResultId: number) {
  const cycleId = Number(cycle.id);
  const [checkIn] = await store.bulkCreate('checkIns', [
    {
      Title: '12',
      ClientId: `check-in-of-${keyResultId}`,
      KeyResultId: keyResultId,
      CycleId: cycleId,
      Value: 12,
      CheckedInAt: '2026-10-06T09:00:00Z',
      Source: 'teams',
    },
  ]);
  const [initiative] = await store.bulkCreate('initiatives', [
    {
      Title: 'Ship the guided tour',
      KeyResultId: keyResultId,
      CycleId: cycleId,
      OwnerId: owner.id,
      OwnerName: owner.displayName,
      InitiativeStatus: 'notStarted',
    },
  ]);
  return { checkIn: checkIn!, initiative: initiative! };
}

test('initiatives and check-ins of key results deleted since go with the cycle: nothing else reaches them', async () => {
  const q4 = await quarter('Q4 2026', '2026-10-01', '2026-12-31');
  const { checkIn, initiative } = await keyResultItemsIn(q4, 999);

  // Delete was refused, naming initiatives and check-ins that no board shows or removes.
  expect(await repository.cycleHoldings([q4.id])).toEqual(new Map([[q4.id, []]]));
  await repository.deleteCycle(q4);

  expect(await store.repository().listCycles()).toEqual([]);
  for (const [list, item] of [
    ['checkIns', checkIn],
    ['initiatives', initiative],
  ] as const) {
    expect(await refusalOf(store.readItem(list, item.id).then(() => undefined))).toBeDefined();
  }
  expect(await marksLeft()).toEqual([]);
});

test('a check-in whose key result is still there keeps its cycle, which is named as holding it', async () => {
  const team = await contosoTeam();
  const q3 = await quarter('Q3 2026', '2026-07-01', '2026-09-30');
  const objective = await repository.createObjective(draft(q3, team.id, 'Customers love it'));
  const keyResult = await startingKeyResult(repository, objective);
  const q4 = await quarter('Q4 2026', '2026-10-01', '2026-12-31');
  const { checkIn } = await keyResultItemsIn(q4, Number(keyResult.id));

  expect(await repository.cycleHoldings([q4.id])).toEqual(
    new Map([[q4.id, ['initiatives', 'checkIns']]]),
  );
  expect((await refusalOf(repository.deleteCycle(q4))) as InvalidError).toBeInstanceOf(
    InvalidError,
  );
  expect((await store.readItem('checkIns', checkIn.id)).id).toBe(checkIn.id);
  expect((await store.repository().listCycles()).map((cycle) => cycle.name)).toEqual([
    'Q3 2026',
    'Q4 2026',
  ]);
});

test('a cycle changed since it was read is not deleted, and says so', async () => {
  const planned = await quarter('Q1 2027', '2027-01-01', '2027-03-31');
  await repository.updateCycle({ ...planned, name: 'Q1 FY27' });

  const refused = await refusalOf(repository.deleteCycle(planned));

  expect(refused).toBeInstanceOf(ConflictError);
  expect((refused as ConflictError).message).toBe(
    'Adele Vance changed Q1 2027 since you opened it, so it was not deleted. Look at it as it is now, then delete it if it is still a mistake.',
  );
  expect((refused as ConflictError<Cycle>).theirs?.name).toBe('Q1 FY27');
  expect((await store.repository().listCycles()).map((cycle) => cycle.name)).toEqual(['Q1 FY27']);
  expect(await marksLeft()).toEqual([]);
});

test('an objective written while the cycle is being deleted takes itself back', async () => {
  const team = await contosoTeam();
  const planned = await quarter('Q1 2027', '2027-01-01', '2027-03-31');
  const unmark = await markDeleting(await store.collaborators(), planned, Date.now());

  const added = await repository
    .createObjective(draft(planned, team.id, 'Customers love the new onboarding'))
    .catch((e: unknown) => e);

  expect(added).toBeInstanceOf(InvalidError);
  expect((added as InvalidError).message).toBe(
    'The objective was not saved: Q1 2027 was being deleted while “Customers love the new onboarding” was saved, so the objective was not added. Reload, and add it to another cycle.',
  );
  expect((await store.repository().loadBoard({ cycleId: planned.id })).objectives).toEqual([]);
  // A second admin deleting it at the same moment is told so.
  const second = await refusalOf(repository.deleteCycle(planned));
  expect((second as InvalidError).message).toBe(
    'Q1 2027 is being deleted by someone else at this moment. Reload to see whether it is gone.',
  );

  await unmark();
  const kept = await repository.createObjective(draft(planned, team.id, 'Onboarding in a day'));
  expect(kept.cycleId).toBe(planned.id);
});

test('a deletion that died leaves a mark that lapses; an objective into a deleted cycle goes back', async () => {
  const team = await contosoTeam();
  const planned = await quarter('Q1 2027', '2027-01-01', '2027-03-31');
  await markDeleting(await store.collaborators(), planned, Date.now() - DELETION_MARK_MS - 60_000);

  const kept = await repository.createObjective(draft(planned, team.id, 'Onboarding in a day'));
  await repository.deleteObjective(kept);
  // The lapsed mark is taken over, and taken off once the cycle is gone.
  await repository.deleteCycle(planned);
  expect(await marksLeft()).toEqual([]);

  // A board opened on the cycle before it went does not ask whether it is still there.
  const boardOpenedBefore = store.repository();
  const again = await quarter('Q2 2027', '2027-04-01', '2027-06-30');
  await boardOpenedBefore.loadBoard({ cycleId: again.id });
  await repository.deleteCycle(again);
  const later = await refusalOf(
    boardOpenedBefore
      .createObjective(draft(again, team.id, 'Customers love the new onboarding'))
      .then(() => undefined),
  );
  expect((later as InvalidError).message).toBe(
    'The objective was not saved: Q2 2027 was being deleted while “Customers love the new onboarding” was saved, so the objective was not added. Reload, and add it to another cycle.',
  );
  expect(await objectivesStored()).toEqual([]);
});

async function objectivesStored(): Promise<GraphListItem[]> {
  const { connection, paths } = await store.collaborators();
  return (
    await connection.send<{ value: GraphListItem[] }>({
      method: 'GET',
      path: paths.items('objectives'),
    })
  ).value;
}

// Which cycles hold a team's objectives: what "the current cycle" of a team's tab asks when an
// annual and a quarter run side by side, and what an empty board names.
test('names the cycles holding objectives, of the given teams, in one batch', async () => {
  const [company, engineering, sales] = await Promise.all([
    repository.createTeam({ name: 'Contoso' }),
    repository.createTeam({ name: 'Engineering' }),
    repository.createTeam({ name: 'Sales' }),
  ]);
  const fy = await repository.createCycle({
    name: 'FY 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    state: 'active',
  });
  const q4 = await repository.createCycle({
    name: 'Q4 2026',
    start: '2026-10-01',
    end: '2026-12-31',
    state: 'active',
  });
  const q1 = await repository.createCycle({
    name: 'Q1 2027',
    start: '2027-01-01',
    end: '2027-03-31',
    state: 'planning',
  });
  await repository.createObjective(draft(fy, company!.id, 'Double ARR'));
  await repository.createObjective(draft(q4, sales!.id, 'Win the mid-market'));
  await repository.createObjective(draft(q1, engineering!.id, 'A board that never goes down'));
  const ids = [fy.id, q4.id, q1.id];

  store.emulator.resetStats();
  expect([...(await repository.cyclesWithObjectives(ids, [engineering!.id]))]).toEqual([q1.id]);
  expect(store.emulator.stats().total).toBe(1);
  expect(
    [...(await repository.cyclesWithObjectives(ids, [engineering!.id, sales!.id]))].sort(),
  ).toEqual([q4.id, q1.id].sort());
  expect([...(await repository.cyclesWithObjectives(ids, undefined))].sort()).toEqual(
    [...ids].sort(),
  );
  expect((await repository.cyclesWithObjectives([], undefined)).size).toBe(0);
  await expect(repository.cyclesWithObjectives(['x'], undefined)).rejects.toBeInstanceOf(
    InvalidError,
  );
});
