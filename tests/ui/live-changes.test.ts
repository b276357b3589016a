import type { CheckIn, KeyResult, Objective } from '../../src/core/model';
import type { Board, BoardChanges } from '../../src/store/repository';
import { applyBoardChanges } from '../../src/ui/board/liveChanges';
import { mergeDisjoint } from '../../src/ui/hooks/useSaveWithConflict';

const objective = (id: string): Objective => ({
  id,
  cycleId: 'q1',
  teamId: 't1',
  title: id,
  description: '',
  commitment: 'committed',
  state: 'active',
});
const keyResult = (id: string, objectiveId: string, current = 1): KeyResult => ({
  id,
  objectiveId,
  title: id,
  kind: 'increase',
  start: 0,
  target: 10,
  current,
  unit: '',
  weight: 1,
  version: `v${current}`,
});
const checkIn = (clientId: string, keyResultId: string, at: string): CheckIn => ({
  id: clientId,
  clientId,
  keyResultId,
  value: 2,
  note: '',
  author: { id: 'p', displayName: 'P' },
  at,
  source: 'excel',
});
const none = { objectives: [], keyResults: [], initiatives: [], checkIns: [] };

describe('a board with changes made elsewhere', () => {
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [],
    objectives: [objective('o1'), objective('o2')],
    keyResults: [keyResult('k1', 'o1'), keyResult('k2', 'o2')],
    initiatives: [],
  };
  const history = new Map([['k1', [checkIn('c1', 'k1', '2026-01-05T00:00:00Z')]]]);

  it('replaces what changed, drops what left, adds new check-ins once and in time order', () => {
    const changes: BoardChanges = {
      ...none,
      keyResults: [keyResult('k1', 'o1', 5), keyResult('k9', 'elsewhere')],
      checkIns: [
        checkIn('c0', 'k1', '2026-01-02T00:00:00Z'),
        checkIn('c1', 'k1', '2026-01-05T00:00:00Z'),
      ],
      removed: { ...none, objectives: ['o2'] },
      token: 't2',
    };
    const [next, nextHistory] = applyBoardChanges(board, history, changes);
    expect(next.objectives.map((o) => o.id)).toEqual(['o1']);
    expect(next.keyResults).toEqual([keyResult('k1', 'o1', 5)]);
    expect(nextHistory.get('k1')?.map((c) => c.clientId)).toEqual(['c0', 'c1']);
  });

  it('shows a check-in corrected elsewhere in place, and drops one withdrawn elsewhere', () => {
    const shown = new Map([
      [
        'k1',
        [
          { ...checkIn('c1', 'k1', '2026-01-05T00:00:00Z'), version: '"1"' },
          { ...checkIn('c2', 'k1', '2026-01-06T00:00:00Z'), version: '"1"' },
        ],
      ],
    ]);
    const corrected = {
      ...checkIn('c1', 'k1', '2026-01-05T00:00:00Z'),
      value: 3,
      version: '"2"',
    };
    const [, nextHistory] = applyBoardChanges(board, shown, {
      ...none,
      checkIns: [corrected],
      removed: { ...none, checkIns: ['c2'] },
      token: 't3',
    });
    expect(nextHistory.get('k1')).toEqual([corrected]);
  });

  it('is the same board when nothing changed', () => {
    const [next, nextHistory] = applyBoardChanges(board, history, {
      ...none,
      removed: { ...none },
      token: 't',
    });
    expect(next.keyResults).toBe(board.keyResults);
    expect(nextHistory).toBe(history);
  });
});

describe('a save whose item changed meanwhile', () => {
  const base = keyResult('k1', 'o1', 1);
  const mine = {
    ...base,
    statusOverride: {
      status: 'atRisk' as const,
      reason: 'r',
      by: { id: 'p', displayName: 'P' },
      at: 'x',
    },
  };

  it('is merged when theirs touched other fields (a check-in moved the value)', () => {
    const theirs = { ...base, current: 4, version: 'v4', lastCheckInAt: '2026-01-04T00:00:00Z' };
    expect(mergeDisjoint(base, mine, theirs)).toEqual({
      ...theirs,
      statusOverride: mine.statusOverride,
    });
  });

  it('is a conflict when both changed the same field', () => {
    const theirs = { ...base, statusOverride: { ...mine.statusOverride, reason: 'other' } };
    expect(mergeDisjoint(base, mine, theirs)).toBeUndefined();
  });
});
