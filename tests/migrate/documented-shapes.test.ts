/**
 * Spreadsheets of OKR and goal tools as their own documentation lays them out, with every
 * documented column (the ones the import does not read among them): each is read to its
 * objectives and key results, or what it cannot keep is named, never refused for a column it
 * does not know.
 */
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';

interface Shape {
  readonly tool: string;
  /** The page that documents the columns. */
  readonly documented: string;
  readonly rows: readonly string[];
  readonly keyResults: readonly (readonly unknown[])[];
  /** Cycles as [name, start, end]. */
  readonly cycles: readonly (readonly string[])[];
}

const shapes: readonly Shape[] = [
  {
    tool: 'Culture Amp individual goals import template (key results side by side)',
    documented:
      'https://support.cultureamp.com/en/articles/7048435-guide-to-populating-individual-goals-import-template',
    rows: [
      'email,name,description,visibility,individual_emails,due_at,created_at,priority,status,completion,key_result_1_title,key_result_1_completion,key_result_2_title,key_result_2_completion',
      'megan@contoso.com,Grow the mid-market,Where we win,everyone,,2026-09-30,2026-07-01,1,ongoing,,Sign 5 partners,0.6,Ship the connector,0.25',
    ],
    keyResults: [
      ['Grow the mid-market', 'Sign 5 partners', 0, 100, 60, '%', 'megan@contoso.com'],
      ['Grow the mid-market', 'Ship the connector', 0, 100, 25, '%', 'megan@contoso.com'],
    ],
    // No cycle column: the cycle its due date falls in, not the file's quarter.
    cycles: [['Q3 2026', '2026-07-01', '2026-09-30']],
  },
  {
    tool: "Elevo's objectives import (one objective a row, its indicators as KPI 1, KPI 2 …)",
    documented:
      'https://docs.elevo.fr/hc/en-us/articles/4404721646737-Import-objectives-to-Elevo-launch',
    rows: [
      'Login,Obj Title,Description,Due date,Completion of the obj in %,KPI 1 - Title,KPI 1 - Completion,KPI 1 - Initial value,KPI 1 - Target value,KPI 1 - Current value,KPI 2 - Title,KPI 2 - Completion,KPI 2 - Initial value,KPI 2 - Target value,KPI 2 - Current value',
      'marie@contoso.com,Grow the French market,Why France,2026-06-30,,Signed resellers,,0,12,5,Launch the French site,80,,,',
      'paul,Cut churn,,2026-06-30,40,Churned accounts,,30,10,22,,,,,',
    ],
    keyResults: [
      ['Grow the French market', 'Signed resellers', 0, 12, 5, '', 'marie@contoso.com'],
      ['Grow the French market', 'Launch the French site', 0, 100, 80, '%', 'marie@contoso.com'],
      ['Cut churn', 'Churned accounts', 30, 10, 22, '', 'paul'],
    ],
    // No cycle column: the quarter of the first row's due date.
    cycles: [['Q2 2026', '2026-04-01', '2026-06-30']],
  },
  {
    tool: 'Peoplebox goals import (V2), every documented column',
    documented:
      'https://help.peoplebox.ai/hc/peoplebox-help-center/articles/1756218434-goals-import-via-csv-v2',
    rows: [
      'Row ID,Parent Row IDs,Parent Goal IDs,Goal ID,Action,Goal Title,Owner Emails,Goal Cycle,Goal Type,Scope,Departments,Start Date,End Date,Description,Starting Value,Target Value,Current Value,Progress Status,Check-in Type,Tags',
      'O1,,,,,Win SMB,alex@contoso.com,Quarterly,Default Progress,Department,Sales,2026-07-01,2026-09-30,Why SMB,,,,,Auto Rollup,growth',
      'K1,O1,,,,New SMB logos,alex@contoso.com,Quarterly,Number,Department,Sales,2026-07-01,2026-09-30,,0,50,18,On track,Manual,',
      'K2,O1,,,,Bookings,"alex@contoso.com,sam@contoso.com",Quarterly,Dollar,Department,Sales,2026-07-01,2026-09-30,,0,1.2M,450k,Off track,Manual,',
    ],
    keyResults: [
      ['Win SMB', 'New SMB logos', 0, 50, 18, '', 'alex@contoso.com'],
      ['Win SMB', 'Bookings', 0, 1_200_000, 450_000, '$', 'alex@contoso.com'],
    ],
    cycles: [['Q3 2026', '2026-07-01', '2026-09-30']],
  },
  {
    tool: "BigPicture's OKR import sample (Period as Q3 Y2025, Teams listed, a theme's Period left empty)",
    documented: 'https://appfire.atlassian.net/wiki/spaces/SPM/pages/1918406659/Import+OKRs',
    rows: [
      'Order,Type,Summary,Status,Period,Owner,Weight,OKR type,Labels,Teams,Expected start date,Expected end date,Start value,Current value,Target value,Description',
      '1,Objective,Establish world-class support,On track,,Agnette Smith,1,Strategic theme,,,,,0,0,10,',
      '1.1,Objective,Increase ARR,not Started,Q3 Y2025,Agnette Smith,1,Company,,"Alpha, Beta",,,0,0,10,',
      '1.2,Objective,Optimize sales processes,AT RISK,Q3 Y2025,agnette.smith@appfire.com,,Team,,Alpha,,,0,0,20,',
      '1.2.1,Key result,Increase sales,On track,Y2025,Agnette Smith,,,,,,,10,12,20,',
    ],
    keyResults: [['Optimize sales processes', 'Increase sales', 10, 20, 12, '', 'Agnette Smith']],
    // The theme goes in the cycle its objectives name, not the file's quarter.
    cycles: [['Q3 Y2025', '2025-07-01', '2025-09-30']],
  },
  {
    tool: 'Goalscape CSV import and export (the main goal under "Main", each subgoal under L1 … Ln)',
    documented:
      'https://goalscape.tenderapp.com/kb/general-questions/requirements-for-goalscape-csv-import-source-file',
    rows: [
      'Main,L1,L2,Importance,Progress,Start Date,Due Date,Notes',
      'Company 2026,,,100,,2026-01-01,2026-12-31,',
      ',Grow revenue,,60,,,,Where we win',
      ',,New ARR,50,40,,,',
      ',,Churn down,50,70,,,',
      ',Hire well,,40,,,,',
      ',,Offers accepted,100,25,,,',
    ],
    keyResults: [
      ['Grow revenue', 'New ARR', 0, 100, 40, '%', undefined],
      ['Grow revenue', 'Churn down', 0, 100, 70, '%', undefined],
      ['Hire well', 'Offers accepted', 0, 100, 25, '%', undefined],
    ],
    // The main goal's dates, which its subgoals inherit.
    cycles: [['2026', '2026-01-01', '2026-12-31']],
  },
];

describe('spreadsheets of other OKR tools, as their documentation lays them out', () => {
  it.each(shapes.map((shape) => [shape.tool, shape] as const))('%s', async (_, shape) => {
    const plan = await planSheet('export.csv', utf8(shape.rows.join('\n')));
    expect(keyResultRows(plan)).toEqual(shape.keyResults);
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual(
      shape.cycles,
    );
  });
});

// https://help.ally.io/en/articles/5221009-filling-okr-templates-when-your-objectives-are-aspirational-and-key-results-are-measurable
describe("Ally's OKR import template (Viva Goals before it was Microsoft's), its first seven columns as documented", () => {
  const rows = [
    'Row ID,Title,Parent,Entity,Owner Email,Time Period,Start Date',
    '1,Win the mid-market,,Contoso,ana@contoso.com,Q3 2026,2026-07-01',
    '2,Sign 20 partners,1,Sales,ben@contoso.com,Q3 2026,2026-07-01',
    '3,Grow my network,,Individual,dee@contoso.com,Q3 2026,2026-07-01',
    '4,Meet 10 customers,3,Individual,dee@contoso.com,Q3 2026,2026-07-01',
    '5,Ship the connector,,"Product\nSales",cy@contoso.com,Q3 2026,2026-07-01',
    '6,Connector in beta,5,"Product\nSales",cy@contoso.com,Q3 2026,2026-07-01',
  ];

  it("places each OKR under its parent's Row ID, in the team its Entity names", async () => {
    const plan = await planSheet('ally-okrs.csv', utf8(rows.join('\n')));
    expect(keyResultRows(plan)).toEqual([
      ['Win the mid-market', 'Sign 20 partners', 0, 100, 0, '%', 'ben@contoso.com'],
      ['Grow my network', 'Meet 10 customers', 0, 100, 0, '%', 'dee@contoso.com'],
      ['Ship the connector', 'Connector in beta', 0, 100, 0, '%', 'cy@contoso.com'],
    ]);
    const teamOf = (title: string) =>
      plan.teams.find(
        (t) => t.sourceId === plan.objectives.find((o) => o.draft.title === title)?.draft.teamId,
      )?.draft.name;
    expect(['Win the mid-market', 'Grow my network', 'Ship the connector'].map(teamOf)).toEqual([
      'Contoso',
      'Organisation',
      'Product',
    ]);
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q3 2026', '2026-07-01', '2026-09-30'],
    ]);
  });

  it('says where an Individual OKR goes, and which of several teams one a line is kept', async () => {
    const plan = await planSheet('ally-okrs.csv', utf8(rows.join('\n')));
    expect(problemsOf(plan)).toEqual(
      expect.arrayContaining([
        {
          row: 4,
          field: 'Entity',
          message:
            '"Individual" (rows 4, 5) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.',
        },
        {
          row: 6,
          field: 'Entity',
          message: 'It names 2 teams (Product, Sales); it is kept in the first, "Product".',
        },
      ]),
    );
    expect(problemsOf(plan).map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('"Entity" is not read'),
    );
  });
});

describe('a sheet without a cycle column', () => {
  it("puts each objective in the cycle its first row's dates give, and says so", async () => {
    const plan = await planSheet(
      'export.csv',
      utf8(
        [
          'Objective,Key result,Start date,Due date,Target',
          'Win SMB,New logos,2026-07-01,2026-09-30,50',
          'Win SMB,Partner deals,2026-07-01,2026-12-31,5',
          'Hire well,Offers accepted,,2026-05-15,10',
        ].join('\n'),
      ),
    );
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q3 2026', '2026-07-01', '2026-09-30'],
      ['Q2 2026', '2026-04-01', '2026-06-30'],
    ]);
    expect(plan.objectives.map((o) => [o.draft.title, o.draft.cycleId])).toEqual([
      ['Win SMB', 'sheet:period:Q3 2026'],
      ['Hire well', 'sheet:period:Q2 2026'],
    ]);
    expect(problemsOf(plan).map((p) => p.message)).toContain(
      'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row 2: Q3 2026). Add a "Quarter" column to say otherwise.',
    );
  });
});

describe('a goal outline laid out across columns, one column a depth', () => {
  const outline = (rows: readonly string[]) =>
    planSheet('goals.csv', utf8(['Main,L1,L2,Progress', ...rows].join('\n')));

  it('places each goal under the nearest goal above it one column to the left', async () => {
    const plan = await outline([
      'Company 2026,,,',
      ',Grow revenue,,',
      ',,New ARR,40',
      ',Hire well,,',
      ',,Offers accepted,25',
    ]);
    const titleOf = (id: string | undefined) =>
      plan.objectives.find((o) => o.sourceId === id)?.draft.title;
    expect(plan.objectives.map((o) => [o.draft.title, titleOf(o.draft.parentId)])).toEqual([
      ['Company 2026', undefined],
      ['Grow revenue', 'Company 2026'],
      ['Hire well', 'Company 2026'],
    ]);
    // The outline columns are read, not said to be ignored.
    expect(
      problemsOf(plan)
        .map((p) => p.message)
        .join(' '),
    ).not.toMatch(/"Main"|"L1"|"L2"/);
  });

  it('refuses a goal two columns right of the one above it, naming its row', async () => {
    await expect(outline(['Company 2026,,,', ',,New ARR,40'])).rejects.toThrow(
      'goals.csv, row 3, field "Outline level": The goal is at level 3, but no goal at level 2 is above it',
    );
  });
});

describe("a goal list's cycle and team cells", () => {
  it('says when a cycle names no dates, and where its goals go instead', async () => {
    const plan = await planSheet(
      'goals.csv',
      utf8(
        [
          'Goal name,Parent goal,Cycle,Due date,Target',
          'Grow revenue,,Sprint 12,2026-05-20,',
          'New ARR,Grow revenue,Sprint 12,,100',
        ].join('\n'),
      ),
    );
    expect(plan.cycles.map((c) => c.draft.name)).toEqual(['Q2 2026']);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'Cycle',
      message:
        'The cycle "Sprint 12" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in Q2 2026, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.',
    });
  });

  it('keeps a goal in the first team a Teams column lists, and says so', async () => {
    const plan = await planSheet(
      'goals.csv',
      utf8(
        ['Goal name,Parent goal,Teams,Target', 'Grow,,"Alpha, Beta",', 'ARR,Grow,,100'].join('\n'),
      ),
    );
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Alpha']);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'Teams',
      message: 'It names 2 teams (Alpha, Beta); it is kept in the first, "Alpha".',
    });
  });
});

describe('values an objective row gives itself, beside its key results', () => {
  it("says Culture Amp's completion of a goal without key results is not imported, and why", async () => {
    // "completion … Only needs to be populated if no key results are added" (Culture Amp's guide).
    const plan = await planSheet(
      'goals.csv',
      utf8(
        [
          'email,name,due_at,status,completion,key_result_1_title,key_result_1_completion',
          'megan@contoso.com,Grow the mid-market,2026-09-30,ongoing,,Sign 5 partners,0.6',
          'megan@contoso.com,Hire well,2026-09-30,blocked,0.35,,',
        ].join('\n'),
      ),
    );
    expect(plan.objectives.map((o) => o.draft.title)).toEqual(['Grow the mid-market', 'Hire well']);
    const messages = problemsOf(plan).map((p) => p.message);
    expect(messages).toContain(
      '"completion" gives objectives a value of their own (row 3), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.',
    );
    expect(messages.join(' ')).not.toMatch(/"completion"[^.]* not read by the import/);
  });
});

describe("a goal list's columns named after the goal", () => {
  it("reads Cornerstone's Goal Title, Goal Start Date, Goal End Date, Goal % Completion beside a parent column", async () => {
    // https://help.csod.com/help/csod_0/Content/Edge/Import/Edge_Import_Loads/Performance_Loads/Edge_Import_-_User_Goals_Load.htm
    const plan = await planSheet(
      'goals.csv',
      utf8(
        [
          'User ID,Goal ID,Goal Title,Goal Description,Goal Start Date,Goal End Date,Goal % Completion,Goal Weight,Parent goal',
          'adele,G1,Grow revenue,Where we win,2026-07-01,2026-09-30,,50,',
          'adele,G2,New ARR,,2026-07-01,2026-09-30,40,50,Grow revenue',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([['Grow revenue', 'New ARR', 0, 100, 40, '%', undefined]]);
    expect(plan.objectives.map((o) => o.draft.description)).toEqual(['Where we win']);
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q3 2026', '2026-07-01', '2026-09-30'],
    ]);
    expect(problemsOf(plan).map((p) => p.message)).toContain(
      'The columns "User ID", "Goal Weight" are not read by the import and are ignored.',
    );
  });
});

describe('an owner given by "Owner Email ID"', () => {
  it("is read as the owner's email in your own sheet, as Engagedly and PeopleCues name the column", async () => {
    // https://engagedly.freshdesk.com/support/solutions/articles/6000230429-uploading-goals-in-bulk-through-excel-file,
    // https://docs.xto10x.com/peoplecues/objectives/objectives-bulk-upload (Owner_Email_ID)
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Owner_Email_ID,Target,Current',
          'Grow revenue,New ARR,alex@contoso.com,100,40',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Grow revenue', 'New ARR', 0, 100, 40, '', 'alex@contoso.com'],
    ]);
    expect(plan.keyResults[0]!.draft.owner?.email).toBe('alex@contoso.com');
  });
});
