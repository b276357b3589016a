import type { KeyResult } from '../../src/core/model';
import { KnownItems } from '../../src/store/graph/known-items';

const keyResult = (id: string, title: string, extra: Partial<KeyResult> = {}): KeyResult => ({
  id,
  objectiveId: '1',
  title,
  kind: 'increase',
  start: 0,
  target: 10,
  current: 2,
  unit: 'customers',
  weight: 1,
  ...extra,
});

describe('the KRs the Graph adapter knows', () => {
  test("a board's KRs are known by id with their cycle, as one remembered alone", () => {
    const known = new KnownItems();
    known.rememberShownKeyResults([keyResult('7', 'Grow'), keyResult('8', 'Keep')], 'c1');
    known.rememberKeyResult(keyResult('9', 'Ship', { rolledUpFrom: [] }), 'c2', 'client-9');
    expect(known.keyResult('7')).toEqual({
      title: 'Grow',
      kind: 'increase',
      start: 0,
      target: 10,
      unit: 'customers',
      milestones: undefined,
      cycleId: 'c1',
    });
    expect(known.keyResult('8')?.title).toBe('Keep');
    // An empty roll-up is no roll-up, as before.
    expect(known.keyResult('9')).toEqual(
      expect.objectContaining({ cycleId: 'c2', lastCheckInClientId: 'client-9' }),
    );
    expect(known.keyResult('9')?.rolledUpFrom).toBeUndefined();
    expect(known.keyResult('10')).toBeUndefined();
  });

  test('what was remembered last wins, a board or a single KR, before or after a lookup', () => {
    const known = new KnownItems();
    known.rememberKeyResult(keyResult('7', 'Before'), 'c1', 'client-1');
    known.rememberShownKeyResults([keyResult('7', 'Board read')], 'c1');
    expect(known.keyResult('7')).toEqual(expect.objectContaining({ title: 'Board read' }));
    expect(known.keyResult('7')?.lastCheckInClientId).toBeUndefined();

    known.rememberShownKeyResults([keyResult('7', 'Second board read')], 'c1');
    known.rememberKeyResult(keyResult('7', 'Checked in'), 'c1', 'client-2');
    expect(known.keyResult('7')).toEqual(
      expect.objectContaining({ title: 'Checked in', lastCheckInClientId: 'client-2' }),
    );

    known.rememberShownKeyResults([keyResult('7', 'Third board read')], 'c3');
    expect(known.keyResult('7')).toEqual(
      expect.objectContaining({ title: 'Third board read', cycleId: 'c3' }),
    );
  });
});
