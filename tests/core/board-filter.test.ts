import fc from 'fast-check';
import {
  boardFilterFromQuery,
  boardFilterToQuery,
  boardSorts,
  confidenceBand,
  confidenceOfBand,
  confidenceBands,
  needsCheckIn,
  withoutSearchOrFilters,
  type BoardFilter,
} from '../../src/core/board-filter';
import {
  buildTeamsDeepLink,
  deepLinkTargetFromSubEntityId,
  deepLinkTargetToSubEntityId,
} from '../../src/core/deep-links';
import { statuses } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
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

describe('needs a check-in', () => {
  const model = defaultOperatingModel;
  it('is a KR not done, never checked in or not within the cadence', () => {
    const today = '2026-02-15';
    expect(needsCheckIn(keyResult(), 0, today, model)).toBe(true);
    expect(
      needsCheckIn(keyResult({ lastCheckInAt: '2026-02-09T10:00:00Z' }), 0.2, today, model),
    ).toBe(false);
    expect(
      needsCheckIn(keyResult({ lastCheckInAt: '2026-02-08T10:00:00Z' }), 0.2, today, model),
    ).toBe(true);
    expect(needsCheckIn(keyResult(), 1, today, model)).toBe(false);
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
    expect(needsCheckIn(holding, 1, today, model)).toBe(true);
    expect(
      needsCheckIn({ ...holding, lastCheckInAt: '2026-02-14T10:00:00Z' }, 1, today, model),
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
