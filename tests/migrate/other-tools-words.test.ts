/**
 * Words other goal tools use for what the import reads, in a sheet exported from them: their
 * names for a key result, and status words written where another column was expected.
 */
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';

const plan = (rows: readonly string[]) => planSheet('export.csv', utf8(rows.join('\n')));

describe("Tability's outcomes", () => {
  // Tability calls key results "Outcomes/Key Results":
  // https://guides.tability.io/docs/readme/how-does-tability-work
  it('reads an Outcome column as the key result, its Confidence of On track / At risk as the status', async () => {
    const imported = await plan([
      'Plan,Objective,Outcome,Owner,Start value,Target,Current value,Confidence,Last check-in',
      'Q1 2026 Growth,Grow the user base,Reach 10k weekly users,Ana Silva,4000,10000,6500,On track,2026-02-05',
      'Q1 2026 Growth,Grow the user base,Cut churn below 3%,Ben Ode,5%,3%,4.1%,Off track,2026-02-03',
    ]);
    expect(imported.format).toBe('ownSheet');
    expect(keyResultRows(imported)).toEqual([
      ['Grow the user base', 'Reach 10k weekly users', 4000, 10000, 6500, '', 'Ana Silva'],
      ['Grow the user base', 'Cut churn below 3%', 5, 3, 4.1, '%', 'Ben Ode'],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.status, c.draft.confidence])).toEqual([
      ['onTrack', undefined],
      ['behind', undefined],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: undefined,
      field: undefined,
      message:
        'The column "Confidence" says statuses (such as "On track"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.',
    });
    expect(imported.problems.filter((p) => p.severity !== 'note')).toEqual([]);
  });

  it('reads a type of Outcome in a goal list as a key result', async () => {
    const imported = await plan([
      'Type,Title,Owner,Period,Target,Current',
      'Objective,Grow the user base,Ana Silva,Q1 2026,,',
      'Outcome,Reach 10k weekly users,Ben Ode,Q1 2026,10000,6500',
    ]);
    expect(keyResultRows(imported)).toEqual([
      ['Grow the user base', 'Reach 10k weekly users', 0, 10000, 6500, '', 'Ben Ode'],
    ]);
  });

  it('keeps a number in the confidence column a confidence beside a status column', async () => {
    const imported = await plan([
      'Objective,Outcome,Target,Current,Status,Confidence,Date,Quarter',
      'Grow,Reach 10k weekly users,10000,6500,At risk,7,2026-02-05,Q1 2026',
    ]);
    expect(imported.checkIns.map((c) => [c.draft.status, c.draft.confidence])).toEqual([
      ['atRisk', 7],
    ]);
  });
});

describe('status words of other tools and templates', () => {
  it("reads Atlassian's Pending, an overdue goal, and a traffic light drawn as an emoji", async () => {
    // https://support.atlassian.com/platform-experiences/docs/use-goal-status-to-track-objectives-and-key-results
    const statuses = ['Pending', 'Overdue', '🟢 On track', '🟡', '🔴 Off track', '✅ Done'];
    const imported = await plan([
      'Objective,Key result,Target,Current,Status,Date,Quarter',
      ...statuses.map((status, at) => `Grow,KR ${at + 1},10,4,${status},2026-02-05,Q1 2026`),
    ]);
    expect(imported.checkIns.map((c) => c.draft.status)).toEqual([
      'notStarted',
      'behind',
      'onTrack',
      'atRisk',
      'behind',
      'closed',
    ]);
    expect(imported.problems.filter((p) => /status/.test(p.message))).toEqual([]);
  });
});

describe('progress written as a word', () => {
  it('reads Done and Completed as all the way and Not started as none, In progress named', async () => {
    const imported = await plan([
      'Objective,Key result,Progress,Date,Quarter',
      'Grow,Ship the app,Done,2026-02-05,Q1 2026',
      'Grow,Sign partners,Completed,2026-02-05,Q1 2026',
      'Grow,Open Berlin,Not started,2026-02-05,Q1 2026',
      'Grow,Hire a lead,In progress,2026-02-05,Q1 2026',
    ]);
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.current])).toEqual([
      ['Ship the app', 100],
      ['Sign partners', 100],
      ['Open Berlin', 0],
    ]);
    expect(problemsOf(imported)).toContainEqual(
      expect.objectContaining({
        row: 5,
        field: 'Progress',
        message: expect.stringMatching(/^"In progress" is not a number/),
      }),
    );
  });

  it('reads them in a goal tree too', async () => {
    const imported = await plan([
      'Goal name,Parent goal,Progress,Period',
      'Grow,,,Q1 2026',
      'Ship the app,Grow,Complete,Q1 2026',
    ]);
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.current])).toEqual([
      ['Ship the app', 100],
    ]);
  });
});

describe("a cycle column named as Quantive's sessions or as a time frame", () => {
  // https://help.quantive.com/en/articles/5993028-importing-exporting-and-bulk-changing-data-in-quantive-results
  it("puts each objective in its session's cycle, not the file's quarter", async () => {
    const imported = await plan([
      'Session,Objective,Key Result,Key Result Owner,Initial Value,Target,Actual',
      'Q3 2026,Grow pipeline,Qualified leads,Ben Ode,100,500,260',
    ]);
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q3 2026', '2026-07-01', '2026-09-30'],
    ]);
  });

  it('reads a "Time frame" in a goal tree', async () => {
    const imported = await plan([
      'Goal name,Parent goal,Time frame,Target,Current',
      'Grow,,H2 2026,,',
      'Qualified leads,Grow,H2 2026,500,260',
    ]);
    expect(imported.cycles.map((c) => c.draft.name)).toEqual(['H2 2026']);
  });
});

describe("an Initiatives column beside each key result, as Tability's export has it", () => {
  it('makes each initiative listed in the cell, one a line, an initiative of the row’s key result', async () => {
    const imported = await plan([
      'Objective,Outcome,Target,Current,Quarter,Initiatives',
      'Grow the user base,Reach 10k weekly users,10000,6500,Q1 2026,"• Referral campaign\n• Onboarding emails"',
      'Grow the user base,Cut churn,3,4,Q1 2026,',
    ]);
    const keyResult = (id: string | undefined) =>
      imported.keyResults.find((k) => k.sourceId === id)?.draft.title;
    expect(
      imported.initiatives.map((i) => [i.draft.title, keyResult(i.draft.keyResultId)]),
    ).toEqual([
      ['Referral campaign', 'Reach 10k weekly users'],
      ['Onboarding emails', 'Reach 10k weekly users'],
    ]);
    expect(imported.problems.map((p) => p.message).join('\n')).not.toMatch(/Initiatives/);
  });
});

describe('a sheet without a cycle column, exported a while ago', () => {
  it("puts each objective in the quarter its first row's check-in was made in, not the file's", async () => {
    const imported = await plan([
      'Objective,Outcome,Target,Current,Last check-in',
      'Grow the user base,Reach 10k weekly users,10000,6500,"Thursday, November 20, 2025"',
      'Grow the user base,Cut churn,3,4,2025-11-18',
      'Ship faster,Weekly releases,12,9,2026-01-15',
    ]);
    expect(
      imported.objectives.map((o) => [
        o.draft.title,
        imported.cycles.find((c) => c.sourceId === o.draft.cycleId)?.draft.name,
      ]),
    ).toEqual([
      ['Grow the user base', 'Q4 2025'],
      ['Ship faster', 'Q1 2026'],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: undefined,
      field: undefined,
      message:
        'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row 2: Q4 2025). Add a "Quarter" column to say otherwise.',
    });
  });
});
