import { toCsv } from '../../src/core/csv';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { ImportFileError, planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { keyResultProgress, objectiveProgress } from '../../src/core/progress';
import { rollUpProgress } from '../../src/core/roll-up';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';
import { explorerCsv, explorerHeader, vivaRecords, vivaZip } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };
const bytes = (text: string) => new TextEncoder().encode(text);

async function planOf(name: string, data: Uint8Array, today = options.today): Promise<ImportPlan> {
  return planImport(await readImportFile(name, data), { ...options, today });
}

/** A day after every check-in the Q1 2026 sheets here date (3 February 2026 at the latest). */
const inQ1Of2026 = '2026-02-20';

const bySource = <T extends { sourceId: string }>(list: readonly T[], id: string) =>
  list.find((planned) => planned.sourceId === id)!;

/** The plan's roll-up as the board computes it, source ids standing in for store ids. */
const rollUpOf = (plan: ImportPlan) =>
  rollUpProgress(
    plan.objectives.map((o) => ({ ...o.draft, id: o.sourceId })),
    plan.keyResults.map((kr) => ({ ...kr.draft, id: kr.sourceId })),
  );

describe('the Viva Goals organisation export', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = await planOf('export.zip', await vivaZip());
  });

  it('maps time periods to cycles with their state from the dates, overlapping ones kept', () => {
    expect(
      plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end, c.draft.state]),
    ).toEqual([
      ['Annual 2025', '2025-01-01', '2025-12-31', 'active'],
      ['Q1 2025', '2025-01-01', '2025-03-31', 'active'],
    ]);
  });

  it('keeps teams with their parents, and puts company-level items in the organisation', () => {
    expect(plan.teams.map((t) => [t.sourceId, t.draft.name, t.draft.parentTeamId])).toEqual([
      ['viva:team:organisation', 'Contoso', undefined],
      ['viva:team:900', 'Product', undefined],
      ['viva:team:901', 'Onboarding', 'viva:team:900'],
    ]);
    expect(bySource(plan.objectives, 'viva:1').draft.teamId).toBe('viva:team:organisation');
  });

  it('keeps several weighted alignments, commitment, and the description as text', () => {
    const onboarding = bySource(plan.objectives, 'viva:3').draft;
    expect(onboarding).toMatchObject({
      teamId: 'viva:team:901',
      cycleId: 'viva:period:501',
      parentId: 'viva:1',
      alignments: [
        { objectiveId: 'viva:1', weight: 0.6 },
        { objectiveId: 'viva:2', weight: 0.4 },
      ],
      commitment: 'aspirational',
    });
    expect(onboarding.description).toContain('Why: new customers who see results early stay.');
    // A key result's description is kept as well (it was read and dropped).
    expect(bySource(plan.keyResults, 'viva:10').draft.description).toBe(
      'A team counts once it has a first check-in.',
    );
    expect(onboarding.description).not.toContain('<');
  });

  it('gives each KR the kind its target type and direction say, its unit, weight and phased targets', () => {
    const kr = (id: string) => bySource(plan.keyResults, `viva:${id}`).draft;
    expect(kr('10')).toMatchObject({
      kind: 'increase',
      start: 40,
      target: 100,
      unit: 'teams',
      weight: 50,
      current: 71,
      lastCheckInAt: '2025-02-17T09:00:00Z',
      targets: [
        { date: '2025-01-31', value: 50 },
        { date: '2025-02-28', value: 80 },
      ],
    });
    expect(kr('11')).toMatchObject({ kind: 'decrease', start: 55, target: 30, unit: '$' });
    expect(kr('12')).toMatchObject({
      kind: 'increase',
      start: 0,
      target: 100,
      unit: '%',
      current: 25,
    });
    expect(kr('13')).toMatchObject({ kind: 'stayBelow', start: 2, target: 3 });
  });

  it('rolls an "Update from Children" objective up from its key results, by their weights', () => {
    // Viva Goals computed its progress from its children; the board computes it from the KRs.
    const keyResults = plan.keyResults
      .filter((planned) => planned.draft.objectiveId === 'viva:3')
      .map((planned) => planned.draft);
    expect(keyResults.length).toBeGreaterThan(1);
    const byHand =
      keyResults.reduce((sum, kr) => sum + kr.weight * keyResultProgress(kr), 0) /
      keyResults.reduce((sum, kr) => sum + kr.weight, 0);
    expect(objectiveProgress(keyResults)).toBeCloseTo(byHand);
    expect(objectiveProgress(keyResults)).toBeGreaterThan(0);
  });

  it('keeps "Update from Children" on a KR: the objective and the sub-KR aligned to it, by weight', () => {
    const company = bySource(plan.keyResults, 'viva:15').draft;
    expect(company.rolledUpFrom).toEqual([
      { kind: 'objective', id: 'viva:4', weight: 0.7 },
      { kind: 'keyResult', id: 'viva:16', weight: 0.3 },
    ]);
    // The objective aligned to the KR hangs under the KR's objective, with no share of it; the
    // sub-KR sits beside its parent KR.
    const answers = bySource(plan.objectives, 'viva:4').draft;
    expect(answers.parentId).toBe('viva:1');
    expect(answers.alignments).toBeUndefined();
    expect(bySource(plan.keyResults, 'viva:16').draft.objectiveId).toBe('viva:1');
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ item: '16', message: expect.stringMatching(/sub-key result/) }),
    );
    // As the board reads it: 70% of the objective's 50%, 30% of the sub-KR's 100%.
    const rollUp = rollUpOf(plan);
    expect(rollUp.keyResult({ ...company, id: 'viva:15' })).toBeCloseTo(0.7 * 0.5 + 0.3 * 1);
  });

  it('keeps "Update from Children" on an objective whose only children are aligned objectives', () => {
    expect(bySource(plan.objectives, 'viva:5').draft.rollsUpAligned).toBe(true);
    expect(bySource(plan.objectives, 'viva:6').draft).toMatchObject({
      parentId: 'viva:5',
      alignments: [{ objectiveId: 'viva:5', weight: 0.25 }],
    });
    expect(plan.keyResults.some((kr) => kr.draft.objectiveId === 'viva:5')).toBe(false);
    expect(rollUpOf(plan).objective('viva:5')).toBeCloseTo(0.25 * 0.4 + 0.75 * 0.8);
    // Without it, an objective is its KRs' alone: one aligned to without roll-up stays as it was.
    expect(bySource(plan.objectives, 'viva:1').draft.rollsUpAligned).toBeUndefined();
  });

  it('gives a KR without an objective one, and names it in the report', () => {
    const orphan = bySource(plan.keyResults, 'viva:14').draft;
    const objective = bySource(plan.objectives, orphan.objectiveId).draft;
    expect(objective).toMatchObject({
      title: 'Key results without an objective',
      teamId: 'viva:team:900',
    });
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        item: '14',
        severity: 'note',
        message: expect.stringMatching(/no parent objective/),
      }),
    );
  });

  it.each([
    [
      'de-DE',
      'Key Results ohne Objective',
      german,
      /unter ein neues Objective „Key Results ohne Objective“/,
    ],
    [
      'fr-FR',
      'Résultats clés sans objectif',
      french,
      /sous un nouvel objectif «\u00a0Résultats clés sans objectif\u00a0»/,
    ],
    [
      'es-ES',
      'Resultados clave sin objetivo',
      spanish,
      /bajo un objetivo nuevo «Resultados clave sin objetivo»/,
    ],
  ])(
    'writes the objective it makes for a KR without one in the language of the one importing (%s)',
    async (locale, title, words, said) => {
      const inLanguage = planImport(await readImportFile('export.zip', await vivaZip()), {
        ...options,
        locale,
      });
      const orphan = bySource(inLanguage.keyResults, 'viva:14').draft;
      const objective = bySource(inLanguage.objectives, orphan.objectiveId).draft;
      expect(objective.title).toBe(title);
      expect(objective.description).not.toMatch(/parent objective/);
      const note = inLanguage.problems.find((problem) => problem.item === '14')!;
      expect(problemMessage(note, reportReader(words, locale))).toMatch(said);
    },
  );

  it('turns projects and tasks into initiatives under their KR', () => {
    expect(
      plan.initiatives.map((i) => [
        i.sourceId,
        i.draft.keyResultId,
        i.draft.title,
        i.draft.status,
        i.draft.dueDate,
      ]),
    ).toEqual([
      ['viva:task:7001', 'viva:10', 'Welcome email', 'done', '2025-01-15'],
      ['viva:task:7002', 'viva:10', 'In-app tour', 'notStarted', undefined],
      ['viva:20', 'viva:10', 'Rebuild the sign-up flow', 'done', '2025-02-15'],
    ]);
  });

  it('keeps check-ins with value, date, author and the note as plain text', () => {
    const [first, second] = plan.checkIns.filter((c) => c.draft.keyResultId === 'viva:10');
    expect(first!.draft).toMatchObject({
      clientId: 'viva:c:8001',
      value: 44,
      at: '2025-01-20T09:00:00Z',
      author: { displayName: 'Isaiah Langer', email: 'IsaiahL@contoso.com' },
    });
    expect(first!.draft.note).toBe('Slow start, as expected.\nNext: the welcome email & a "tour"');
    expect(second!.draft.note).toBe('Line one,\nline two; with "quotes"');
  });

  it("keeps each check-in's status, and names a status it does not know with its row", async () => {
    const statusOf = (id: string) => bySource(plan.checkIns, id).draft.status;
    expect([statusOf('viva:c:8001'), statusOf('viva:c:8002'), statusOf('viva:c:8010')]).toEqual([
      'behind',
      'onTrack',
      undefined,
    ]);
    const odd = await planOf(
      'export.zip',
      await vivaZip({
        ...vivaRecords,
        checkins: vivaRecords.checkins.map((record, index) =>
          index === 0 ? { ...record, Status: 'Sideways' } : record,
        ),
      }),
    );
    expect(bySource(odd.checkIns, 'viva:c:8001').draft.status).toBeUndefined();
    expect(odd.problems).toContainEqual(
      expect.objectContaining({
        row: 1,
        field: 'Status',
        item: '10',
        severity: 'note',
        message: expect.stringContaining(
          '"Sideways" is not one of Not started, On track, Behind, At risk, Closed, Postponed',
        ),
      }),
    );
  });

  it('keeps check-ins and comments on objectives and projects as notes on the objective', () => {
    const description = bySource(plan.objectives, 'viva:3').draft.description;
    expect(description).toContain('Feb 1, 2025 Megan Bowen · 50 · On Track: Halfway there');
    expect(description).toContain('Megan Bowen: Great progress!');
    // A project's check-in too, named by the project.
    expect(description).toContain(
      'Feb 3, 2025 Isaiah Langer on “Rebuild the sign-up flow” · 60 · On Track: New flow live for 10%',
    );
  });

  it('names what it cannot map, per item, with file, row and field', () => {
    const problem = (item: string) => plan.problems.filter((p) => p.item === item);
    expect(problem('40')[0]).toMatchObject({
      severity: 'skipped',
      field: 'Type',
      row: 12,
      file: expect.stringMatching(/^objectives_export_file_/),
    });
    expect(problem('999')[0]).toMatchObject({
      severity: 'skipped',
      message: expect.stringMatching(/not in the file/),
    });
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'Start Date',
        message: expect.stringMatching(/"2025-13-45" is not a date/),
      }),
    );
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'CheckIn Date',
        message: expect.stringMatching(/"yesterday"/),
      }),
    );
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'Current Value',
        message: expect.stringMatching(/"lots" is not a number/),
      }),
    );
    // The loop: one of its alignments goes, named.
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ field: 'Alignment', message: expect.stringMatching(/loop/) }),
    );
    const loop = ['viva:30', 'viva:31'].map((id) => bySource(plan.objectives, id).draft.parentId);
    expect(loop.filter(Boolean)).toHaveLength(1);
  });
});

describe('the Viva Goals explorer export', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    // Imported after its last check-in, of 9 June 2025.
    plan = await planOf('explorer.csv', bytes(explorerCsv()), '2025-06-20');
  });

  it('reads teams, periods, objectives with weighted alignments, KRs and deliverables', () => {
    expect(plan.cycles.map((c) => c.draft.name)).toEqual(['Q2 2025']);
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Sales', 'Marketing']);
    const kr = bySource(plan.keyResults, 'viva:2295780').draft;
    expect(kr).toMatchObject({
      objectiveId: 'viva:2295776',
      kind: 'increase',
      start: 10,
      target: 25,
      current: 21,
      weight: 14.29,
    });
    expect(bySource(plan.objectives, 'viva:2295776').draft).toMatchObject({
      commitment: 'committed',
      teamId: 'viva:team:Sales',
      description: 'Two lines,\n"quoted"',
    });
    expect(bySource(plan.objectives, 'viva:2295777').draft.commitment).toBe('aspirational');
    expect(
      plan.initiatives.map((i) => [i.draft.title, i.draft.keyResultId, i.draft.dueDate]),
    ).toEqual([['Partner programme launched', 'viva:2295780', '2025-05-31']]);
  });

  it('reads the check-in history from the trailing columns, notes with semicolons and line breaks intact', () => {
    const history = plan.checkIns.map((c) => [
      c.draft.at,
      c.draft.value,
      c.draft.note,
      c.draft.author.displayName,
    ]);
    expect(history).toEqual([
      [
        '2025-04-14T09:00:00Z',
        12,
        'First deals; pipeline "strong", more to come\nsecond line',
        'Diego Siciliani',
      ],
      ['2025-05-12T09:00:00Z', 18, 'Status: fine; really', 'Diego Siciliani'],
      ['2025-06-09T09:00:00Z', 21, '', 'Unknown Person'],
    ]);
    expect(plan.checkIns.map((c) => c.draft.status)).toEqual(['onTrack', 'onTrack', 'onTrack']);
  });

  it('names a bad number with its row and field', () => {
    expect(plan.problems).toContainEqual(
      // Row 6 as Excel shows the file: the notes' line breaks above it start no row.
      expect.objectContaining({ file: 'explorer.csv', row: 6, field: 'Target', item: '2295791' }),
    );
  });
});

describe('an explorer export whose company objective has only team objectives aligned to it', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    const checkIn = (value: number) =>
      `Checkin Date: 2025-05-12 09:00:00; User: Diego Siciliani; Note: Weekly; Status: On Track; Current Value: ${value}; Activity Date: 2025-05-12 09:00:00 UTC;`;
    const quarter = { Period: 'Q2 2025', 'Start Date': '2025-04-01', 'End Date': '2025-06-30' };
    const rows: Record<string, string>[] = [
      {
        ...quarter,
        Id: '1',
        Title: 'Grow the business',
        'Object Type': 'Objective',
        'Progress %': '50',
      },
      ...['Sales', 'Product'].flatMap((team, index) => [
        {
          ...quarter,
          Id: `${10 + index}`,
          Title: `${team} delivers`,
          Team: team,
          'Object Type': 'Objective',
          'Aligned To (weight, Objective ID)': 'Grow the business(weight: 50.0%, Id: 1)',
        },
        {
          ...quarter,
          Id: `${20 + index}`,
          Title: `${team} deals from 0 to 100`,
          Team: team,
          'Object Type': 'Key result',
          'Aligned To (weight, Objective ID)': `${team} delivers(weight: 100.0%, Id: ${10 + index})`,
          Unit: 'Number',
          Start: '0',
          Target: '100',
          Checkins: checkIn(index === 0 ? 40 : 60),
        },
      ]),
    ];
    const csv = toCsv([
      explorerHeader,
      ...rows.map((row) => explorerHeader.map((c) => row[c] ?? '')),
    ]);
    // Imported after the quarter whose check-ins it holds.
    plan = await planOf('explorer.csv', bytes(csv), '2025-07-01');
  });

  it('rolls its progress up from them, as Viva Goals did, instead of reading 0 %', () => {
    expect(bySource(plan.objectives, 'viva:1').draft.rollsUpAligned).toBe(true);
    expect(rollUpOf(plan).objective('viva:1')).toBeCloseTo(0.5);
  });

  it('keeps the team objectives measured by their own key results', () => {
    expect(bySource(plan.objectives, 'viva:10').draft.rollsUpAligned).toBeUndefined();
    expect(rollUpOf(plan).objective('viva:10')).toBeCloseTo(0.4);
  });

  it('says nothing of the progress the file wrote, which the roll-up gives', () => {
    expect(plan.problems.filter((p) => p.field === 'Progress %')).toEqual([]);
  });
});

describe('bad input', () => {
  const failure = async (
    name: string,
    data: Uint8Array,
    limits?: Parameters<typeof readImportFile>[2],
  ) => {
    const error = await readImportFile(name, data, limits).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    return (error as Error).message;
  };

  it('a corrupt ZIP', async () => {
    const zip = await vivaZip();
    expect(await failure('export.zip', zip.slice(0, zip.length / 2))).toMatch(
      /^export\.zip: cannot be opened: it is a ZIP file .* \(Technical detail: .+\)/,
    );
  });

  it('a ZIP bomb: stopped at the uncompressed cap', async () => {
    const zip = await vivaZip(
      { objectives: [] },
      { 'objectives_export_file_X_2_Organization_X_1.json': `[${' '.repeat(5_000_000)}]` },
    );
    expect(zip.length).toBeLessThan(100_000);
    expect(
      await failure('bomb.zip', zip, { maxFileBytes: 1e6, maxUncompressedBytes: 1e6 }),
    ).toMatch(/unpacks to more than 1 MB .* ZIP bomb/);
  });

  it('an unknown file, a ZIP without objectives, an empty one', async () => {
    expect(await failure('notes.txt', bytes('hello,world\n1,2'))).toMatch(
      /notes\.txt, row 1: is not a file the import knows/,
    );
    expect(await failure('other.zip', await vivaZip({ Teams: [] }))).toMatch(
      /holds no Viva Goals objectives file/,
    );
    expect(await failure('empty.csv', new Uint8Array())).toMatch(/is empty/);
  });

  it('a file cut off inside a quoted cell, and a header with no rows under it', async () => {
    const cutOff = 'Objective,Key result,Notes\r\nGrow,Deals,fine\r\nGrow,Calls,"Half a no';
    expect(await failure('okrs.csv', bytes(cutOff))).toBe(
      'okrs.csv, row 3: a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").',
    );
    // An explorer export whose download stopped inside a quoted cell.
    const csv = explorerCsv();
    const quoted = csv.indexOf('"', csv.indexOf('\r\n'));
    expect(await failure('explorer.csv', bytes(csv.slice(0, quoted + 3)))).toMatch(
      /^explorer\.csv, row \d+: a cell in this row opens with a double quote/,
    );
    expect(await failure('okrs.csv', bytes('Objective;Key result;Owner\r\n;;\r\n;;\r\n'))).toBe(
      'okrs.csv, row 1: has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.',
    );
  });

  it('a missing column', async () => {
    const text = explorerCsv().replace('Object Type', 'Kind of thing');
    // Without "Object Type" it is no longer an explorer export but a list of goals that does not
    // say which are objectives: the refusal says what a goal list needs, and an explorer export.
    expect(await failure('explorer.csv', bytes(text))).toMatch(
      /^explorer\.csv, row 1, field "Goal Type": The goals cannot be placed in a tree: .* A Viva Goals explorer export needs "Title" and "Object Type" columns/,
    );
    // …and the template names the column it misses.
    expect(
      await failure('sheet.csv', bytes('Type,Id,Title,Parent team\r\nObjective,O1,x,\r\n')),
    ).toMatch(/missing the column "Parent"/);
  });

  it('a file over the size limit (a 50 MB export)', async () => {
    expect(await failure('huge.csv', new Uint8Array(50 * 1024 * 1024))).toMatch(
      /is 50 MB, more than the 40 MB/,
    );
  });

  it('an unreadable JSON file names the file inside the ZIP', async () => {
    const zip = await vivaZip(
      { objectives: [] },
      { 'checkins_export_file_Contoso_1_Organization_Contoso_2.json': '[{"ID": 1,' },
    );
    expect(await failure('export.zip', zip)).toMatch(
      /checkins_export_file_Contoso_1_Organization_Contoso_2\.json: is not valid JSON/,
    );
  });
});

describe('the template', () => {
  it('is read back from its own example', async () => {
    const { templateExample, templateColumns } = await import('../../src/migrate');
    const rows = templateExample();
    const csv = toCsv([
      [...templateColumns],
      ...rows.map((row) => templateColumns.map((c) => row[c])),
    ]);
    const plan = await planOf('template.csv', bytes(csv), inQ1Of2026);
    expect(plan.objectives.map((o) => o.draft.title)).toHaveLength(2);
    expect(bySource(plan.objectives, 'sheet:O2').draft).toMatchObject({
      parentId: 'sheet:O1',
      teamId: 'sheet:team:Product',
      commitment: 'aspirational',
    });
    expect(plan.teams.map((t) => [t.draft.name, t.draft.parentTeamId])).toEqual([
      ['Contoso', undefined],
      ['Product', 'sheet:team:Contoso'],
    ]);
    expect(plan.keyResults.map((k) => [k.draft.kind, k.draft.current, k.draft.confidence])).toEqual(
      [
        ['increase', 45, 7],
        ['decrease', 7, 5],
        ['increase', 40, undefined],
      ],
    );
    // Roll-ups and phased targets, from their own columns.
    expect(bySource(plan.objectives, 'sheet:O1').draft.rollsUpAligned).toBe(true);
    expect(bySource(plan.keyResults, 'sheet:K3').draft.rolledUpFrom).toEqual([
      { kind: 'keyResult', id: 'sheet:K1', weight: 0.6 },
      { kind: 'keyResult', id: 'sheet:K2', weight: 0.4 },
    ]);
    expect(bySource(plan.keyResults, 'sheet:K1').draft.targets).toEqual([
      { date: '2026-01-31', value: 45 },
      { date: '2026-02-28', value: 58 },
    ]);
    expect(plan.initiatives).toHaveLength(1);
    expect(plan.checkIns).toHaveLength(3);
    expect(plan.problems).toEqual([]);
  });

  it("names the template's own columns, and a parent that is not in the file", async () => {
    const plan = await planOf(
      'okrs.csv',
      bytes('Type,Id,Parent,Title,Target\nObjective,O1,,Grow,\nKey result,K1,O9,Deals,10\n'),
    );
    expect(plan.problems.map((p) => [p.row, p.field, p.item, p.message])).toEqual([
      [2, 'Cycle', 'O1', 'It has no time period.'],
      [
        3,
        'Parent',
        'K1',
        'Its parent "O9" is not in the file, and it has no time period of its own to be placed under "Key results without an objective".',
      ],
    ]);
  });

  it('names a bad roll-up or phased target with its row and column, and what is accepted', async () => {
    const { templateColumns } = await import('../../src/migrate');
    const row = (cells: Record<string, string>) =>
      templateColumns.map((column) => cells[column] ?? '');
    const cycle = { Cycle: 'Q1 2026', 'Cycle start': '2026-01-01', 'Cycle end': '2026-03-31' };
    const csv = toCsv([
      [...templateColumns],
      row({ Type: 'Objective', Id: 'O1', Title: 'Grow', Team: 'Sales', ...cycle }),
      row({
        Type: 'Objective',
        Id: 'O2',
        Title: 'Keep',
        Team: 'Sales',
        'Rolls up from': 'K1',
        ...cycle,
      }),
      row({
        Type: 'Key result',
        Id: 'K1',
        Parent: 'O1',
        Title: 'Deals from 1 to 9',
        Start: '1',
        Target: '9',
        'Phased targets': '2026-01-31: 3; end of Feb: 6',
      }),
      row({
        Type: 'Key result',
        Id: 'K2',
        Parent: 'O1',
        Title: 'Revenue from 1 to 2',
        Start: '1',
        Target: '2',
        'Rolls up from': 'K9; O1 (50%)',
      }),
      row({
        Type: 'Initiative',
        Id: 'I1',
        Parent: 'K2',
        Title: 'Hire',
        'Phased targets': '2026-01-31: 1',
      }),
    ]);
    const plan = await planOf('okrs.csv', bytes(csv));
    const problem = (item: string) => plan.problems.find((p) => p.item === item);
    expect(problem('O2')).toMatchObject({
      file: 'okrs.csv',
      row: 3,
      field: 'Rolls up from',
      severity: 'skipped',
      message: expect.stringContaining('write "aligned objectives"'),
    });
    expect(problem('K1')).toMatchObject({
      row: 4,
      field: 'Phased targets',
      message: expect.stringContaining(
        '"end of Feb: 6" is not a dated target: write each as YYYY-MM-DD: value',
      ),
    });
    expect(problem('K2')).toMatchObject({
      row: 5,
      field: 'Rolls up from',
      severity: 'note',
      message: expect.stringContaining('"K9", which is not an objective or another key result'),
    });
    expect(problem('I1')).toMatchObject({ row: 6, field: 'Phased targets' });
    // What is wrong is left out, the rest planned: K2 rolls up from O1 alone.
    expect(plan.keyResults.map((k) => k.sourceId)).toEqual(['sheet:K2']);
    expect(bySource(plan.keyResults, 'sheet:K2').draft.rolledUpFrom).toEqual([
      { kind: 'objective', id: 'sheet:O1', weight: 0.5 },
    ]);
  });
});

describe("a confidence outside the organisation's scale", () => {
  it('leaves out only the confidence, said with its row: the key result and its check-in are imported', async () => {
    const sheet = [
      'Objective,Key result,Quarter,Target,Current,Confidence,Date',
      'Grow,Deals,Q1 2026,10,4,7,2026-02-03',
      'Grow,Calls,Q1 2026,10,3,0,2026-02-03',
      'Grow,Demos,Q1 2026,10,5,150%,2026-02-03',
    ].join('\n');
    const plan = await planOf('okrs.csv', bytes(sheet), inQ1Of2026);
    expect(
      plan.keyResults.map((k) => [k.draft.title, k.draft.current, k.draft.confidence]),
    ).toEqual([
      ['Deals', 4, 7],
      ['Calls', 3, undefined],
      ['Demos', 5, undefined],
    ]);
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.confidence])).toEqual([
      [4, 7],
      [3, undefined],
      [5, undefined],
    ]);
    expect(
      plan.problems.filter((p) => p.severity === 'skipped').map((p) => [p.row, p.field, p.message]),
    ).toEqual([
      [
        3,
        undefined,
        'Confidence 0 is outside your scale of 1 to 10: the confidence is left out; the key result and its check-in are imported.',
      ],
      [
        4,
        undefined,
        'Confidence 15 is outside your scale of 1 to 10: the confidence is left out; the key result and its check-in are imported.',
      ],
    ]);
  });

  it("names the template's column, on a key result's row and on a check-in's", async () => {
    const { templateColumns } = await import('../../src/migrate');
    const row = (cells: Record<string, string>) =>
      templateColumns.map((column) => cells[column] ?? '');
    const cycle = { Cycle: 'Q1 2026', 'Cycle start': '2026-01-01', 'Cycle end': '2026-03-31' };
    const csv = toCsv([
      [...templateColumns],
      row({ Type: 'Objective', Id: 'O1', Title: 'Grow', Team: 'Sales', ...cycle }),
      row({
        Type: 'Key result',
        Id: 'K1',
        Parent: 'O1',
        Title: 'Deals',
        Target: '9',
        Confidence: '12',
      }),
      row({
        Type: 'Check-in',
        Id: 'C1',
        Parent: 'K1',
        Date: '2026-02-01',
        Value: '3',
        Confidence: '11',
      }),
    ]);
    const plan = await planOf('okrs.csv', bytes(csv), inQ1Of2026);
    expect(plan.keyResults.map((k) => [k.sourceId, k.draft.current, k.draft.confidence])).toEqual([
      ['sheet:K1', 3, undefined],
    ]);
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.confidence])).toEqual([[3, undefined]]);
    expect(plan.problems.map((p) => [p.row, p.field, p.item, p.severity])).toEqual([
      [3, 'Confidence', 'K1', 'skipped'],
      [4, 'Confidence', 'K1', 'skipped'],
    ]);
  });
});

describe('a crafted deep chain', () => {
  it('plans 20,000 objectives aligned in one chain and 20,000 sub-key results in another, a loop at the end named', async () => {
    const { templateColumns } = await import('../../src/migrate');
    const depth = 20_000;
    const row = (cells: Record<string, string>) =>
      templateColumns.map((column) => cells[column] ?? '');
    const cycle = { Cycle: 'Q1 2026', 'Cycle start': '2026-01-01', 'Cycle end': '2026-03-31' };
    const rows: string[][] = [[...templateColumns]];
    for (let level = 0; level < depth; level++) {
      // The top objective aligns to the deepest one: a loop through every level.
      const parent = level === 0 ? `O${depth - 1}` : `O${level - 1}`;
      rows.push(
        row({ Type: 'Objective', Id: `O${level}`, Parent: parent, Title: 'Grow', ...cycle }),
      );
    }
    for (let level = 0; level < depth; level++) {
      const parent = level === 0 ? 'O0' : `K${level - 1}`;
      rows.push(row({ Type: 'KR', Id: `K${level}`, Parent: parent, Title: 'Deals', Target: '9' }));
    }
    const plan = await planOf('deep.csv', bytes(toCsv(rows)));
    expect(plan.objectives).toHaveLength(depth);
    expect(bySource(plan.objectives, `sheet:O${depth - 1}`).draft.parentId).toBe(
      `sheet:O${depth - 2}`,
    );
    const loops = plan.problems.filter((p) => p.message.includes('form a loop'));
    expect(loops).toHaveLength(1);
    expect(plan.keyResults).toHaveLength(depth);
    expect(bySource(plan.keyResults, `sheet:K${depth - 1}`).draft.objectiveId).toBe('sheet:O0');
  });
});

test('the fixtures cover what the issue lists', () => {
  expect(vivaRecords.objectives.some((o) => o.Teams === null)).toBe(true);
});

describe('a unit longer than the store keeps', () => {
  it('is shortened to 64 characters and said in the dry run, not cut unseen', async () => {
    const { templateExample, templateColumns } = await import('../../src/migrate');
    const long = `customers who finished onboarding ${'and kept using the product '.repeat(2)}`;
    expect(long.length).toBeGreaterThan(64);
    const rows = templateExample().map((row) => (row.Id === 'K1' ? { ...row, Unit: long } : row));
    const csv = toCsv([
      [...templateColumns],
      ...rows.map((row) => templateColumns.map((c) => row[c])),
    ]);
    const plan = await planOf('template.csv', bytes(csv));
    expect(bySource(plan.keyResults, 'sheet:K1').draft.unit).toBe(long.slice(0, 64));
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        item: 'K1',
        severity: 'note',
        message: `The unit is longer than 64 characters; it is shortened to “${long.slice(0, 64)}”.`,
      }),
    );
  });
});

describe('a title written on several lines of its cell', () => {
  it('is read as one line, its breaks and tabs as spaces', async () => {
    const csv = toCsv([
      ['Objective', 'Key result', 'Target', 'Team', 'Quarter'],
      ['Grow\r\nfast in\tEMEA', 'Revenue from 1\n  to 2', '2', 'Sales', 'Q4 2026'],
    ]);
    const plan = await planOf('lines.csv', bytes(csv));
    expect(plan.objectives.map((o) => o.draft.title)).toEqual(['Grow fast in EMEA']);
    expect(plan.keyResults.map((k) => k.draft.title)).toEqual(['Revenue from 1 to 2']);
  });

  it('reads a team’s and a cycle’s name on several lines as one line too', async () => {
    const csv = toCsv([
      ['Objective', 'Key result', 'Target', 'Team', 'Cycle', 'Cycle start', 'Cycle end'],
      [
        'Grow',
        'Revenue from 1 to 2',
        '2',
        'Sales\nEMEA',
        'Autumn\r\npush',
        '2026-09-01',
        '2026-11-30',
      ],
    ]);
    const plan = await planOf('lines.csv', bytes(csv));
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Sales EMEA']);
    expect(plan.cycles.map((c) => c.draft.name)).toEqual(['Autumn push']);
  });
});
