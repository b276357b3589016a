/**
 * A JSON file of goal records, as another tool's API gives them and the scripts that export from
 * it save them: Lattice's goals (https://schemas.apis.io/schemas/lattice/lattice-goal/: name,
 * okrType objective or key_result, startingAmount, endingAmount, currentAmount, startDate,
 * dueDate, updatedAt a Unix timestamp, parentGoal a reference, owners a list), as an array or as
 * its list response's data.
 */
import { ImportFileError, readImportFile } from '../../src/migrate';
import { recordsAsRows } from '../../src/migrate/json-records';
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';

const goals = [
  {
    id: 'g1',
    object: 'goal',
    name: 'Win SMB',
    okrType: 'objective',
    state: 'Active',
    status: 'OnTrack',
    startDate: '2026-07-01',
    dueDate: '2026-09-30',
    parentGoal: null,
    owners: { object: 'list', data: [{ id: 'u1', object: 'user', name: 'Megan Bowen' }] },
    department: { id: 'd1', object: 'department', name: 'Sales' },
  },
  {
    id: 'g2',
    object: 'goal',
    name: 'New logos',
    okrType: 'key_result',
    amountType: 'Digit',
    startingAmount: 0,
    endingAmount: 50,
    currentAmount: 18,
    status: 'Progressing',
    startDate: '2026-07-01',
    dueDate: '2026-09-30',
    updatedAt: 1783000000,
    parentGoal: { id: 'g1', object: 'goal' },
  },
];

describe("a JSON file of another tool's goal records", () => {
  it('lays records out as a sheet: a column per field, nested fields and lists flattened', () => {
    expect(recordsAsRows({ object: 'list', data: goals })?.slice(0, 2)).toEqual([
      {
        line: 1,
        fields: [
          'id',
          'object',
          'name',
          'okrType',
          'state',
          'status',
          'startDate',
          'dueDate',
          'parentGoal',
          'owners',
          'department id',
          'department object',
          'department name',
          'amountType',
          'startingAmount',
          'endingAmount',
          'currentAmount',
          'updatedAt',
          'parentGoal id',
          'parentGoal object',
        ],
      },
      {
        line: 2,
        fields: [
          'g1',
          'goal',
          'Win SMB',
          'objective',
          'Active',
          'OnTrack',
          '2026-07-01',
          '2026-09-30',
          '',
          'Megan Bowen',
          'd1',
          'department',
          'Sales',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
      },
    ]);
  });

  it.each([
    ['an array', goals],
    ['a list response', { object: 'list', data: goals }],
  ])('imports Lattice goals given as %s, their check-in at updatedAt', async (_, json) => {
    // Imported after the goals' updatedAt (2 July 2026).
    const plan = await planSheet('lattice-goals.json', utf8(JSON.stringify(json)), '2026-07-20');
    expect(keyResultRows(plan)).toEqual([['Win SMB', 'New logos', 0, 50, 18, '', undefined]]);
    // Lattice's department, a reference { id, name }, is the objective's team.
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Sales']);
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.at])).toEqual([
      [18, '2026-07-02T13:46:40Z'],
    ]);
    expect(problemsOf(plan)).toContainEqual({
      row: undefined,
      field: undefined,
      message:
        'The file\'s 2 JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.',
    });
  });

  it('refuses records that are no goals, naming the fields found', async () => {
    const refusal = await readImportFile(
      'people.json',
      utf8(JSON.stringify([{ displayName: 'Megan', mail: 'megan@contoso.com' }])),
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportFileError);
    expect((refusal as Error).message).toMatch(
      /^people\.json, row 1: is not a file the import knows: the file has the headers "displayName", "mail"/,
    );
  });

  it('still says a file taken out of a Viva Goals export is one file of the whole', async () => {
    const refusal = await readImportFile(
      'objectives_export_file_1.json',
      utf8(JSON.stringify([{ ID: 1, Title: 'Grow' }])),
    ).catch((error: unknown) => error);
    expect((refusal as Error).message).toMatch(/is one file of a Viva Goals organisation export/);
  });
});
