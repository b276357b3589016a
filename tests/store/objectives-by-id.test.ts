/**
 * The objectives a board's objectives align to, read by their ids wherever they are (a year's
 * company objective above a quarter's): one `$batch`, and an id the store no longer has left out.
 */
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { startStore, startingPoint, type StoreFixture } from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;

beforeAll(async () => {
  store = await startStore();
  repository = store.repository();
}, 60_000);
afterAll(() => store.stop());

test('reads objectives of other cycles by their ids in one $batch, leaving out one that is gone', async () => {
  const { team, objective: quarter } = await startingPoint(repository);
  const year = await repository.createCycle({
    name: 'FY 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    state: 'active',
  });
  const company = await repository.createObjective({
    cycleId: year.id,
    teamId: team.id,
    title: 'Become the onboarding everyone copies',
    description: '',
    commitment: 'committed',
    state: 'active',
  });
  const gone = await repository.createObjective({ ...company, title: 'Deleted since' });
  await repository.deleteObjective(gone);

  store.emulator.resetStats();
  const read = await repository.loadObjectives([company.id, quarter.id, gone.id, company.id]);
  expect(read.map((objective) => [objective.title, objective.cycleId])).toEqual([
    ['Become the onboarding everyone copies', year.id],
    ['Customers love the new onboarding', quarter.cycleId],
  ]);
  expect(store.emulator.stats().batches).toBe(1);
  expect(await repository.loadObjectives([])).toEqual([]);
});
