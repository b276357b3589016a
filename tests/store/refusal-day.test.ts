import type { DayOf } from '../../src/core/day-of';
import type { IsoDate } from '../../src/core/model';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

/** The day an instant fell on, on an Auckland clock (what the app passes for a user there). */
const aucklandDay: DayOf = (instant) =>
  new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Pacific/Auckland' }) as IsoDate;

// Q1 2026 ends on 31 March: 12:30 UTC on 1 April is past its last day in every zone, and already
// 2 April in Auckland (UTC+13).
const afterTheCycle = '2026-04-01T12:30:00Z';

describe('a check-in refused outside its cycle names the user’s day', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  async function keyResultIn(dayOf?: DayOf) {
    const repository = store.repository(dayOf ? { dayOf } : {});
    const { cycle, objective } = await startingPoint(repository);
    const [keyResult] = await store.bulkKeyResults(objective, 1);
    await repository.loadBoard({ cycleId: cycle.id });
    const draft = (at: string): CheckInDraft => ({
      clientId: `at-${at}`,
      keyResultId: keyResult!.id,
      keyResultVersion: keyResult!.version,
      value: 20,
      confidence: 7,
      note: '',
      author: owner,
      at,
      source: 'teams',
    });
    return { repository, draft };
  }

  test.each([
    ['Auckland', aucklandDay, afterTheCycle, 'Apr 2, 2026'],
    ['UTC, with no user’s zone given', undefined, afterTheCycle, 'Apr 1, 2026'],
    // Noon UTC is a day imported without its time: on 5 April, though Auckland's clock read the 6th.
    [
      'Auckland, a day imported without its time',
      aucklandDay,
      '2026-04-05T12:00:00Z',
      'Apr 5, 2026',
    ],
  ])('saving one, in %s', async (_, dayOf, at, day) => {
    const { repository, draft } = await keyResultIn(dayOf);
    const { failed, saved } = await repository.saveCheckIns([draft(at)]);
    expect(saved).toEqual([]);
    expect(failed.map(({ error }) => error.message)).toEqual([
      expect.stringContaining(`The date ${day} is outside the cycle`),
    ]);
  });

  test('correcting one to a day after the cycle, in Auckland', async () => {
    const { repository, draft } = await keyResultIn(aucklandDay);
    const { saved } = await repository.saveCheckIns([draft('2026-02-02T09:00:00Z')]);
    await expect(
      repository.correctCheckIn({
        ...saved[0]!.checkIn,
        at: afterTheCycle,
        correction: { reason: 'Wrong day', by: owner, at: '2026-04-01T12:30:00Z' },
      }),
    ).rejects.toThrow('The date Apr 2, 2026 is outside the cycle');
  });
});
