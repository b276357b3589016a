/**
 * Goal lists without a parent column, as other tools export and import them: placed by an
 * outline number (BigPicture's OKR import: Order 1, 1.1, 1.1.1 beside Type and Summary), by a
 * level (1, 2, 3, each row under the nearest one level up), or by a type column saying Objective
 * or Key result with each key result below its objective. What cannot be placed for sure is
 * refused, naming the row and what would be accepted.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { planCounts } from '../../src/migrate/plan';
import { excelWorkbook } from './support/workbook';

const options = { today: '2026-08-10', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) =>
  readImportFile(name, utf8(text), undefined, { fileDate: '2026-08-05' });
const plan = async (name: string, text: string) => planImport(await read(name, text), options);

/** Each objective with the objective it aligns to, then each key result under its objective. */
const tree = (imported: ImportPlan) => {
  const title = (sourceId: string | undefined) =>
    imported.objectives.find((o) => o.sourceId === sourceId)?.draft.title;
  return [
    ...imported.objectives.map((o) => `${o.draft.title} ← ${title(o.draft.parentId) ?? '·'}`),
    ...imported.keyResults.map((k) => `  ${k.draft.title} ∈ ${title(k.draft.objectiveId)}`),
  ];
};

describe('a goal list placed by its outline numbers', () => {
  it("reads BigPicture's Order, Type and Summary: 1.1 under 1, 1.1.1 under 1.1", async () => {
    // https://appfire.atlassian.net/wiki/spaces/SPM/pages/1918406659/Import+OKRs
    const imported = await plan(
      'bigpicture.csv',
      [
        'Order,Type,Summary,Status,Period,Owner,Start value,Current value,Target value',
        '1,Objective,Establish world-class support,On track,Q3 2026,Agnette Smith,0,0,10',
        '1.1,Objective,Increase ARR,Not started,Q3 2026,Agnette Smith,0,0,10',
        '1.1.1,Key result,Sales from 10 to 20,On track,Q3 2026,Agnette Smith,10,12,20',
        '1.2,Key result,Answer within a day,At risk,Q3 2026,Bob Ray,50,60,90',
      ].join('\n'),
    );
    expect(imported.format).toBe('goalTree');
    expect(tree(imported)).toEqual([
      'Establish world-class support ← ·',
      'Increase ARR ← Establish world-class support',
      '  Sales from 10 to 20 ∈ Increase ARR',
      '  Answer within a day ∈ Establish world-class support',
    ]);
    expect(imported.keyResults.map((k) => [k.draft.start, k.draft.target])).toEqual([
      [10, 20],
      [50, 90],
    ]);
    expect(imported.checkIns.map((c) => c.draft.value)).toEqual([12, 60]);
    expect(imported.cycles.map((c) => c.draft.name)).toEqual(['Q3 2026']);
    expect(imported.problems.filter((p) => p.severity !== 'note')).toEqual([]);
  });

  it('reads the outline from a workbook whatever the row order, a trailing dot aside', async () => {
    const imported = planImport(
      await readImportFile(
        'okrs.xlsx',
        await excelWorkbook([
          {
            name: 'OKRs',
            rows: [
              ['No.', 'Goal', 'Target', 'Current'],
              ['2.1', 'NPS to 40', 40, 31],
              ['1.', 'Grow revenue', '', ''],
              ['1.1', 'ARR to €3M', '€3M', '€1.2M'],
              ['2.', 'Delight customers', '', ''],
            ],
          },
        ]),
        undefined,
        { fileDate: '2026-08-05' },
      ),
      options,
    );
    expect(tree(imported)).toEqual([
      'Grow revenue ← ·',
      'Delight customers ← ·',
      '  NPS to 40 ∈ Delight customers',
      '  ARR to €3M ∈ Grow revenue',
    ]);
  });

  it('refuses a number two goals share, saying how a spreadsheet turns 1.10 into 1.1, and a number under none', async () => {
    await expect(
      read(
        'okrs.csv',
        [
          'Outline,Goal,Target',
          '1,Grow revenue,',
          '1.1,ARR,3',
          '1.1,Tenth key result,5',
          '3.1,Orphan,2',
          'x,Not a number,1',
        ].join('\n'),
      ),
    ).rejects.toThrow(
      'okrs.csv, row 4, field "Outline": The outline number "1.1" is also row 3\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again). Row 5, field "Outline": The outline number "3.1" places the goal under 3, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number 3. Row 6, field "Outline": "x" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1). Nothing is imported until the goal tree holds.',
    );
  });
});

describe('a goal list placed by its levels', () => {
  it('puts each goal under the nearest row above it one level up', async () => {
    const imported = await plan(
      'levels.csv',
      [
        'Level,Goal name,Target value,Current value',
        '1,Company: grow,,',
        '2,Sales: win SMB,,',
        '3,New SMB logos,50,18',
        '2,Support: delight,,',
        '3,NPS,40,31',
      ].join('\n'),
    );
    expect(tree(imported)).toEqual([
      'Company: grow ← ·',
      'Sales: win SMB ← Company: grow',
      'Support: delight ← Company: grow',
      '  New SMB logos ∈ Sales: win SMB',
      '  NPS ∈ Support: delight',
    ]);
  });

  it('refuses a level that skips one, naming the row', async () => {
    await expect(
      read('levels.csv', 'Level,Goal name,Target value\n1,Grow,\n3,ARR,3\n'),
    ).rejects.toThrow(
      'levels.csv, row 3, field "Level": The goal is at level 3, but no goal at level 2 is above it',
    );
  });
});

describe('a goal list placed by its types, each key result below its objective', () => {
  it('puts each key result under the nearest objective above it, and its initiatives under it', async () => {
    const imported = await plan(
      'typed.csv',
      [
        'Type,Name,Owner,Target,Current,Status,Due date',
        'Objective,Grow revenue,Ann Lee,,,,',
        'Key result,ARR to 3M,Ann Lee,3000000,1200000,,',
        'Project,Price page redesign,Ann Lee,,,In progress,2026-03-15',
        'Task,Write the copy,Bob Ray,,,Done,',
        'KR,Churn below 2%,Bob Ray,2%,3%,,',
        'Objective,Delight customers,Cy Dee,,,,',
        'Initiative,Launch a help centre,Cy Dee,,,,',
        'Key Result,NPS to 40,Cy Dee,40,31,,',
        'Spike,Try a chatbot,Cy Dee,,,,',
      ].join('\n'),
    );
    expect(tree(imported)).toEqual([
      'Grow revenue ← ·',
      'Delight customers ← ·',
      '  ARR to 3M ∈ Grow revenue',
      '  Churn below 2% ∈ Grow revenue',
      '  NPS to 40 ∈ Delight customers',
    ]);
    const krTitle = (id: string) => imported.keyResults.find((k) => k.sourceId === id)?.draft.title;
    expect(
      imported.initiatives.map((i) => [
        i.draft.title,
        krTitle(i.draft.keyResultId),
        i.draft.status,
        i.draft.dueDate,
      ]),
    ).toEqual([
      ['Price page redesign', 'ARR to 3M', 'inProgress', '2026-03-15'],
      ['Write the copy', 'ARR to 3M', 'done', undefined],
      // Above the objective's first key result, it goes under that key result, and says so.
      ['Launch a help centre', 'NPS to 40', 'notStarted', undefined],
    ]);
    expect(planCounts(imported).initiatives).toBe(3);
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 8,
        message: "It sat under an objective; it is kept under that objective's first key result.",
      }),
    );
    expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([
      expect.objectContaining({
        row: 10,
        field: 'Type',
        message:
          'The type "Spike" says neither objective nor key result nor initiative (accepted: Objective, Goal; Key result, KR, Milestone, Outcome; Initiative, Project, Task), and the sheet has no parent column to place it by; the row is left out.',
      }),
    ]);
  });

  it("imports a typed list's initiatives under the goal its parent column names", async () => {
    const imported = await plan(
      'typed.csv',
      [
        'Type,Name,Parent,Target',
        'Objective,Grow revenue,,',
        'Key result,ARR to 3M,Grow revenue,3',
        'Initiative,Price page redesign,ARR to 3M,',
        'Task,Write the copy,Price page redesign,',
      ].join('\n'),
    );
    // The key result with initiatives under it stays a key result, not an objective.
    expect(tree(imported)).toEqual(['Grow revenue ← ·', '  ARR to 3M ∈ Grow revenue']);
    expect(imported.initiatives.map((i) => i.draft.title)).toEqual([
      'Price page redesign',
      'Write the copy',
    ]);
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 5,
        message:
          'It sits under "Price page redesign", itself an initiative; initiatives do not nest, so it is an initiative of "ARR to 3M".',
      }),
    );
  });

  it("reads Betterworks' goal and milestone rows in order", async () => {
    const imported = await plan(
      'betterworks.csv',
      [
        'name,type,progress,start_date,end_date,owner_email',
        'Grow the business,goal,,2026-07-01,2026-09-30,ceo@contoso.com',
        'New SMB logos,milestone,36,2026-07-01,2026-09-30,alex@contoso.com',
      ].join('\n'),
    );
    expect(tree(imported)).toEqual([
      'Grow the business ← ·',
      '  New SMB logos ∈ Grow the business',
    ]);
  });

  it('refuses a key result above every objective', async () => {
    await expect(
      read('typed.csv', 'Type,Title,Target\nKey result,ARR,3\nObjective,Grow,\n'),
    ).rejects.toThrow(
      'typed.csv, row 2, field "Type": The key result "ARR" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.',
    );
  });
});

describe('a goal list that nothing places', () => {
  it('is refused, saying what each column lacks and what would be accepted', async () => {
    const refused = read(
      'goals.csv',
      'No.,Goal name,Type,Level,Target\n1,Grow,Number,Company,3\n2,Ship,Percentage,Team,50\n',
    );
    await expect(refused).rejects.toThrow(
      'goals.csv, row 1, field "Type": The goals cannot be placed in a tree: it has no parent column, its column "No." numbers the goals without numbers under them (1.1, 1.2), its column "Level" does not give every goal a level as a number (1, 2, 3), its column "Type" does not say which goals are objectives and which key results. Add a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column',
    );
    await expect(refused).rejects.toThrow(
      /or an outline column numbering the goals 1, 1\.1, 1\.2 \("Order", "Outline", "No\.", "#", "WBS"\); or a level column giving their depth 1, 2, 3 \("Level", "Depth", "Indent"\), each goal below its parent; or a type column saying on each row whether it is an objective or a key result \(Objective, Goal; Key result, KR, Milestone, Outcome\), each key result below its objective \(and an initiative, Initiative, Project, Task, below its key result\)\./,
    );
  });

  it('says what a goal list without such columns lacks', async () => {
    await expect(read('goals.csv', 'Goal name,Owner,Progress\nGrow,Adele,35%\n')).rejects.toThrow(
      /^goals\.csv, row 1: is not a file the import knows: the file has the headers "Goal name", "Owner", "Progress": for a goal tree it also needs a parent column naming each goal's parent \(.*\); or an outline column numbering the goals 1, 1\.1, 1\.2 .*; or a type column saying on each row whether it is an objective or a key result/,
    );
  });
});
