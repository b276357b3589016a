/**
 * A row of a file exported from the site against the site's item as it is now: what counts as a
 * change (what the import writes), and what reads the same however the file or the list leaves
 * it out.
 */
import type { KeyResult } from '../../src/core/model';
import { differencesFromSite } from '../../src/migrate/as-on-site';

const draft: Omit<KeyResult, 'id' | 'version'> = {
  objectiveId: '12',
  title: 'Ten reference customers',
  owner: { id: 'megan', displayName: 'Megan Bowen', email: 'megan@contoso.com' },
  kind: 'increase',
  start: 0,
  target: 10,
  current: 4,
  unit: '',
  weight: 1,
  confidence: 7,
};
const onSite: KeyResult = { ...draft, id: '34', version: '"3"' };
const differences = (changes: Partial<KeyResult>, checkedInSince = false) =>
  differencesFromSite(
    { kind: 'keyResults', draft: { ...draft, ...changes }, item: onSite },
    checkedInSince,
  );

describe('a key result of the file against the one on the site', () => {
  test('the same values, however empty ones are left out, and the same person under another name: no difference', () => {
    expect(
      differences({
        description: '',
        milestones: [],
        owner: { id: 'megan', displayName: 'Megan B.' },
      }),
    ).toEqual([]);
  });

  test('a score the file does not give is not compared: the import does not write it', () => {
    expect(
      differencesFromSite({ kind: 'keyResults', draft, item: { ...onSite, score: 0.7 } }),
    ).toEqual([]);
  });

  test('each field that differs is named once, with both values where they read as text', () => {
    expect(
      differences({
        target: 12,
        owner: { id: 'alex', displayName: 'Alex Wilber' },
        objectiveId: '13',
      }),
    ).toEqual([
      { field: 'owner', inFile: 'Alex Wilber', onSite: 'Megan Bowen' },
      { field: 'objective' },
      { field: 'target', inFile: '12', onSite: '10' },
    ]);
  });

  test("checked in on the site since the export, its current value and confidence are the check-ins', not compared", () => {
    const older = { current: 2, confidence: 5 };
    expect(differences(older).map((d) => d.field)).toEqual(['current value', 'confidence']);
    expect(differences(older, true)).toEqual([]);
  });
});
