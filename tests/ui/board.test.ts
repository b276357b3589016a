import { noOwner, type BoardSort, type SortDirection } from '../../src/core/board-filter';
import type { CheckIn, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Board } from '../../src/store/repository';
import {
  boardOwnedBy,
  buildBoardView,
  filterBoardView,
  keyResultTrends,
} from '../../src/ui/board/boardView';
import { withFinalScores } from '../../src/ui/board/finalScores';
import { sortBoardView } from '../../src/ui/board/sortBoardView';
import { coachHealth } from '../../src/ui/coach/coachHealth';
import { storyBlocks } from '../../src/ui/components/StoryPanel/storyBlocks';
import { boardRows } from '../../src/ui/components/Board/useBoard';

const pat = { id: 'pat', displayName: 'Pat' };
const sam = { id: 'sam', displayName: 'Sam' };
const today = '2026-02-15';

function objective(id: string, teamId: string, owner = pat, parentId?: string): Objective {
  return {
    id,
    cycleId: 'q1',
    teamId,
    title: `Objective ${id}`,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
    ...(parentId ? { parentId } : {}),
  };
}

function keyResult(
  id: string,
  objectiveId: string,
  current: number,
  owner = pat,
  lastCheckInAt?: string,
): KeyResult {
  return {
    id,
    objectiveId,
    title: `Increase signups from 0 to 100 (${id})`,
    kind: 'increase',
    start: 0,
    target: 100,
    current,
    unit: 'signups',
    weight: 1,
    owner,
    confidence: 5,
    ...(lastCheckInAt ? { lastCheckInAt } : {}),
  };
}

function withoutConfidence(item: KeyResult): KeyResult {
  const copy = { ...item };
  delete copy.confidence;
  return copy;
}

function withoutOwner<T extends { owner?: unknown }>(item: T): T {
  const copy = { ...item };
  delete copy.owner;
  return copy;
}

function checkIn(keyResultId: string, at: string, confidence: number): CheckIn {
  return {
    clientId: `${keyResultId}-${at}`,
    keyResultId,
    value: 10,
    confidence,
    note: '',
    author: pat,
    at,
    source: 'teams',
  };
}

const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
  teams: [
    { id: 'company', name: 'Company' },
    { id: 'sales', name: 'Sales', parentTeamId: 'company' },
    { id: 'idle', name: 'Idle', parentTeamId: 'company' },
  ],
  objectives: [
    objective('o1', 'company'),
    objective('o2', 'sales', sam, 'o1'),
    objective('o3', 'sales', sam),
  ],
  keyResults: [
    keyResult('k1', 'o1', 50, pat, '2026-02-14T09:00:00Z'),
    keyResult('k2', 'o2', 5, pat, '2026-02-14T09:00:00Z'),
    keyResult('k3', 'o3', 0, sam),
  ],
  initiatives: [],
};
const history = new Map([
  ['k1', [checkIn('k1', '2026-02-07T09:00:00Z', 5), checkIn('k1', '2026-02-14T09:00:00Z', 7)]],
  ['k2', [checkIn('k2', '2026-02-07T09:00:00Z', 8), checkIn('k2', '2026-02-14T09:00:00Z', 4)]],
]);

describe('buildBoardView', () => {
  const teams = buildBoardView(board, defaultOperatingModel, today);

  it('groups objectives by team in board order and leaves out teams without objectives', () => {
    expect(teams.map((t) => [t.team.id, t.objectives.map((o) => o.objective.id)])).toEqual([
      ['company', ['o1']],
      ['sales', ['o2', 'o3']],
    ]);
  });

  it('says when check-ins open on a board whose cycle starts after today, and only then', () => {
    const krOf = (view: ReturnType<typeof buildBoardView>) =>
      view[0]?.objectives[0]?.keyResults[0]?.checkInsOpenOn;
    expect(krOf(teams)).toBeUndefined();
    const ahead = { ...board, cycle: { ...board.cycle, start: '2026-03-01' } };
    expect(krOf(buildBoardView(ahead, defaultOperatingModel, today))).toBe('2026-03-01');
    const closed = { ...ahead, cycle: { ...ahead.cycle, state: 'closed' as const } };
    expect(krOf(buildBoardView(closed, defaultOperatingModel, today))).toBeUndefined();
  });

  it('computes progress, status from pace and the parent', () => {
    const [company, sales] = teams;
    const k1 = company?.objectives[0]?.keyResults[0];
    expect(k1).toMatchObject({ progress: 0.5, status: 'onTrack' });
    const o2 = sales?.objectives[0];
    expect(o2?.parent?.id).toBe('o1');
    expect(o2?.keyResults[0]).toMatchObject({ progress: 0.05, status: 'offTrack' });
  });

  it("reads each KR's confidence trend from the history, none where its check-ins are stale or missing", () => {
    const withStale = new Map([...history, ['k9', [checkIn('k9', '2025-10-01T09:00:00Z', 5)]]]);
    const trends = keyResultTrends(withStale, defaultOperatingModel, today);
    expect([...trends]).toEqual([
      ['k1', 'rising'],
      ['k2', 'falling'],
    ]);
    // The board's own KRs: the one of o3 has no check-in, so no trend to show.
    const o3KeyResult = teams[1]?.objectives[1]?.keyResults[0]?.keyResult.id;
    expect(o3KeyResult).toBeDefined();
    expect(trends.has(o3KeyResult!)).toBe(false);
  });

  it('flattens into one virtual row per team heading and per objective card', () => {
    expect(boardRows(teams).map((row) => row.key)).toEqual([
      'team-company',
      'objective-o1',
      'team-sales',
      'objective-o2',
      'objective-o3',
    ]);
  });
});

describe('boardOwnedBy', () => {
  it('keeps own objectives whole and, elsewhere, only the KRs the person owns', () => {
    const mine = boardOwnedBy(board, pat);
    expect(mine.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(mine.keyResults.map((kr) => kr.id)).toEqual(['k1', 'k2']);
    const sams = boardOwnedBy(board, sam);
    expect(sams.objectives.map((o) => o.id)).toEqual(['o2', 'o3']);
    expect(sams.keyResults.map((kr) => kr.id)).toEqual(['k2', 'k3']);
  });
});

describe('one roll-up', () => {
  it('gives My OKRs the objective’s real progress, from all of its KRs', () => {
    const sams = boardOwnedBy(board, sam);
    const whole = buildBoardView(board, defaultOperatingModel, today);
    const mine = buildBoardView(sams, defaultOperatingModel, today, board);
    const progressOf = (views: typeof whole, id: string) =>
      views.flatMap((team) => team.objectives).find((view) => view.objective.id === id)?.progress;
    expect(progressOf(mine, 'o2')).toBe(progressOf(whole, 'o2'));
    expect(progressOf(mine, 'o3')).toBe(progressOf(whole, 'o3'));
  });

  it('rolls a KR up from the OKRs aligned to it, naming them, and an objective up from aligned objectives', () => {
    const rolled: Board = {
      ...board,
      objectives: [
        { ...objective('o1', 'company'), rollsUpAligned: true },
        ...board.objectives.slice(1),
      ],
      keyResults: [
        {
          ...keyResult('k1', 'o1', 0),
          rolledUpFrom: [
            { kind: 'objective', id: 'o2', weight: 0.5 },
            { kind: 'keyResult', id: 'k3', weight: 0.25 },
            { kind: 'objective', id: 'elsewhere', weight: 0.25 },
          ],
        },
        keyResult('k2', 'o2', 40, pat, '2026-02-14T09:00:00Z'),
        keyResult('k3', 'o3', 100, sam),
      ],
    };
    const [company] = buildBoardView(rolled, defaultOperatingModel, today);
    const k1 = company!.objectives[0]!.keyResults[0]!;
    // o2 (40%) and k3 (100%) are on the board; the third source is on another board.
    expect(k1.progress).toBeCloseTo((0.5 * 0.4 + 0.25 * 1) / 0.75);
    expect(k1.rolledUpFrom).toEqual({
      sources: [
        { title: 'Objective o2', weight: 0.5, progress: 0.4 },
        { title: 'Increase signups from 0 to 100 (k3)', weight: 0.25, progress: 1 },
      ],
      elsewhere: 1,
    });
    // Its sources are checked in, not the KR itself.
    expect(k1).toMatchObject({ needsCheckIn: false });
    // o1 rolls up o2 too, but o2 already feeds o1's KR: it counts once, through k1.
    expect(company!.objectives[0]!.progress).toBeCloseTo(k1.progress);
    expect(company!.objectives[0]!.status).not.toBe('notStarted');
  });
});

describe('coachHealth', () => {
  it('finds stale KRs, falling confidence, unaligned objectives and teams that did not check in', () => {
    const quiet: Board = {
      ...board,
      keyResults: [...board.keyResults, keyResult('k4', 'o3', 0, sam, '2026-01-10T09:00:00Z')],
    };
    const health = coachHealth(quiet, history, defaultOperatingModel, today);
    expect(health.staleKeyResults.map((s) => s.keyResult.id)).toEqual(['k3', 'k4']);
    expect(health.fallingConfidence).toEqual([
      expect.objectContaining({
        previous: 8,
        latest: 4,
        keyResult: expect.objectContaining({ id: 'k2' }),
      }),
    ]);
    expect(health.unaligned.map((o) => o.id)).toEqual(['o3']);
    expect(health.quietTeams).toEqual([]);

    const silentSales: Board = {
      ...board,
      keyResults: board.keyResults.filter((kr) => kr.id !== 'k2'),
    };
    expect(
      coachHealth(silentSales, history, defaultOperatingModel, today).quietTeams.map((t) => t.id),
    ).toEqual(['sales']);
  });

  it('never calls a KR rolled up from its sources stale: their check-ins move it', () => {
    const rolledUp: Board = {
      ...board,
      keyResults: board.keyResults.map((kr) =>
        kr.id === 'k3' ? { ...kr, rolledUpFrom: [{ kind: 'keyResult', id: 'k2', weight: 1 }] } : kr,
      ),
    };
    const health = coachHealth(rolledUp, history, defaultOperatingModel, today);
    expect(health.staleKeyResults.map((s) => s.keyResult.id)).toEqual([]);
  });

  it('reports only the given teams, reading the whole board for alignment', () => {
    const health = coachHealth(board, history, defaultOperatingModel, today, ['sales']);
    expect(health.staleKeyResults.map((s) => s.keyResult.id)).toEqual(['k3']);
    expect(health.fallingConfidence.map((f) => f.keyResult.id)).toEqual(['k2']);
    // o2 aligns to the company's o1, which is out of scope but still on the board.
    expect(health.unaligned.map((o) => o.id)).toEqual(['o3']);
    expect(
      health.weaklyWritten.every(
        (weak) => weak.item.kind !== 'objective' || weak.item.objective.teamId === 'sales',
      ),
    ).toBe(true);

    const companyOnly = coachHealth(board, history, defaultOperatingModel, today, ['company']);
    expect(companyOnly.staleKeyResults).toEqual([]);
    expect(companyOnly.fallingConfidence).toEqual([]);
    expect(companyOnly.unaligned).toEqual([]);
  });

  it('lists weakly written OKRs with the engine’s findings', () => {
    const weak: Board = {
      ...board,
      objectives: [{ ...objective('o1', 'company'), title: 'Launch the new partner portal' }],
      keyResults: [],
    };
    const health = coachHealth(weak, new Map(), defaultOperatingModel, today);
    expect(health.weaklyWritten).toEqual([
      expect.objectContaining({
        title: 'Launch the new partner portal',
        findings: expect.arrayContaining([expect.objectContaining({ rule: 'objective.task' })]),
      }),
    ]);
  });
});

describe('storyBlocks', () => {
  it('reads headings, bullets and paragraphs, keeping markup as text', () => {
    expect(
      storyBlocks('# Why\nWe focus\non few things.\n\n- Outcomes\n* <b>not</b> tasks\nDone.'),
    ).toEqual([
      { kind: 'heading', text: 'Why' },
      { kind: 'paragraph', text: 'We focus on few things.' },
      { kind: 'list', items: ['Outcomes', '<b>not</b> tasks'] },
      { kind: 'paragraph', text: 'Done.' },
    ]);
  });
});

describe('finding and shaping the board', () => {
  const withInitiative: Board = {
    ...board,
    initiatives: [
      { id: 'i1', keyResultId: 'k3', title: 'Launch the referral programme', status: 'inProgress' },
    ],
  };
  const teams = buildBoardView(withInitiative, defaultOperatingModel, today);
  const scale = defaultOperatingModel.confidenceScale;
  const shown = (views: typeof teams) =>
    views.flatMap((team) =>
      team.objectives.map((o) => [o.objective.id, o.keyResults.map((kr) => kr.keyResult.id)]),
    );

  const k3Of = (views: typeof teams) => views[1]?.objectives[1]?.keyResults[0];

  it('puts each KR’s initiatives under it, and they do not move its progress', () => {
    const k3 = k3Of(teams);
    expect(k3?.initiatives.map((i) => i.title)).toEqual(['Launch the referral programme']);
    expect(k3?.progress).toBe(0);
  });

  it('shows a closed cycle’s final scores in place of statuses, and nothing of it as overdue', () => {
    const closed: Board = {
      ...board,
      cycle: { ...board.cycle, state: 'closed' },
      objectives: board.objectives.map((o) => (o.id === 'o3' ? { ...o, score: 0.72 } : o)),
      keyResults: board.keyResults.map((kr) =>
        kr.id === 'k3' ? { ...kr, score: 0.5, scoreReason: 'Scored 0.5 in Viva Goals.' } : kr,
      ),
      initiatives: [
        {
          id: 'late',
          keyResultId: 'k3',
          title: 'Brief',
          status: 'inProgress',
          dueDate: '2026-02-14',
        },
      ],
    };
    const views = buildBoardView(closed, defaultOperatingModel, today);
    // Nothing late on the board's first build; the final scores come with the closed cycle's chunk.
    expect(views[1]?.objectives[1]?.keyResults[0]?.overdueInitiatives).toBeUndefined();
    const [, sales] = withFinalScores(views, defaultOperatingModel);
    const objective = sales?.objectives[1];
    expect(objective?.final).toMatchObject({ score: 0.72, grade: 'delivered' });
    expect(objective?.keyResults[0]?.final).toMatchObject({
      score: 0.5,
      grade: 'partial',
      reason: 'Scored 0.5 in Viva Goals.',
    });
    expect(objective?.keyResults[0]?.overdueInitiatives).toBeUndefined();
    expect(sales?.objectives[0]?.final).toEqual({});
    // The coach view of a closed cycle waits for no check-in and finds nothing late.
    const health = coachHealth(closed, history, defaultOperatingModel, today);
    expect(health.overdueInitiatives).toEqual([]);
    expect(health.staleKeyResults).toEqual([]);
    expect(health.quietTeams).toEqual([]);
    // While it runs, none of that shows.
    expect(
      buildBoardView(board, defaultOperatingModel, today)[1]?.objectives[1]?.final,
    ).toBeUndefined();
  });

  it('marks the initiatives past their due day and still open, as of the day it is given', () => {
    // today is 2026-02-15.
    const due: Board = {
      ...board,
      initiatives: [
        {
          id: 'late',
          keyResultId: 'k3',
          title: 'Brief',
          status: 'inProgress',
          dueDate: '2026-02-14',
        },
        { id: 'today', keyResultId: 'k3', title: 'Pilot', status: 'notStarted', dueDate: today },
        { id: 'done', keyResultId: 'k3', title: 'Ask', status: 'done', dueDate: '2026-01-01' },
      ],
    };
    const [, sales] = buildBoardView(due, defaultOperatingModel, today);
    expect([...(sales?.objectives[1]?.keyResults[0]?.overdueInitiatives ?? [])]).toEqual(['late']);
    expect(k3Of(teams)?.overdueInitiatives).toBeUndefined();

    // The coach counts them with the other things that need a conversation, in scope only.
    const health = coachHealth(due, history, defaultOperatingModel, today, ['sales']);
    expect(health.overdueInitiatives.map(({ initiative }) => initiative.id)).toEqual(['late']);
    expect(health.overdueInitiatives[0]?.keyResult.id).toBe('k3');
    expect(
      coachHealth(due, history, defaultOperatingModel, today, ['company']).overdueInitiatives,
    ).toEqual([]);
  });

  it('finds an objective with all its KRs, or only the KRs the search finds', () => {
    expect(shown(filterBoardView(teams, { search: 'OBJECTIVE O2' }, scale))).toEqual([
      ['o2', ['k2']],
    ]);
    expect(shown(filterBoardView(teams, { search: '(k1)' }, scale))).toEqual([['o1', ['k1']]]);
    expect(shown(filterBoardView(teams, { search: 'referral' }, scale))).toEqual([['o3', ['k3']]]);
    expect(filterBoardView(teams, { search: 'nothing like it' }, scale)).toEqual([]);
  });

  it('finds KRs by their unit, whatever its case or symbol', () => {
    const measured: Board = {
      ...board,
      keyResults: board.keyResults.map((kr) =>
        kr.id === 'k2' ? { ...kr, unit: '€M' } : kr.id === 'k3' ? { ...kr, unit: 'NPS' } : kr,
      ),
    };
    const views = buildBoardView(measured, defaultOperatingModel, today);
    expect(shown(filterBoardView(views, { search: 'nps' }, scale))).toEqual([['o3', ['k3']]]);
    expect(shown(filterBoardView(views, { search: '€' }, scale))).toEqual([['o2', ['k2']]]);
  });

  it('asks for check-ins only while the cycle runs: not in planning, before its start, or closed', () => {
    const needing = (cycle: Board['cycle'], on = today) =>
      shown(
        filterBoardView(
          buildBoardView({ ...board, cycle }, defaultOperatingModel, on),
          { needsCheckIn: true },
          scale,
        ),
      );
    expect(needing(board.cycle)).toEqual([['o3', ['k3']]]);
    expect(needing({ ...board.cycle, state: 'closed' })).toEqual([]);
    expect(needing({ ...board.cycle, state: 'planning' })).toEqual([]);
    expect(needing(board.cycle, '2025-12-31')).toEqual([]);
    expect(needing(board.cycle, board.cycle.start)).toEqual([['o3', ['k3']]]);
  });

  it('filters KRs by owner, status, confidence band and check-in, and objectives by team', () => {
    // Sam owns o2 (whose KR is Pat's) and o3 with its KR.
    expect(shown(filterBoardView(teams, { ownerIds: ['sam'] }, scale))).toEqual([
      ['o2', ['k2']],
      ['o3', ['k3']],
    ]);
    expect(shown(filterBoardView(teams, { statuses: ['offTrack'] }, scale))).toEqual([
      ['o2', ['k2']],
    ]);
    expect(shown(filterBoardView(teams, { needsCheckIn: true }, scale))).toEqual([['o3', ['k3']]]);
    expect(shown(filterBoardView(teams, { confidence: ['high'] }, scale))).toEqual([]);
    expect(shown(filterBoardView(teams, { confidence: ['medium'] }, scale))).toHaveLength(3);
    expect(shown(filterBoardView(teams, { teamIds: ['company'] }, scale))).toEqual([
      ['o1', ['k1']],
    ]);
  });

  it('filters KRs by the range of their progress, also with an owner, an objective staying for its KRs', () => {
    // k1 is at 50 %, k2 at 5 %, both checked in; k3 was never checked in.
    expect(shown(filterBoardView(teams, { progress: ['from30'] }, scale))).toEqual([
      ['o1', ['k1']],
    ]);
    expect(shown(filterBoardView(teams, { progress: ['from0', 'noCheckIn'] }, scale))).toEqual([
      ['o2', ['k2']],
      ['o3', ['k3']],
    ]);
    expect(filterBoardView(teams, { progress: ['over100'] }, scale)).toEqual([]);
    expect(
      shown(filterBoardView(teams, { progress: ['from0', 'from30'], ownerIds: ['sam'] }, scale)),
    ).toEqual([['o2', ['k2']]]);
  });

  it('keeps the KRs someone owns in others’ objectives, and all of the objectives they own', () => {
    const shared: Board = {
      ...board,
      keyResults: [
        ...board.keyResults,
        { ...keyResult('k4', 'o1', 20, sam), title: 'Referrals from 5 to 40' },
      ],
    };
    const views = buildBoardView(shared, defaultOperatingModel, today);
    expect(shown(filterBoardView(views, { ownerIds: ['sam'] }, scale))).toEqual([
      ['o1', ['k4']],
      ['o2', ['k2']],
      ['o3', ['k3']],
    ]);
    expect(shown(filterBoardView(views, { ownerIds: ['pat'] }, scale))).toEqual([
      ['o1', ['k1', 'k4']],
      ['o2', ['k2']],
    ]);
    // Someone who owns objectives and no KR (a programme's leader) finds their objectives.
    const leader = { id: 'lea', displayName: 'Lea' };
    const led = buildBoardView(
      {
        ...board,
        objectives: board.objectives.map((o) => (o.id === 'o3' ? { ...o, owner: leader } : o)),
      },
      defaultOperatingModel,
      today,
    );
    expect(shown(filterBoardView(led, { ownerIds: ['lea'] }, scale))).toEqual([['o3', ['k3']]]);
    expect(
      shown(filterBoardView(led, { ownerIds: ['lea'], statuses: ['onTrack'] }, scale)),
    ).toEqual([]);
    expect(shown(filterBoardView(views, { search: 'referrals from' }, scale))).toEqual([
      ['o1', ['k4']],
    ]);
  });

  it('finds the KRs without an owner of their own with "No owner", as their row says', () => {
    const unownedObjective = withoutOwner(objective('o4', 'sales'));
    const unownedKr = withoutOwner(keyResult('k5', 'o4', 10));
    const inheritsOwner = withoutOwner(keyResult('k6', 'o1', 10));
    const views = buildBoardView(
      {
        ...board,
        objectives: [...board.objectives, unownedObjective],
        keyResults: [...board.keyResults, unownedKr, inheritsOwner],
      },
      defaultOperatingModel,
      today,
    );
    // k6 in Pat's objective too: nobody checks in on it, and no reminder reaches anyone.
    expect(shown(filterBoardView(views, { ownerIds: [noOwner] }, scale))).toEqual([
      ['o1', ['k6']],
      ['o4', ['k5']],
    ]);
    expect(shown(filterBoardView(views, { ownerIds: [noOwner, 'sam'] }, scale))).toEqual([
      ['o1', ['k6']],
      ['o2', ['k2']],
      ['o3', ['k3']],
      ['o4', ['k5']],
    ]);
    expect(shown(filterBoardView(views, { ownerIds: ['pat'] }, scale))).toEqual([
      ['o1', ['k1', 'k6']],
      ['o2', ['k2']],
    ]);
  });

  it('keeps the objective’s own progress however many of its KRs are hidden', () => {
    const [company] = filterBoardView(teams, { search: 'k1' }, scale);
    expect(company?.objectives[0]?.progress).toBe(teams[0]?.objectives[0]?.progress);
  });

  it('sorts objectives within their team either way; one never checked in comes last both ways', () => {
    const order = (sort: BoardSort, direction: SortDirection = 'asc') =>
      shown(sortBoardView(teams, { sort, direction }, 'en')).map(([id]) => id);
    // Company: o1; Sales: o2 at 5 % checked in yesterday, o3 at 0 % never checked in.
    expect(order('progress')).toEqual(['o1', 'o3', 'o2']);
    expect(order('progress', 'desc')).toEqual(['o1', 'o2', 'o3']);
    expect(order('lastCheckIn')).toEqual(['o1', 'o2', 'o3']);
    expect(order('lastCheckIn', 'desc')).toEqual(['o1', 'o2', 'o3']);
    expect(order('title', 'desc')).toEqual(['o1', 'o3', 'o2']);
    expect(order('board')).toEqual(['o1', 'o2', 'o3']);
    expect(order('board', 'desc')).toEqual(['o1', 'o3', 'o2']);
  });

  it('orders an objective by the first of its KRs in that order, by confidence or check-in', () => {
    const twoKeyResults: Board = {
      ...board,
      objectives: [objective('o1', 'company'), objective('o2', 'company')],
      keyResults: [
        { ...keyResult('k1', 'o1', 10), confidence: 3 },
        { ...keyResult('k2', 'o1', 10), confidence: 9 },
        { ...keyResult('k3', 'o2', 10), confidence: 1 },
        withoutConfidence(keyResult('k4', 'o2', 10)),
      ],
    };
    const views = buildBoardView(twoKeyResults, defaultOperatingModel, today);
    const sorted = (direction: SortDirection) =>
      shown(sortBoardView(views, { sort: 'confidence', direction }, 'en'));
    // o2 holds the lowest confidence (1), o1 the highest (9); k4, with none, is last both ways.
    expect(sorted('asc')).toEqual([
      ['o2', ['k3', 'k4']],
      ['o1', ['k1', 'k2']],
    ]);
    expect(sorted('desc')).toEqual([
      ['o1', ['k2', 'k1']],
      ['o2', ['k3', 'k4']],
    ]);
  });
});
