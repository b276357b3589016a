/**
 * Goal trees from other OKR tools (one row per goal, each naming its parent): read the way the
 * OKR method reads them, and refused whole, with each place named, when the tree does not hold.
 */
import fc from 'fast-check';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { ImportFileError, planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';

const options = { today: '2026-08-10', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) =>
  readImportFile(name, utf8(text), undefined, { fileDate: '2026-08-05' });
const plan = async (name: string, text: string) => planImport(await read(name, text), options);
const refusal = async (name: string, text: string) => {
  const error = await read(name, text).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
};
const objectives = (imported: ImportPlan) =>
  imported.objectives.map((o) => [o.draft.title, o.draft.parentId, o.draft.cycleId]);
const krs = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [
    k.draft.title,
    k.draft.objectiveId,
    k.draft.kind,
    k.draft.start,
    k.draft.target,
    k.draft.current,
    k.draft.unit,
  ]);

/** A Lattice-style export: names, the parent by name, goal levels in "Goal type". */
const lattice = [
  'Goal name,Goal type,Owner,Owner email,Parent goal,Start date,Due date,Start value,Current value,Target value,Unit,Status,Progress',
  'Become the market leader in SMB,Company,Adele Vance,AdeleV@contoso.onmicrosoft.com,,2026-07-01,2026-09-30,,,,,On track,35%',
  'Win 50 new SMB logos,Team,Alex Wilber,AlexW@contoso.onmicrosoft.com,Become the market leader in SMB,2026-07-01,2026-09-30,0,18,50,logos,On track,36%',
  'Cut onboarding time to 3 days,Team,Megan Bowen,MeganB@contoso.onmicrosoft.com,Become the market leader in SMB,2026-07-01,2026-09-30,10,6,3,days,Needs attention,57%',
].join('\r\n');

describe('goal trees from other OKR tools', () => {
  it('reads a goal with measured children as an objective and its children as its key results', async () => {
    const imported = await plan('lattice.csv', lattice);
    expect(imported.format).toBe('goalTree');
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q3 2026', '2026-07-01', '2026-09-30'],
    ]);
    const objective = 'sheet:goal:become the market leader in smb';
    expect(objectives(imported)).toEqual([
      ['Become the market leader in SMB', undefined, 'sheet:period:Q3 2026'],
    ]);
    expect(imported.objectives[0]!.draft.owner?.email).toBe('AdeleV@contoso.onmicrosoft.com');
    expect(krs(imported)).toEqual([
      ['Win 50 new SMB logos', objective, 'increase', 0, 50, 18, 'logos'],
      ['Cut onboarding time to 3 days', objective, 'decrease', 10, 3, 6, 'days'],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.status, c.draft.at])).toEqual([
      [18, 'onTrack', '2026-08-05T12:00:00Z'],
      [6, 'atRisk', '2026-08-05T12:00:00Z'],
    ]);
    const said = describeDryRun(dryRun(imported, []));
    expect(said).toContain('Goal tree from another OKR tool');
    expect(said).toContain(
      "row 2: The progress written on goals that are objectives (row 2) is not imported: an objective's progress follows from its key results.",
    );
  });

  it('aligns an objective whose children are objectives, and places top-level leaves by their measure', async () => {
    // Peoplebox-style headers: parents by row id, the measure in "Goal Type".
    const imported = await plan(
      'peoplebox.csv',
      [
        'Row ID,Parent Row IDs,Goal Title,Owner Emails,Goal Type,Departments,Start Date,End Date,Starting Value,Target Value,Current Value,Progress Status',
        'C1,,Grow the business,ceo@contoso.com,,,2026-01-01,2026-12-31,,,,',
        'T1,C1,Win SMB,alex@contoso.com,,Sales,2026-07-01,2026-09-30,,,,',
        'K1,T1,New SMB logos,alex@contoso.com,Number,Sales,2026-07-01,2026-09-30,0,50,18,Off track',
        'K2,T1,Launch the SMB plan,alex@contoso.com,Binary,Sales,2026-07-01,2026-09-30,,,,Achieved',
        'K3,T1,Partner training,alex@contoso.com,Milestone,Sales,2026-07-01,2026-09-30,0,4,1,On track',
        'L1,,Support satisfaction,sam@contoso.com,Percentage,Support,2026-07-01,2026-09-30,70,90,80,At risk',
        'L2,,Be the best place to work,hr@contoso.com,,People,2026-07-01,2026-09-30,,,,',
      ].join('\n'),
    );
    expect(objectives(imported)).toEqual([
      ['Key results without an objective', undefined, 'sheet:period:Q3 2026'],
      ['Grow the business', undefined, 'sheet:period:2026'],
      ['Win SMB', 'sheet:goal:C1', 'sheet:period:Q3 2026'],
      ['Be the best place to work', undefined, 'sheet:period:Q3 2026'],
    ]);
    const orphans = imported.objectives[0]!.sourceId;
    expect(krs(imported)).toEqual([
      ['New SMB logos', 'sheet:goal:T1', 'increase', 0, 50, 18, ''],
      ['Launch the SMB plan', 'sheet:goal:T1', 'binary', 0, 1, 1, ''],
      ['Partner training', 'sheet:goal:T1', 'milestone', 0, 4, 1, ''],
      ['Support satisfaction', orphans, 'increase', 70, 90, 80, '%'],
    ]);
    expect(imported.checkIns.map((c) => c.draft.status)).toEqual([
      'behind',
      'closed',
      'onTrack',
      'atRisk',
    ]);
    expect(imported.teams.map((t) => t.draft.name)).toEqual([
      'Organisation',
      'Sales',
      'Support',
      'People',
    ]);
  });

  it('aligns an objective to every parent id listed, puts a key result under its first, and refuses a loop through any of them', async () => {
    const header =
      'Row ID,Parent Row IDs,Goal Title,Target Value,Current Value,Start Date,End Date';
    const dates = '2026-07-01,2026-09-30';
    const imported = await plan(
      'parents.csv',
      [
        header,
        `C1,,Grow,,,${dates}`,
        `C2,,Delight,,,${dates}`,
        `T1,"C1, C2",Win SMB,,,${dates}`,
        `K1,T1,Logos,50,10,${dates}`,
        `K2,C1;C2,Reviews,4,3,${dates}`,
      ].join('\n'),
    );
    const winSmb = imported.objectives.find((o) => o.draft.title === 'Win SMB')!;
    expect(winSmb.draft.alignments).toEqual([
      { objectiveId: 'sheet:goal:C1', weight: 0.5 },
      { objectiveId: 'sheet:goal:C2', weight: 0.5 },
    ]);
    expect(krs(imported).map(([title, objective]) => [title, objective])).toEqual([
      ['Logos', 'sheet:goal:T1'],
      ['Reviews', 'sheet:goal:C1'],
    ]);
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 6,
        field: 'Parent Row IDs',
        message:
          'A key result belongs to one objective: it is placed under "Grow", the first parent named; "Delight" is left out.',
      }),
    );
    const loop = await refusal(
      'loop.csv',
      [header, `C1,T1,Grow,,,${dates}`, `C2,,Delight,,,${dates}`, `T1,"C2;C1",Win,,,${dates}`].join(
        '\n',
      ),
    );
    expect(loop.message).toContain(
      'The parent goals form a loop: "Grow" (row 2) → "Win" (row 4) → "Grow" (row 2).',
    );
  });

  it('refuses a tree whose parents form a loop, naming the file, row, field and goals', async () => {
    const error = await refusal(
      'loop.csv',
      [
        'Goal name,Parent goal,Target value,Current value',
        'Company goal,Team goal,,',
        'Team goal,Company goal,,',
        'Logos,Team goal,50,10',
      ].join('\n'),
    );
    expect(error.problem).toMatchObject({ file: 'loop.csv', row: 2, field: 'Parent goal' });
    expect(error.message).toBe(
      'loop.csv, row 2, field "Parent goal": The parent goals form a loop: "Company goal" (row 2) → "Team goal" (row 3) → "Company goal" (row 2). A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top. Nothing is imported until the goal tree holds.',
    );
  });

  it('refuses a goal that is its own parent', async () => {
    const error = await refusal('self.csv', 'Goal ID,Goal name,Parent goal ID\nG1,Grow,G1\n');
    expect(error.problem).toMatchObject({ row: 2, field: 'Parent goal ID' });
    expect(error.message).toContain('"Grow" (row 2) → "Grow" (row 2)');
  });

  it('refuses a parent that is not in the file, saying how a parent is named, and every other place too', async () => {
    const error = await refusal(
      'missing.csv',
      [
        'Goal ID,Goal name,Parent goal,Target value',
        'G1,Grow revenue,,',
        'G2,New logos,Grow revenu,50',
        'G3,Churn,G9,2',
      ].join('\n'),
    );
    expect(error.problem).toMatchObject({ file: 'missing.csv', row: 3, field: 'Parent goal' });
    expect(error.message).toBe(
      'missing.csv, row 3, field "Parent goal": The parent goal "Grow revenu" is not in the file: a parent is named by its goal name, as written in column "Goal name" or by its id (column "Goal ID"); leave the cell empty for a goal at the top. ' +
        'Row 4, field "Parent goal": The parent goal "G9" is not in the file: a parent is named by its goal name, as written in column "Goal name" or by its id (column "Goal ID"); leave the cell empty for a goal at the top. ' +
        'Nothing is imported until the goal tree holds.',
    );
  });

  it('refuses a parent named by a name two goals have, and an id two goals have', async () => {
    const byName = await refusal(
      'twins.csv',
      [
        'Goal name,Parent goal,Target value',
        'Grow revenue,,',
        'Grow revenue,,',
        'New logos,Grow revenue,50',
      ].join('\n'),
    );
    expect(byName.problem).toMatchObject({ row: 4, field: 'Parent goal' });
    expect(byName.message).toContain(
      'The parent goal "Grow revenue" could be any of the 2 goals of that name (rows 2, 3): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.',
    );
    const byId = await refusal('ids.csv', 'Id,Name,Parent id\nA,Grow,\nA,Ship,\nB,Logos,A\n');
    expect(byId.problem).toMatchObject({ row: 3, field: 'Id' });
    expect(byId.message).toContain('The id "A" is also the id of row 2');
  });

  it('reads an amount type as the unit: Percent is %, Dollar is $, Digit is a plain number', async () => {
    const imported = await plan(
      'amounts.csv',
      [
        'Name,Parent goal,Amount type,Starting amount,Ending amount,Current amount,Start date,Due date',
        'Grow,,,,,,2026-07-01,2026-09-30',
        'Margin,Grow,Percent,20,30,25,2026-07-01,2026-09-30',
        'Revenue,Grow,Dollar,0,500000,120000,2026-07-01,2026-09-30',
        'Deals,Grow,Digit,0,40,12,2026-07-01,2026-09-30',
      ].join('\n'),
    );
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.unit, k.draft.current])).toEqual([
      ['Margin', '%', 25],
      ['Revenue', '$', 120_000],
      ['Deals', '', 12],
    ]);
  });

  it('says what a goal list lacks to be read as a goal tree', async () => {
    await expect(read('goals.csv', 'Goal name,Owner,Progress\nGrow,Adele,35%\n')).rejects.toThrow(
      'goals.csv, row 1: is not a file the import knows: the file has the headers "Goal name", "Owner", "Progress": for a goal tree it also needs a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column',
    );
    await expect(read('goals.csv', 'Goal,Owner\nGrow,Adele\n')).rejects.toThrow(
      /for your own sheet it also needs a key result column \(.*\); for a goal tree it also needs a parent column/,
    );
  });

  it('reads a goal list with "Title" and "Type" columns as a goal tree when that is what its headers say', async () => {
    // "Title" and "Type" are the template's too; the rest of the header is a goal tree's.
    const imported = await plan(
      'goals.csv',
      [
        'ID,Title,Type,Parent ID,Owner,Start date,Due date,Current value,Target value,Status',
        '1,Become the market leader in SMB,Company,,Adele Vance,2026-07-01,2026-09-30,,,On track',
        '2,Win 50 new SMB logos,Team,1,Alex Wilber,2026-07-01,2026-09-30,18,50,On track',
      ].join('\n'),
    );
    expect(imported.format).toBe('goalTree');
    expect(krs(imported)).toEqual([
      ['Win 50 new SMB logos', 'sheet:goal:1', 'increase', 0, 50, 18, ''],
    ]);
    expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([]);
    // The template's own header, even cut to its four required columns, is still the template.
    const template = await plan('template.csv', 'Type,Id,Parent,Title\nObjective,O1,,Grow\n');
    expect(template.format).toBe('template');
  });

  it('reads Betterworks\' "goal" and "milestone" as objective and key result, progress a percentage', async () => {
    // Betterworks' OKR upload: "goal" and "milestone" are its words for objective and key result
    // whatever the platform calls them, and progress is always a percentage
    // (https://support.betterworks.com/hc/en-us/articles/360032818992-OKR-Uploads).
    const imported = await plan(
      'betterworks.csv',
      [
        'name,type,parent,progress,start_date,end_date,owner_email,description',
        'Grow the business,goal,,,2026-07-01,2026-09-30,ceo@contoso.com,"Why we grow,\nand how"',
        'Win SMB,goal,Grow the business,40,2026-07-01,2026-09-30,alex@contoso.com,',
        'New SMB logos,milestone,Win SMB,36,2026-07-01,2026-09-30,alex@contoso.com,',
        'Partner programme live,milestone,Win SMB,,2026-07-01,2026-09-30,,',
      ].join('\r\n'),
    );
    expect(objectives(imported)).toEqual([
      ['Grow the business', undefined, 'sheet:period:Q3 2026'],
      ['Win SMB', 'sheet:goal:grow the business', 'sheet:period:Q3 2026'],
    ]);
    expect(krs(imported)).toEqual([
      ['New SMB logos', 'sheet:goal:grow the business|win smb', 'increase', 0, 100, 36, '%'],
      [
        'Partner programme live',
        'sheet:goal:grow the business|win smb',
        'increase',
        0,
        100,
        0,
        '%',
      ],
    ]);
    expect(imported.checkIns.map((c) => c.draft.value)).toEqual([36]);
    expect(imported.objectives[0]!.draft.description).toBe('Why we grow,\nand how');
    expect(imported.problems.filter((p) => p.field === 'type')).toEqual([]);
    // The dry run names rows, not the ids the import makes up, and an owner known only by email once.
    expect(imported.problems.filter((p) => p.item !== undefined)).toEqual([]);
    const said = describeDryRun(dryRun(imported, [...imported.people.values()]));
    expect(said).toContain('\n  ceo@contoso.com\n');
    expect(said).not.toContain('<ceo@contoso.com>');
  });

  it('reads a parent column named in the plural, and the unit a header notes in square brackets', async () => {
    const imported = await plan(
      'goals.csv',
      [
        'Goal name,Parent goals,Start date,Due date,Start value [€],Target value [€],Current value [€]',
        'Grow,,2026-07-01,2026-09-30,,,',
        'Revenue,Grow,2026-07-01,2026-09-30,100,250,160',
      ].join('\n'),
    );
    expect(krs(imported)).toEqual([['Revenue', 'sheet:goal:grow', 'increase', 100, 250, 160, '€']]);
    expect(imported.problems.filter((p) => p.message.includes('not read by the import'))).toEqual(
      [],
    );
  });

  it("reads headers written as a tool's API names them, and Lattice's OKR type and status words", async () => {
    // Lattice's goal fields (https://schemas.apis.io/schemas/lattice/lattice-goal/) as a CSV.
    const imported = await plan(
      'lattice-api.csv',
      [
        'id,name,okrType,parentGoalId,amountType,startingAmount,endingAmount,currentAmount,startDate,dueDate,status',
        'g1,Win SMB,objective,,,,,,2026-07-01,2026-09-30,OnTrack',
        'g2,Cut onboarding time,objective,g1,,,,,2026-07-01,2026-09-30,Progressing',
        'g3,Onboarding in days,key_result,g2,Digit,10,3,6,2026-07-01,2026-09-30,OffTrack',
      ].join('\n'),
    );
    expect(objectives(imported)).toEqual([
      ['Win SMB', undefined, 'sheet:period:Q3 2026'],
      ['Cut onboarding time', 'sheet:goal:g1', 'sheet:period:Q3 2026'],
    ]);
    expect(krs(imported)).toEqual([
      ['Onboarding in days', 'sheet:goal:g2', 'decrease', 10, 3, 6, ''],
    ]);
    expect(imported.checkIns.map((c) => c.draft.status)).toEqual(['behind']);
    expect(imported.problems.filter((p) => p.message.includes('not read'))).toEqual([]);
  });

  it("dates a check-in by Lattice's updatedAt, a Unix timestamp in seconds or milliseconds", async () => {
    // "updatedAt | integer | Unix timestamp" (https://schemas.apis.io/schemas/lattice/lattice-goal/).
    const imported = await plan(
      'lattice-api.csv',
      [
        'id,name,okrType,parentGoalId,startingAmount,endingAmount,currentAmount,startDate,dueDate,updatedAt',
        'g1,Win SMB,objective,,,,,2026-07-01,2026-09-30,1783000000',
        'g2,New logos,key_result,g1,0,50,18,2026-07-01,2026-09-30,1783000000',
        'g3,Logo churn,key_result,g1,10,3,6,2026-07-01,2026-09-30,1783086400000',
      ].join('\n'),
    );
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.at])).toEqual([
      [18, '2026-07-02T13:46:40Z'],
      [6, '2026-07-03T13:46:40Z'],
    ]);
    expect(imported.problems.filter((p) => /not a date|not read/.test(p.message))).toEqual([]);
  });

  it('leaves two unrelated goals of the same name be when no parent names them', async () => {
    const imported = await plan(
      'same.csv',
      [
        'Goal name,Parent goal,Start date,Due date,Target value,Current value',
        'Sales,,2026-07-01,2026-09-30,,',
        'Support,,2026-07-01,2026-09-30,,',
        'Improve NPS,Sales,2026-07-01,2026-09-30,60,40',
        'Improve NPS,Support,2026-07-01,2026-09-30,70,50',
      ].join('\n'),
    );
    expect(krs(imported).map(([title, objective]) => [title, objective])).toEqual([
      ['Improve NPS', 'sheet:goal:sales'],
      ['Improve NPS', 'sheet:goal:support'],
    ]);
  });
});

describe('goal trees of any shape', () => {
  it('reads every tree without a loop as objectives over key results, whatever the row order', async () => {
    const tree = fc
      .array(fc.record({ parent: fc.nat(), measured: fc.boolean(), root: fc.boolean() }), {
        minLength: 1,
        maxLength: 12,
      })
      .map((goals) =>
        // Goal i's parent is an earlier goal, so the tree has no loop.
        goals.map((goal, index) => ({
          ...goal,
          parent: index === 0 || goal.root ? undefined : goal.parent % index,
        })),
      );
    await fc.assert(
      fc.asyncProperty(tree, fc.infiniteStream(fc.nat()), async (goals, order) => {
        const rows = goals.map((goal, index) => [
          `Goal ${index}`,
          goal.parent === undefined ? '' : `goal ${goal.parent}`,
          goal.measured ? '100' : '',
          goal.measured ? '40' : '',
        ]);
        const shuffled = rows
          .map((row) => ({ row, key: order.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row.join(','));
        const imported = await plan(
          'tree.csv',
          ['Name,Parent,Target,Current,Start date,Due date', ...shuffled]
            .map((line, index) => (index > 0 ? `${line},2026-07-01,2026-09-30` : line))
            .join('\n'),
        );
        const hasChildren = new Set(goals.map((goal) => goal.parent));
        const objectiveGoals = goals.filter(
          (goal, index) => hasChildren.has(index) || (goal.parent === undefined && !goal.measured),
        );
        const orphans = goals.some(
          (goal, index) => !hasChildren.has(index) && goal.parent === undefined && goal.measured,
        );
        expect(imported.objectives).toHaveLength(objectiveGoals.length + (orphans ? 1 : 0));
        expect(imported.keyResults).toHaveLength(goals.length - objectiveGoals.length);
        const objectiveIds = new Set(imported.objectives.map((o) => o.sourceId));
        for (const kr of imported.keyResults) expect(objectiveIds).toContain(kr.draft.objectiveId);
        for (const objective of imported.objectives) {
          if (objective.draft.parentId) expect(objectiveIds).toContain(objective.draft.parentId);
        }
        expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reads any messy tree without failing: a refused file names its row and column', async () => {
    const name = fc.constantFrom('A', 'B', 'C', 'a', 'D ', '', 'Nope');
    const value = fc.constantFrom('', '12', '1,234', '25%', 'ten', '0.5', '-3');
    const word = fc.constantFrom('', 'Binary', 'Milestone', 'Company', 'Vibes', 'Percentage');
    const day = fc.constantFrom('', '2026-07-01', '2026-09-30', '31/02/2026', '3/4/2026', 'soon');
    const row = fc.tuple(name, name, word, value, value, value, value, day, day, name);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 10 }), async (rows) => {
        const text = [
          'Goal,Parent goal,Type,Start value,Target value,Current value,Progress,Start date,Due date,Status',
          ...rows.map((cells) =>
            cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','),
          ),
        ].join('\n');
        try {
          const imported = await plan('messy.csv', text);
          const objectiveIds = new Set(imported.objectives.map((o) => o.sourceId));
          for (const kr of imported.keyResults) {
            expect(objectiveIds).toContain(kr.draft.objectiveId);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFileError);
          const { row: at, field } = (error as ImportFileError).problem;
          expect(at).toBeGreaterThan(1);
          expect(field).toMatch(/^(Goal|Parent goal)$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
