import fc from 'fast-check';
import {
  boardFilterFromQuery,
  boardFilterToQuery,
  boardSorts,
  confidenceBand,
  confidenceOfBand,
  confidenceBands,
  needsCheckIn,
  progressRange,
  progressRanges,
  activeFilterCount,
  withoutSearchOrFilters,
  type BoardFilter,
} from '../../src/core/board-filter';
import {
  buildTeamsDeepLink,
  deepLinkTargetFromSubEntityId,
  deepLinkTargetToSubEntityId,
} from '../../src/core/deep-links';
import { statuses } from '../../src/core/model';
import { toIsoDate } from '../../src/core/dates';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { formatProgress } from '../../src/core/format';
import { keyResultProgress } from '../../src/core/progress';
import { keyResult } from './fixtures';

const someIds = fc.array(fc.string({ minLength: 1, maxLength: 12 }), {
  minLength: 1,
  maxLength: 3,
});
const someOf = <T extends string>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });

const filters: fc.Arbitrary<BoardFilter> = fc.record(
  {
    search: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
    ownerIds: someIds,
    teamIds: someIds,
    statuses: someOf(statuses),
    confidence: someOf(confidenceBands),
    progress: someOf(progressRanges),
    needsCheckIn: fc.constant(true),
    sort: fc.constantFrom(...boardSorts.filter((sort) => sort !== 'board')),
    direction: fc.constant('desc' as const),
    layout: fc.constant('list' as const),
    cycleId: fc.string({ minLength: 1, maxLength: 12 }),
  },
  { requiredKeys: [] },
);

describe('a board filter in a deep link', () => {
  it('round-trips through the subEntityId, whatever the text and ids hold', () => {
    fc.assert(
      fc.property(filters, (filter) => {
        const subEntityId = deepLinkTargetToSubEntityId({ type: 'boardView', filter });
        expect(subEntityId.startsWith('view:')).toBe(true);
        expect(deepLinkTargetFromSubEntityId(subEntityId)).toEqual({ type: 'boardView', filter });
      }),
    );
  });

  it('reads like a query and survives the Teams link’s context', () => {
    const filter: BoardFilter = {
      search: 'NPS & churn',
      ownerIds: ['u-1', 'a,b'],
      statuses: ['atRisk', 'offTrack'],
      needsCheckIn: true,
      sort: 'progress',
    };
    expect(deepLinkTargetToSubEntityId({ type: 'boardView', filter })).toBe(
      'view:q=NPS%20%26%20churn&owner=u-1,a%2Cb&status=atRisk,offTrack&check=1&sort=progress',
    );
    const link = new URL(
      buildTeamsDeepLink({ appId: 'app', entityId: 'tab', target: { type: 'boardView', filter } }),
    );
    const context = JSON.parse(link.searchParams.get('context') ?? '') as { subEntityId: string };
    expect(deepLinkTargetFromSubEntityId(context.subEntityId)).toEqual({
      type: 'boardView',
      filter,
    });
  });

  it('keeps the direction and the list: `dir=desc`, `view=list`, the defaults left out', () => {
    const filter: BoardFilter = { sort: 'progress', direction: 'desc', layout: 'list' };
    expect(boardFilterToQuery(filter)).toBe('sort=progress&dir=desc&view=list');
    expect(boardFilterFromQuery('sort=progress&dir=desc&view=list')).toEqual(filter);
    expect(boardFilterToQuery({ sort: 'title', direction: 'asc', layout: 'board' })).toBe(
      'sort=title',
    );
    expect(boardFilterFromQuery('dir=desc')).toEqual({ direction: 'desc' });
  });

  it('opens what it can of a link from another version, leaving out what it does not know', () => {
    expect(
      boardFilterFromQuery('status=atRisk,lost,atRisk&sort=random&confidence=huge&x=1'),
    ).toEqual({ statuses: ['atRisk'] });
    expect(boardFilterFromQuery('sort=owner&dir=down&view=kanban')).toEqual({ sort: 'owner' });
    expect(boardFilterFromQuery('dir=asc&view=board')).toEqual({});
    expect(boardFilterFromQuery('q=%E0%A4%A&owner=%ZZ')).toEqual({});
    expect(boardFilterToQuery({ sort: 'board', search: '  ' })).toBe('');
  });
});

describe('confidence bands', () => {
  it('split the scale in thirds, and no confidence is in none', () => {
    const scale = defaultOperatingModel.confidenceScale;
    expect([1, 3, 4, 6, 7, 10].map((c) => confidenceBand(c, scale))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
    expect(confidenceBand(undefined, scale)).toBeUndefined();
  });

  it('each stand for the middle of their third, whole where that stays in the band', () => {
    const bands = ['low', 'medium', 'high'] as const;
    const on = (min: number, max: number) => bands.map((b) => confidenceOfBand(b, { min, max }));
    expect(on(1, 10)).toEqual([3, 6, 9]);
    expect(on(0, 100)).toEqual([17, 50, 83]);
    expect(on(1, 5)).toEqual([2, 3, 4]);
    // On 1–4, 1.5 would round to 2, a third of the way up (medium), and 2.5 to 3 (high).
    expect(on(1, 4)).toEqual([1.5, 2.5, 4]);
    expect(on(0, 1)).toEqual([0.17, 0.5, 0.83]);
    for (const [min, max] of [
      [1, 10],
      [0, 100],
      [1, 5],
      [1, 4],
      [0, 1],
    ] as const) {
      expect(on(min, max).map((c) => confidenceBand(c, { min, max }))).toEqual(bands);
    }
  });
});

describe('progress ranges', () => {
  const checkedIn = { lastCheckInAt: '2026-02-09T10:00:00Z' };
  const rangeOf = (overrides: Parameters<typeof keyResult>[0]) => {
    const kr = keyResult({ ...checkedIn, ...overrides });
    return progressRange(kr, keyResultProgress(kr));
  };
  const at = (progress: number) => progressRange(checkedIn, progress);

  it('put a KR where the percent its row shows falls: 30 % and 70 % open their ranges', () => {
    expect([0, 0.29, 0.2949, 0.295, 0.3, 0.69, 0.6949, 0.695, 0.7].map(at)).toEqual([
      'from0',
      'from0',
      'from0', // shows 29 %
      'from30', // shows 30 %
      'from30',
      'from30',
      'from30',
      'from70', // shows 70 %
      'from70',
    ]);
  });

  it('agree with the percent the row shows, whatever the progress', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2, noNaN: true }), (progress) => {
        const percent = Number.parseInt(formatProgress(progress, 'en'), 10);
        const expected =
          percent > 100 ? 'over100' : percent >= 70 ? 'from70' : percent >= 30 ? 'from30' : 'from0';
        expect(at(progress)).toBe(expected);
      }),
    );
  });

  it('keep 100 % with 70–100 %, also 99.6 % (shown as 99 %) and 100.4 % (shown as 100 %); over 100 % beyond', () => {
    expect([0.996, 1, 1.004, 1.006, 1.3, Number.MAX_VALUE].map(at)).toEqual([
      'from70',
      'from70',
      'from70',
      'over100',
      'over100',
      'over100',
    ]);
  });

  it('reads a decreasing KR the way it runs, and over-achieved past its target', () => {
    const bugs = { kind: 'decrease' as const, start: 50, target: 10 };
    expect(rangeOf({ ...bugs, current: 38 })).toBe('from30'); // 12 of 40 fixed: 30 %
    expect(rangeOf({ ...bugs, current: 39 })).toBe('from0'); // 27.5 %, shown 28 %
    expect(rangeOf({ ...bugs, current: 60 })).toBe('from0'); // behind its start: 0 %
    expect(rangeOf({ ...bugs, current: 10 })).toBe('from70');
    expect(rangeOf({ ...bugs, current: 2 })).toBe('over100'); // 120 %
  });

  it('never puts a milestone, binary or stay KR over 100 %', () => {
    const steps = { kind: 'milestone' as const, start: 0, target: 3 };
    expect([0, 1, 2, 3, 5].map((current) => rangeOf({ ...steps, current }))).toEqual([
      'from0',
      'from30', // one of three steps: 33 %
      'from30', // 67 %
      'from70',
      'from70',
    ]);
    const done = { kind: 'binary' as const, start: 0, target: 1 };
    expect([0, 1, 2].map((current) => rangeOf({ ...done, current }))).toEqual([
      'from0',
      'from70',
      'from70',
    ]);
    expect(rangeOf({ kind: 'stayBelow', start: 5, target: 2, current: 0 })).toBe('from70');
  });

  it('put a KR never checked in under no check-in yet, whatever its value, unless it rolls up', () => {
    expect(progressRange(keyResult({ current: 1500 }), 0.5)).toBe('noCheckIn');
    expect(progressRange(keyResult(), 0)).toBe('noCheckIn');
    const rolledUp = keyResult({ rolledUpFrom: [{ kind: 'objective', id: 'o2', weight: 1 }] });
    expect(progressRange(rolledUp, 0.5)).toBe('from30');
  });

  it('count each range chosen on Filters, travel in a link and clear with the other filters', () => {
    const filter: BoardFilter = { progress: ['from0', 'noCheckIn'], statuses: ['atRisk'] };
    expect(activeFilterCount(filter)).toBe(3);
    expect(boardFilterToQuery(filter)).toBe('status=atRisk&progress=from0,noCheckIn');
    expect(boardFilterFromQuery('progress=over100,half,over100')).toEqual({
      progress: ['over100'],
    });
    expect(withoutSearchOrFilters({ progress: ['from70'], sort: 'progress' })).toEqual({
      sort: 'progress',
    });
  });
});

describe('needs a check-in', () => {
  const model = defaultOperatingModel;
  it('is a KR not done, never checked in or not within the cadence', () => {
    const today = '2026-02-15';
    expect(needsCheckIn(keyResult(), 0, today, model, toIsoDate)).toBe(true);
    expect(
      needsCheckIn(
        keyResult({ lastCheckInAt: '2026-02-09T10:00:00Z' }),
        0.2,
        today,
        model,
        toIsoDate,
      ),
    ).toBe(false);
    expect(
      needsCheckIn(
        keyResult({ lastCheckInAt: '2026-02-08T10:00:00Z' }),
        0.2,
        today,
        model,
        toIsoDate,
      ),
    ).toBe(true);
    expect(needsCheckIn(keyResult(), 1, today, model, toIsoDate)).toBe(false);
  });

  it('is a stay KR even while its line holds (progress 1): each check-in says it still holds', () => {
    const today = '2026-02-15';
    const holding = keyResult({
      kind: 'stayBelow',
      start: 5,
      target: 2,
      current: 1,
      lastCheckInAt: '2026-01-06T10:00:00Z',
    });
    expect(needsCheckIn(holding, 1, today, model, toIsoDate)).toBe(true);
    expect(
      needsCheckIn(
        { ...holding, lastCheckInAt: '2026-02-14T10:00:00Z' },
        1,
        today,
        model,
        toIsoDate,
      ),
    ).toBe(false);
  });
});

describe('withoutSearchOrFilters', () => {
  it('keeps the order, either way it runs, and the cycle; clears the rest', () => {
    expect(
      withoutSearchOrFilters({
        search: 'plan',
        ownerIds: ['u1'],
        statuses: ['atRisk'],
        needsCheckIn: true,
        sort: 'progress',
        direction: 'desc',
        cycleId: '7',
      }),
    ).toEqual({ sort: 'progress', direction: 'desc', cycleId: '7' });
    expect(withoutSearchOrFilters({ search: 'plan' })).toEqual({});
  });
});
