/**
 * Which cycles hold a team's objectives: what "the current cycle" of a team's tab needs when an
 * annual and a quarter run side by side, and what an empty board names ("Engineering's OKRs are
 * in Q1 2027"). One `$batch`, at most one id per cycle, whatever the cycles hold.
 */
import type { Cycle } from '../../src/core/model';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { InvalidError } from '../../src/store/errors';
import { owner, startStore, type StoreFixture } from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;
beforeEach(async () => {
  store = await startStore();
  repository = store.repository({ pageSize: 5 });
});
afterEach(() => store.stop());

const draft = (cycle: Cycle, teamId: string, title: string) => ({
  cycleId: cycle.id,
  teamId,
  title,
  description: '',
  commitment: 'committed' as const,
  state: 'active' as const,
  owner,
});

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
