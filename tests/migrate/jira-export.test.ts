/**
 * Jira Cloud's CSV export, read as it is written: one row per issue (Summary, Issue key, Issue
 * id, Parent as the parent's Issue id, Issue Type, Status, Assignee, Due date as dd/MMM/yy, custom
 * fields as "Custom field (…)", a field of several values as its header repeated). Epics are
 * objectives, their issues key results done when Done, sub-tasks initiatives; an OKR app's
 * Objective and Key Result issue types are read as they say, the work under them initiatives.
 * What is not read is named in the dry run.
 */
import { readImportFile, type ImportPlan } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { planSheet, utf8 } from './support/sheet-plan';

const plan = (text: string) => planSheet('Jira.csv', utf8(text));
const objectiveOf = (imported: ImportPlan, id: string) =>
  imported.objectives.find((o) => o.sourceId === id)?.draft.title;
const keyResultOf = (imported: ImportPlan, id: string) =>
  imported.keyResults.find((k) => k.sourceId === id)?.draft.title;

describe("Jira Cloud's CSV export of epics, stories and sub-tasks", () => {
  const csv = [
    'Summary,Issue key,Issue id,Parent,Issue Type,Status,Project name,Assignee,Reporter,Due date,Labels,Labels,Labels,Sprint,Sprint,Custom field (Story Points),Custom field (Start date),Parent summary',
    'Checkout revamp,ENG-1,10001,,Epic,In Progress,Shop,Adele Vance,Bob Ray,31/Mar/26 5:00 PM,web,q1,,,,,01/Jan/26,',
    'Speed up payment,ENG-2,10002,10001,Story,Done,Shop,Jane Doe,Bob Ray,28/Feb/26,,,,S1,S2,5,,Checkout revamp',
    'Card form,ENG-3,10003,10001,Story,In Progress,Shop,Jane Doe,Bob Ray,,,,,S2,,3,,Checkout revamp',
    'Write tests,ENG-4,10004,10003,Sub-task,To Do,Shop,Jane Doe,Bob Ray,,,,,,,,,Card form',
    'Old story,ENG-5,10005,10099,Story,To Do,Shop,,Bob Ray,,,,,,,,,Last year',
  ].join('\n');

  it('maps epics to objectives, their issues to key results done when Done, sub-tasks to initiatives', async () => {
    const imported = await plan(csv);
    expect(imported.format).toBe('goalTree');
    // Its epic left out of the export, "Old story" goes under one made from its Parent summary.
    expect(imported.objectives.map((o) => o.draft.title)).toEqual(['Checkout revamp', 'Last year']);
    expect(
      imported.keyResults.map((k) => [
        k.draft.title,
        objectiveOf(imported, k.draft.objectiveId),
        k.draft.kind,
        k.draft.current,
        k.draft.owner?.displayName,
      ]),
    ).toEqual([
      ['Speed up payment', 'Checkout revamp', 'binary', 1, 'Jane Doe'],
      ['Card form', 'Checkout revamp', 'binary', 0, 'Jane Doe'],
      ['Old story', 'Last year', 'binary', 0, undefined],
    ]);
    expect(
      imported.initiatives.map((i) => [
        i.draft.title,
        keyResultOf(imported, i.draft.keyResultId),
        i.draft.status,
      ]),
    ).toEqual([['Write tests', 'Card form', 'notStarted']]);
    // The epic's Start date (a custom field) and Due date (dd/MMM/yy h:mm a) give its cycle.
    expect(imported.cycles.map((c) => [c.draft.start, c.draft.end])).toContainEqual([
      '2026-01-01',
      '2026-03-31',
    ]);
  });

  it('names in the dry run how it was read, the parent left out of the export, and the columns not read once each', async () => {
    const text = describeDryRun(dryRun(await plan(csv)));
    expect(text).toContain(
      'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.',
    );
    expect(text).toContain(
      'Jira.csv, row 6, field "Parent": Its parent, issue 10099 ("Last year"), is not in the file (the export\'s filter left it out): an objective "Last year" is made from its Parent summary to hold the issues under it.',
    );
    expect(text).toContain(
      'The columns "Project name", "Reporter", "Labels" (3 columns), "Sprint" (2 columns), "Custom field (Story Points)" are not read by the import and are ignored.',
    );
  });

  it('finds an epic by the key an older export writes in Custom field (Epic Link)', async () => {
    const imported = await plan(
      [
        'Issue Type,Issue key,Issue id,Parent id,Summary,Status,Custom field (Epic Link)',
        'Epic,ENG-1,10001,,Checkout revamp,In Progress,',
        'Story,ENG-2,10002,,Speed up payment,Done,ENG-1',
        'Sub-task,ENG-3,10003,10002,Measure it,Done,',
        'Story,ENG-4,10004,10099,Lost story,To Do,',
      ].join('\n'),
    );
    // Without a Parent summary, an issue whose parent was left out is imported without it.
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 5,
        message: expect.stringMatching(
          /^Its parent, issue 10099, is not in the file \(the export's filter left it out\), so it is imported as if it had none\./,
        ),
      }),
    );
    expect(imported.keyResults.map((k) => objectiveOf(imported, k.draft.objectiveId))).toEqual([
      'Checkout revamp',
      'Key results without an objective',
    ]);
    expect(imported.initiatives.map((i) => [i.draft.title, i.draft.status])).toEqual([
      ['Measure it', 'done'],
    ]);
  });
});

describe("Jira's statuses and its other exports", () => {
  it('takes an issue as done by its Status Category, or a Closed or Resolved status', async () => {
    const imported = await plan(
      [
        'Issue Type,Issue key,Issue id,Parent,Summary,Status,Status Category',
        'Epic,ENG-1,1,,Checkout revamp,Open,To Do',
        'Story,ENG-2,2,1,Shipped one,Shipped,Done',
        'Story,ENG-3,3,1,Reviewed one,In Review,In Progress',
      ].join('\n'),
    );
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.current])).toEqual([
      ['Shipped one', 1],
      ['Reviewed one', 0],
    ]);
    const older = await plan(
      [
        'Issue Type,Issue key,Issue id,Parent id,Summary,Status',
        'Epic,ENG-1,1,,Checkout revamp,Open',
        'Bug,ENG-2,2,1,Fixed one,Resolved',
        'Task,ENG-3,3,1,Closed one,Closed',
      ].join('\n'),
    );
    expect(older.keyResults.map((k) => k.draft.current)).toEqual([1, 1]);
  });

  it('refuses Jira\'s "Export Excel" (a web page named .xls), saying to export CSV', async () => {
    await expect(
      readImportFile(
        'Jira.xls',
        new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body><table>'),
      ),
    ).rejects.toThrow(
      'Jira.xls: is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)")',
    );
  });
});

describe("an OKR app for Jira's export: Objective and Key Result issue types", () => {
  it('reads them as they say, and the epics and stories under them as initiatives', async () => {
    const imported = await plan(
      [
        'Summary,Issue key,Issue id,Parent,Issue Type,Status,Assignee,Due date',
        'Grow revenue,OKR-1,20001,,Objective,In Progress,Adele Vance,30/Jun/26',
        'ARR to 3M,OKR-2,20002,20001,Key Result,In Progress,Adele Vance,',
        'Price page,OKR-3,20003,20002,Epic,Done,Jane Doe,15/May/26',
        'Copy for it,OKR-4,20004,20003,Story,In Progress,Jane Doe,',
        'Hire an SDR,OKR-5,20005,20001,Task,To Do,Bob Ray,',
        'Loose bug,OKR-6,20006,,Bug,To Do,,',
      ].join('\n'),
    );
    expect(imported.objectives.map((o) => o.draft.title)).toEqual(['Grow revenue']);
    expect(imported.keyResults.map((k) => k.draft.title)).toEqual(['ARR to 3M']);
    expect(
      imported.initiatives.map((i) => [
        i.draft.title,
        keyResultOf(imported, i.draft.keyResultId),
        i.draft.status,
      ]),
    ).toEqual([
      ['Price page', 'ARR to 3M', 'done'],
      ['Copy for it', 'ARR to 3M', 'inProgress'],
      ['Hire an SDR', 'ARR to 3M', 'notStarted'],
    ]);
    const text = describeDryRun(dryRun(imported));
    expect(text).toContain('Read as a Jira export with Objective and Key Result issue types');
    expect(text).toContain(
      'Jira.csv, row 7: An initiative belongs under a key result, and it has none (nor an objective with one).',
    );
  });
});
