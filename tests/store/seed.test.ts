import { currentObjectives, quarterOf, seedDemoOrganisation } from '../../src/dev/seed';
import { checkInDrafts } from '../../src/dev/seed/seed';
import type { KeyResult } from '../../src/core/model';
import { simulatedTeam } from '../../src/dev/teams-simulator/directory';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { KeyResultRepairs } from '../../src/store/graph/read-repair';
import { startStore, type StoreFixture } from './store-fixture';

async function snapshot(repository: GraphOkrRepository) {
  const cycles = await repository.listCycles();
  const boards = await Promise.all(
    cycles.map((cycle) => repository.loadBoard({ cycleId: cycle.id })),
  );
  const histories = await Promise.all(
    cycles.map((cycle) => repository.cycleCheckInHistory(cycle.id)),
  );
  return { cycles, boards, histories: histories.map((history) => [...history.entries()]) };
}

test('the demo seed dates no check-in on or after the day it runs: a Monday’s, at 09:00, would lie ahead of a morning start', () => {
  const monday = '2026-12-07';
  const demo = currentObjectives[0]!.keyResults[0]!;
  const keyResult = { id: '7' } as KeyResult;
  const drafts = checkInDrafts(keyResult, demo, quarterOf(monday), monday);
  expect(drafts.length).toBeGreaterThan(5);
  expect(drafts.at(-1)!.at).toBe('2026-11-30T09:00:00Z');
});

describe('the demo seed', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore();
  }, 60_000);
  afterAll(() => store.stop());

  test('writes a believable organisation, and a second run changes nothing', async () => {
    const today = '2026-11-24';
    const follow = jest.spyOn(KeyResultRepairs.prototype, 'follow');
    const first = await seedDemoOrganisation(store.repository(), { today });
    expect(first.created.teams).toBe(5);
    expect(first.created.cycles).toBe(2);
    expect(first.created.checkIns).toBeGreaterThan(100);
    expect(first.created.initiatives).toBe(5);

    const repository = store.repository();
    const cycles = await repository.listCycles();
    expect(cycles.map((c) => [c.name, c.state])).toEqual([
      ['Q3 2026', 'closed'],
      ['Q4 2026', 'active'],
    ]);
    const board = await repository.loadBoard({ cycleId: first.currentCycleId });
    const kinds = new Set(board.keyResults.map((kr) => kr.kind));
    expect([...kinds].sort()).toEqual([
      'binary',
      'decrease',
      'increase',
      'milestone',
      'stayAbove',
      'stayBelow',
    ]);
    const teamsWithObjectives = new Set(board.objectives.map((o) => o.teamId));
    expect(teamsWithObjectives.size).toBe(5);
    const owners = (await repository.listTeams()).map((team) => [
      team.name,
      team.owners?.map((owner) => owner.displayName),
    ]);
    expect(owners).toContainEqual(['Engineering', ['Alex Wilber']]);
    expect(owners.every(([, names]) => names?.length === 1)).toBe(true);
    // The Teams simulator's team is linked to the company: its channel tab starts with Contoso.
    const linked = (await repository.listTeams()).filter((team) => team.groupId);
    expect(linked.map((team) => [team.name, team.groupId])).toEqual([
      ['Contoso', simulatedTeam.groupId],
    ]);
    expect(board.objectives.filter((o) => o.parentId).length).toBeGreaterThan(3);
    expect(board.keyResults.some((kr) => !kr.owner)).toBe(true);
    const stale = board.keyResults.filter(
      (kr) => kr.lastCheckInAt && kr.lastCheckInAt < '2026-11-01',
    );
    expect(stale.length).toBeGreaterThan(0);
    const history = await repository.cycleCheckInHistory(first.currentCycleId);
    const confidences = [...history.values()][0]!.map((c) => c.confidence);
    expect(confidences.length).toBeGreaterThan(5);
    // Every KR of the demo reads as its latest check-in: opening a board puts nothing right.
    expect(follow).toHaveBeenCalled();
    for (const [index, [stored]] of follow.mock.calls.entries()) {
      expect(follow.mock.results[index]!.value).toEqual(stored);
    }
    follow.mockRestore();

    const before = await snapshot(repository);
    store.emulator.resetStats();
    const second = await seedDemoOrganisation(store.repository(), { today });
    expect(second.created).toEqual({
      teams: 0,
      cycles: 0,
      objectives: 0,
      keyResults: 0,
      initiatives: 0,
      checkIns: 0,
    });
    expect(store.emulator.stats().subRequestsByStatus['201']).toBeUndefined();
    expect(await snapshot(store.repository())).toEqual(before);
  }, 60_000);

  test('links the company of an earlier seed to the simulator’s group, and leaves a group linked elsewhere alone', async () => {
    const today = '2026-11-24';
    const repository = store.repository();
    const teamNamed = async (name: string) =>
      (await repository.listTeams()).find((team) => team.name === name)!;
    const unlink = async (name: string) =>
      repository.updateTeam({ ...(await teamNamed(name)), groupId: undefined });
    // As an earlier seed left it: no group.
    await unlink('Contoso');
    await seedDemoOrganisation(store.repository(), { today });
    expect((await teamNamed('Contoso')).groupId).toBe(simulatedTeam.groupId);

    // Someone linked the group to Sales instead: the company is not linked to it again.
    await unlink('Contoso');
    await repository.updateTeam({ ...(await teamNamed('Sales')), groupId: simulatedTeam.groupId });
    await seedDemoOrganisation(store.repository(), { today });
    const linked = (await repository.listTeams()).filter((team) => team.groupId);
    expect(linked.map((team) => team.name)).toEqual(['Sales']);
  }, 60_000);
});
