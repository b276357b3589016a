import { reviewCycle, scoreBandEdges } from '../../src/core/cycle-review';
import {
  annualCycle,
  fiscalYearOf,
  followingCycle,
  partlyOverlapping,
  quarterCycles,
  nextQuarterOn,
  validateCycleName,
  validateCyclePlacement,
} from '../../src/core/cycle-templates';
import { toIsoDate } from '../../src/core/dates';
import { proposeOperatingModel } from '../../src/core/first-run';
import { sayIssue } from '../../src/core/issue-words';
import type { CheckIn, Cycle, Team } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { validateOperatingModel } from '../../src/core/operating-model-validation';
import {
  groupByTeam,
  groupIdIn,
  subTeams,
  teamTree,
  validateTeamParent,
} from '../../src/core/teams';
import { ana, keyResult, objective } from './fixtures';

describe('cycle templates', () => {
  it('makes the quarters of a year and an annual cycle', () => {
    expect(quarterCycles(2027)).toEqual([
      { name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' },
      { name: 'Q2 2027', start: '2027-04-01', end: '2027-06-30' },
      { name: 'Q3 2027', start: '2027-07-01', end: '2027-09-30' },
      { name: 'Q4 2027', start: '2027-10-01', end: '2027-12-31' },
    ]);
    expect(annualCycle(2028)).toEqual({ name: 'FY 2028', start: '2028-01-01', end: '2028-12-31' });
  });

  it('follows a quarter with the next, across the year, and a year with the next', () => {
    expect(followingCycle(quarterCycles(2026)[3]!)).toEqual(quarterCycles(2027)[0]);
    expect(followingCycle(quarterCycles(2027)[1]!)).toEqual(quarterCycles(2027)[2]);
    expect(followingCycle(annualCycle(2027))).toEqual(annualCycle(2028));
  });

  // Microsoft's FY2027 runs from July 2026 to June 2027 (named by its end); Japan's FY2026 from
  // April 2026 to March 2027 (named by its start).
  const julyEnd = { firstMonth: 7, namedBy: 'end' } as const;
  const aprilStart = { firstMonth: 4, namedBy: 'start' } as const;

  it('lays the quarters and the year on a fiscal year, named by its start or its end', () => {
    expect(quarterCycles(2027, julyEnd)).toEqual([
      { name: 'Q1 FY2027', start: '2026-07-01', end: '2026-09-30' },
      { name: 'Q2 FY2027', start: '2026-10-01', end: '2026-12-31' },
      { name: 'Q3 FY2027', start: '2027-01-01', end: '2027-03-31' },
      { name: 'Q4 FY2027', start: '2027-04-01', end: '2027-06-30' },
    ]);
    expect(annualCycle(2027, julyEnd)).toEqual({
      name: 'FY 2027',
      start: '2026-07-01',
      end: '2027-06-30',
    });
    expect(annualCycle(2026, aprilStart)).toEqual({
      name: 'FY 2026',
      start: '2026-04-01',
      end: '2027-03-31',
    });
    // A year starting in December: its last quarter ends in November, February 29 inside.
    expect(quarterCycles(2028, { firstMonth: 12, namedBy: 'end' })[1]).toEqual({
      name: 'Q2 FY2028',
      start: '2028-03-01',
      end: '2028-05-31',
    });
  });

  it('names the fiscal year a day falls in, and the year a new cycle is planned in', () => {
    expect(fiscalYearOf('2026-06-30', julyEnd)).toBe(2026);
    expect(fiscalYearOf('2026-07-01', julyEnd)).toBe(2027);
    expect(fiscalYearOf('2027-03-31', aprilStart)).toBe(2026);
    expect(fiscalYearOf('2027-04-01', aprilStart)).toBe(2027);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    // The quarter after today's; the next year's first once the last quarter has begun.
    expect(nextQuarterOn('2026-12-06', julyEnd)).toEqual({ year: 2027, quarter: 3 });
    expect(nextQuarterOn('2027-03-31', julyEnd)).toEqual({ year: 2027, quarter: 4 });
    expect(nextQuarterOn('2027-04-01', julyEnd)).toEqual({ year: 2028, quarter: 1 });
    expect(nextQuarterOn('2026-07-01', julyEnd)).toEqual({ year: 2027, quarter: 2 });
    expect(nextQuarterOn('2026-09-30')).toEqual({ year: 2026, quarter: 4 });
    expect(nextQuarterOn('2026-10-01')).toEqual({ year: 2027, quarter: 1 });
    expect(nextQuarterOn('2026-01-01')).toEqual({ year: 2026, quarter: 2 });
  });

  it('follows a fiscal quarter with the next, and a calendar quarter laid before the fiscal year', () => {
    expect(followingCycle(quarterCycles(2027, julyEnd)[3]!, julyEnd)).toEqual(
      quarterCycles(2028, julyEnd)[0],
    );
    expect(followingCycle(quarterCycles(2027, julyEnd)[1]!, julyEnd)).toEqual(
      quarterCycles(2027, julyEnd)[2],
    );
    expect(followingCycle(annualCycle(2026, aprilStart), aprilStart)).toEqual(
      annualCycle(2027, aprilStart),
    );
    // A calendar quarter is a fiscal one for a year starting in April (Q3 FY2026 is October to
    // December 2026); for a year starting in February it is not, and Q1 2027 follows Q4 2026.
    expect(followingCycle(quarterCycles(2026)[3]!, aprilStart).name).toBe('Q4 FY2026');
    const february = { firstMonth: 2, namedBy: 'end' } as const;
    expect(followingCycle(quarterCycles(2026)[3]!, february)).toEqual(quarterCycles(2027)[0]);
  });

  it('follows other dates with as many days from the day after, named by its dates', () => {
    // A trimester, then a six-week cycle across a leap day.
    expect(followingCycle({ start: '2026-09-01', end: '2026-12-15' })).toEqual({
      name: '2026-12-16 to 2027-03-31',
      start: '2026-12-16',
      end: '2027-03-31',
    });
    expect(followingCycle({ start: '2028-01-20', end: '2028-02-29' })).toEqual({
      name: '2028-03-01 to 2028-04-10',
      start: '2028-03-01',
      end: '2028-04-10',
    });
  });

  it('allows a quarter inside its year but not a cycle half in another', () => {
    const year: Cycle = { id: '1', ...annualCycle(2027), state: 'planning' };
    const q1: Cycle = { id: '2', ...quarterCycles(2027)[0]!, state: 'planning' };
    expect(partlyOverlapping({ ...quarterCycles(2027)[1]! }, [year, q1])).toBeUndefined();
    expect(partlyOverlapping({ start: '2027-03-01', end: '2027-05-31' }, [year, q1])).toBe(q1);
    expect(
      partlyOverlapping({ id: '2', start: '2027-01-01', end: '2027-02-28' }, [year, q1]),
    ).toBeUndefined();
  });

  it('refuses a second cycle on another cycle’s very dates, but not a cycle kept on its own', () => {
    const q1: Cycle = { id: '2', ...quarterCycles(2027)[0]!, state: 'active' };
    const copy = { name: 'Q1 2027 again', start: q1.start, end: q1.end };
    expect(validateCyclePlacement(copy, [q1])).toMatchObject({
      code: 'cycleSameDates',
      field: 'start',
      message:
        '“Q1 2027” already runs on these dates (Jan 1, 2027 to Mar 31, 2027): a cycle of the same dates would be a second copy of it. Choose other dates, or edit “Q1 2027” instead.',
    });
    expect(sayIssue(validateCyclePlacement(copy, [q1])!, 'de')).toMatch(
      /^„Q1 2027“ läuft schon zu diesen Daten \(1\. Jan\. 2027 bis 31\. März 2027\)/,
    );
    // Renamed on its own dates; and two cycles an import brought on one set of dates, one of
    // them started or renamed, are not refused for the other.
    const renamed: Cycle = { ...q1, name: 'First quarter' };
    expect(validateCyclePlacement(renamed, [q1])).toBeUndefined();
    const imported: Cycle = { ...q1, id: '3', name: 'FY27 Q1', state: 'closed' };
    const started: Cycle = { ...imported, state: 'active' };
    expect(validateCyclePlacement(started, [q1, imported])).toBeUndefined();
    expect(
      validateCyclePlacement({ ...imported, end: '2027-03-30' }, [q1, imported]),
    ).toBeUndefined();
    expect(
      validateCyclePlacement({ ...imported, start: '2027-02-01', end: '2027-04-30' }, [
        q1,
        imported,
      ])?.code,
    ).toBe('cyclesOverlap');
  });
});

describe('cycle names', () => {
  const q4: Cycle = { id: '7', ...quarterCycles(2026)[3]!, state: 'active' };

  it('refuses a second cycle of a name, case and spaces aside, naming the one that has it', () => {
    // A quarter created twice: same name, same dates, so no overlap to refuse it.
    const again = { ...quarterCycles(2026)[3]! };
    expect(partlyOverlapping(again, [q4])).toBeUndefined();
    expect(validateCycleName(again, [q4])).toMatchObject({
      code: 'cycleNameTaken',
      field: 'name',
      message:
        'A cycle named “Q4 2026” already exists (Oct 1, 2026 to Dec 31, 2026). Choose another quarter or dates, or give this cycle a name of its own.',
    });
    expect(validateCycleName({ name: ' q4 2026 ' }, [q4])?.code).toBe('cycleNameTaken');
  });

  it('lets a cycle keep its own name, and take a name no other cycle has', () => {
    expect(validateCycleName({ id: '7', name: 'Q4 2026' }, [q4])).toBeUndefined();
    expect(validateCycleName({ name: 'Q4 2026 (Sales)' }, [q4])).toBeUndefined();
  });
});

describe('the team tree', () => {
  const teams: Team[] = [
    { id: '1', name: 'Contoso' },
    { id: '2', name: 'Sales', parentTeamId: '1' },
    { id: '3', name: 'EMEA', parentTeamId: '2' },
    { id: '4', name: 'Engineering', parentTeamId: '1' },
  ];

  it('refuses a team under itself or one of its sub-teams, naming the loop', () => {
    expect(validateTeamParent(teams[1]!, '3', teams)?.message).toBe(
      'A team cannot sit under itself or one of its own sub-teams (Sales → EMEA → Sales). Choose another parent.',
    );
    expect(validateTeamParent(teams[1]!, '2', teams)?.code).toBe('teamOwnAncestor');
    expect(validateTeamParent(teams[2]!, '4', teams)).toBeUndefined();
    expect(validateTeamParent(teams[0]!, undefined, teams)).toBeUndefined();
  });

  it('orders teams parents first with their depth', () => {
    expect(teamTree(teams, 'en').map(({ team, depth }) => `${depth}:${team.name}`)).toEqual([
      '0:Contoso',
      '1:Engineering',
      '1:Sales',
      '2:EMEA',
    ]);
  });

  it('orders sibling teams as the reader’s language files their names, whatever the machine’s', () => {
    // Swedish files "Ä" after "Z"; German (and English) beside "A".
    const siblings: Team[] = [
      { id: 'z', name: 'Zebra' },
      { id: 'a', name: 'Ärende' },
      { id: 'b', name: 'Bravo' },
    ];
    const names = (locale: string) => teamTree(siblings, locale).map(({ team }) => team.name);
    expect(names('sv-SE')).toEqual(['Bravo', 'Zebra', 'Ärende']);
    expect(names('de-DE')).toEqual(['Ärende', 'Bravo', 'Zebra']);
    // Not a language tag: English, not a RangeError.
    expect(names('not a language')).toEqual(['Ärende', 'Bravo', 'Zebra']);
    const items = siblings.map((team) => ({ teamId: team.id }));
    expect(
      groupByTeam(items, siblings, (item) => item.teamId, 'sv-SE').map((group) => group.teamId),
    ).toEqual(['b', 'z', 'a']);
  });

  it('finds the teams under a team, at any depth', () => {
    expect(subTeams('1', teams, 'en').map((team) => team.name)).toEqual([
      'Engineering',
      'Sales',
      'EMEA',
    ]);
    expect(subTeams('2', teams, 'en').map((team) => team.name)).toEqual(['EMEA']);
    expect(subTeams('4', teams, 'en')).toEqual([]);
    expect(subTeams('unknown', teams, 'en')).toEqual([]);
  });

  it('reads a group id as typed or out of a Teams link to the team or a channel, and nothing else', () => {
    const id = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
    expect(groupIdIn(` ${id.toUpperCase()} `)).toBe(id);
    expect(
      groupIdIn(
        `https://teams.microsoft.com/l/team/19%3aAbC%40thread.tacv2/conversations?groupId=${id}&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47`,
      ),
    ).toBe(id);
    expect(
      groupIdIn(
        `https://teams.microsoft.com/l/channel/19%3aXyZ%40thread.tacv2/General?groupId=${id}`,
      ),
    ).toBe(id);
    for (const text of [
      '',
      'Sales team',
      'https://teams.microsoft.com/l/team/19%3aAbC%40thread.tacv2/conversations',
      'https://teams.microsoft.com/l/team/x?groupId=not-a-guid',
      `${id}x`,
    ])
      expect(groupIdIn(text)).toBeUndefined();
  });

  it('groups items by team in tree order, teams without items left out, unknown teams last', () => {
    const items = [
      { id: 'a', teamId: '3' },
      { id: 'b', teamId: 'gone' },
      { id: 'c', teamId: '1' },
      { id: 'd', teamId: '3' },
    ];
    const groups = groupByTeam(items, teams, (item) => item.teamId, 'en');
    expect(groups.map((g) => [g.team?.name, g.items.map((item) => item.id)])).toEqual([
      ['Contoso', ['c']],
      ['EMEA', ['a', 'd']],
      [undefined, ['b']],
    ]);
  });
});

describe('the guided first run', () => {
  it('proposes a valid operating model from the answers, with reasons', () => {
    const proposal = proposeOperatingModel({
      size: 'medium',
      teamCount: 4,
      cadence: 'fortnightly',
      newToOkrs: true,
      commitment: 'committedOnly',
      checkInDay: 2,
    });
    expect(proposal.model.checkIn).toEqual({ cadenceDays: 14, day: 2, staleAfterDays: 28 });
    expect(proposal.model.limits.objectivesPerTeam.max).toBe(3);
    expect(proposal.model.allowAspirational).toBe(false);
    expect(proposal.reasons.length).toBeGreaterThanOrEqual(3);
    expect(validateOperatingModel(proposal.model).ok).toBe(true);
    const seasoned = proposeOperatingModel({
      size: 'large',
      teamCount: 20,
      cadence: 'weekly',
      newToOkrs: false,
      commitment: 'both',
      checkInDay: 1,
    });
    expect(seasoned.model.limits).toEqual(defaultOperatingModel.limits);
    expect(seasoned.reasons.at(-1)).toContain('Many teams');
  });
});

describe('the cycle review', () => {
  const cycle = { start: '2026-10-01', end: '2026-10-31' }; // Mondays: 5, 12, 19, 26
  const checkIn = (keyResultId: string, at: string, confidence: number): CheckIn => ({
    clientId: `${keyResultId}-${at}`,
    keyResultId,
    value: 1,
    confidence,
    note: '',
    author: ana,
    at,
    source: 'teams',
  });

  it('counts on-time check-ins, averages confidence per check-in day, buckets scores and the committed hit rate', () => {
    const history = new Map([
      ['a', [checkIn('a', '2026-10-05T09:00:00Z', 6), checkIn('a', '2026-10-12T09:00:00Z', 8)]],
      ['b', [checkIn('b', '2026-10-04T09:00:00Z', 4)]],
    ]);
    const review = reviewCycle(
      cycle,
      [
        objective({ commitment: 'committed', score: 1 }),
        objective({ id: 'o2', commitment: 'committed', score: 0.4 }),
      ],
      [keyResult({ id: 'a', score: 0.95 }), keyResult({ id: 'b', score: 0.1 })],
      history,
      defaultOperatingModel,
      '2026-10-14',
      toIsoDate,
    );
    expect(review).toMatchObject({ due: 4, onTime: 3, onTimeShare: 0.75 });
    expect(review.confidence).toEqual([
      { date: '2026-10-05', average: 5 },
      { date: '2026-10-12', average: 6 },
    ]);
    expect(review.scores.map((bucket) => bucket.count)).toEqual([1, 0, 0, 0, 1]);
    expect(review.committed).toEqual({ scored: 2, hit: 1, rate: 0.5 });
  });

  it('judges an imported cycle by the rhythm its own check-ins show, not today’s weekly one', () => {
    // Q4 2025 imported from Viva Goals, checked in monthly.
    const imported = { start: '2025-10-01', end: '2025-12-31', sourceId: 'viva:q4' };
    const monthly = (id: string, days: readonly string[]) =>
      days.map((day) => checkIn(id, `${day}T09:00:00Z`, 7));
    const history = new Map([
      ['a', monthly('a', ['2025-10-28', '2025-11-27', '2025-12-22'])],
      ['b', monthly('b', ['2025-10-30', '2025-11-28', '2025-12-31'])],
    ]);
    const krs = [keyResult({ id: 'a' }), keyResult({ id: 'b' })];
    const review = reviewCycle(
      imported,
      [],
      krs,
      history,
      defaultOperatingModel,
      '2026-12-05',
      toIsoDate,
    );
    // Windows of 30 days from its first day: Oct 1–30, Oct 31–Nov 29, Nov 30–Dec 29.
    expect(review.rhythm).toEqual({ from: 'checkIns', cadenceDays: 30 });
    expect(review).toMatchObject({ due: 6, onTime: 5 });
    // The same cycle run here, with no plan: the operating model's weekly Mondays (13 days).
    const here = reviewCycle(
      { start: imported.start, end: imported.end },
      [],
      krs,
      history,
      defaultOperatingModel,
      '2026-12-05',
      toIsoDate,
    );
    expect(here.rhythm).toEqual({ from: 'model', cadenceDays: 7 });
    expect(here).toMatchObject({ due: 26, onTime: 5 });
  });

  it('does not judge an imported cycle whose check-ins show no rhythm', () => {
    const imported = { start: '2025-10-01', end: '2025-12-31', sourceId: 'viva:q4' };
    const once = new Map([['a', [checkIn('a', '2025-11-15T09:00:00Z', 6)]]]);
    const review = reviewCycle(
      imported,
      [],
      [keyResult({ id: 'a' })],
      once,
      defaultOperatingModel,
      '2026-12-05',
      toIsoDate,
    );
    expect(review.rhythm).toEqual({ from: 'none' });
    expect(review.due).toBe(0);
    expect(review.onTimeShare).toBeUndefined();
    // Confidence is still shown over the cycle.
    expect(review.confidence.at(-1)?.average).toBe(6);
  });

  it('judges a cycle with a coaching plan by its plan’s check-in days', () => {
    const planned = {
      ...cycle,
      coachingPlan: {
        rituals: [
          { kind: 'checkIn' as const, date: '2026-10-09' },
          { kind: 'checkIn' as const, date: '2026-10-23' },
        ],
      },
    };
    const history = new Map([['a', [checkIn('a', '2026-10-20T09:00:00Z', 6)]]]);
    const review = reviewCycle(
      planned,
      [],
      [keyResult({ id: 'a' })],
      history,
      defaultOperatingModel,
      '2026-10-31',
      toIsoDate,
    );
    expect(review.rhythm).toEqual({ from: 'plan', cadenceDays: 14 });
    expect(review).toMatchObject({ due: 2, onTime: 1 });
  });

  it('counts a score on the edge between two bands in the upper one only, and names the bands so', () => {
    const scores = [0, 0.2, 0.4, 0.6, 0.8, 1];
    const review = reviewCycle(
      cycle,
      [],
      scores.map((score, index) => keyResult({ id: `k${index}`, score })),
      new Map(),
      defaultOperatingModel,
      '2026-10-14',
      toIsoDate,
    );
    expect(review.scores.map((bucket) => bucket.count)).toEqual([1, 1, 1, 1, 2]);
    expect(review.scores.map((bucket) => scoreBandEdges(bucket, 'en'))).toEqual([
      { from: '0.0', to: '0.2' },
      { from: '0.2', to: '0.4' },
      { from: '0.4', to: '0.6' },
      { from: '0.6', to: '0.8' },
      { from: '0.8', to: '1.0' },
    ]);
    expect(review.scores.map((bucket) => bucket.includesTo)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(scoreBandEdges(review.scores[1]!, 'de')).toEqual({ from: '0,2', to: '0,4' });
    const outOfHundred = reviewCycle(
      cycle,
      [],
      [],
      new Map(),
      {
        ...defaultOperatingModel,
        scoring: { ...defaultOperatingModel.scoring, max: 100 },
      },
      '2026-10-14',
      toIsoDate,
    );
    expect(scoreBandEdges(outOfHundred.scores[1]!, 'en')).toEqual({ from: '20', to: '40' });
  });
});
