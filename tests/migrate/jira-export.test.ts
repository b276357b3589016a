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
    expect(imported.format).toBe('jira');
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
      'The columns "Project name", "Reporter", "Labels" (3 columns), "Custom field (Story Points)" are not read by the import and are ignored.',
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

describe("what Jira's export says beyond its issues: the kind of file, its dates, comments and sprints", () => {
  it('names the file as Jira issues (CSV) in the dry run, not as a goal tree from another OKR tool', async () => {
    const imported = await plan(
      [
        'Summary,Issue key,Issue id,Parent,Issue Type,Status',
        'Checkout revamp,ENG-1,10001,,Epic,To Do',
        'Speed up payment,ENG-2,10002,10001,Story,Done',
      ].join('\n'),
    );
    expect(imported.format).toBe('jira');
    const text = describeDryRun(dryRun(imported));
    expect(text).toContain('Jira issues (CSV): would import');
    expect(text).not.toContain('Goal tree from another OKR tool');
  });

  it('says how many rows had no Updated date and that the file date dated them, where the column is there but partly empty', async () => {
    const imported = await plan(
      [
        'Summary,Issue key,Issue id,Parent,Issue Type,Status,Updated',
        'Checkout revamp,ENG-1,10001,,Epic,To Do,05/Feb/26 9:00 AM',
        'Speed up payment,ENG-2,10002,10001,Story,Done,04/Feb/26 3:12 PM',
        'Card form,ENG-3,10003,10001,Story,To Do,',
        'Receipts,ENG-4,10004,10001,Story,To Do,',
      ].join('\n'),
    );
    expect(imported.checkIns.map((c) => c.draft.at.slice(0, 10))).toEqual([
      '2026-02-04',
      '2026-02-10',
      '2026-02-10',
    ]);
    const text = describeDryRun(dryRun(imported));
    expect(text).not.toContain('no date column');
    expect(text).toContain(
      'Jira.csv: 2 rows with a current value have no date in "Updated" (rows 4, 5): their current values become check-ins dated Feb 10, 2026, the file\'s date. Fill in "Updated" to date each one.',
    );
  });

  it("makes an issue's latest comment its check-in's note, dated by it where the issue has no Updated date, and says what is not imported", async () => {
    const imported = await plan(
      [
        'Summary,Issue key,Issue id,Parent,Issue Type,Status,Updated,Sprint,Sprint,Comment,Comment,Comment',
        'Checkout revamp,ENG-1,10001,,Epic,To Do,05/Feb/26 9:00 AM,,,01/Feb/26 9:00 AM;557058:aa11;Scope agreed,,',
        'Speed up payment,ENG-2,10002,10001,Story,Done,04/Feb/26 3:12 PM,S1,S2,02/Feb/26 10:00 AM;557058:bb22;Started,"03/Feb/26 4:30 PM;557058:bb22;Shipped; 40% faster",',
        'Card form,ENG-3,10003,10001,Story,To Do,,S2,,28/Jan/26 11:00 AM;557058:cc33;Waiting on design,,',
        'Receipts,ENG-4,10004,10001,Story,To Do,01/Feb/26 8:00 AM,,,,,',
      ].join('\n'),
    );
    expect(
      imported.checkIns.map((c) => [
        imported.keyResults.find((k) => k.sourceId === c.draft.keyResultId)?.draft.title,
        c.draft.note,
        c.draft.at.slice(0, 10),
      ]),
    ).toEqual([
      ['Speed up payment', 'Shipped; 40% faster', '2026-02-04'],
      ['Card form', 'Waiting on design', '2026-01-28'],
      ['Receipts', '', '2026-02-01'],
    ]);
    const text = describeDryRun(dryRun(imported));
    expect(text).toContain(
      'Jira.csv, row 3, field "Comment": The latest comment on each of 2 issues (rows 3, 4) becomes the note of its check-in, dated by the comment where the issue has no "Updated" date (row 4). Earlier comments, and who wrote them (Jira writes an account id), are not imported.',
    );
    expect(text).toContain(
      'Jira.csv, row 2, field "Comment": The comments on an issue (row 2) are not imported: a comment becomes the note of a key result\'s check-in, and this issue is an objective or an initiative (an epic, a sub-task).',
    );
    expect(text).toContain(
      'field "Sprint": The sprints (2 "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.',
    );
    // The repeated Comment columns are read, not named as written twice.
    expect(text).not.toContain('The header "Comment" is written twice');
    expect(text).not.toMatch(/"Sprint" \(2 columns\)/);
  });
});

describe('an export without the "Issue id" column, whose Parent numbers find no issue', () => {
  const header = 'Summary,Issue key,Parent,Issue Type,Status,Parent summary';

  it('places an issue under the one epic in the file its Parent summary names, rather than a second objective', async () => {
    const imported = await plan(
      [
        header,
        'Faster checkout,ENG-9,,Epic,In Progress,',
        'Speed up payment,ENG-2,10009,Story,Done,Faster checkout',
        'Card form,ENG-3,10009,Story,To Do,Faster checkout',
      ].join('\n'),
    );
    expect(imported.objectives.map((o) => [o.sourceId, o.aliases])).toEqual([
      ['sheet:goal:ENG-9', ['sheet:goal:10009']],
    ]);
    expect(imported.keyResults.map((k) => objectiveOf(imported, k.draft.objectiveId))).toEqual([
      'Faster checkout',
      'Faster checkout',
    ]);
  });

  it('does not guess between two epics of that name, nor give one epic two numbers', async () => {
    const twoEpics = await plan(
      [
        header,
        'Faster checkout,ENG-9,,Epic,In Progress,',
        'Faster checkout,ENG-7,,Epic,To Do,',
        'Speed up payment,ENG-2,10009,Story,Done,Faster checkout',
      ].join('\n'),
    );
    expect(twoEpics.objectives.map((o) => o.sourceId)).toEqual([
      'sheet:goal:ENG-9',
      'sheet:goal:ENG-7',
      'sheet:goal:10009',
    ]);
    expect(describeDryRun(dryRun(twoEpics))).toContain(
      'Jira.csv, row 4, field "Parent": Its parent, issue 10009 ("Faster checkout"), is not found in the file: an objective "Faster checkout" is made from its Parent summary to hold the issues under it. The file has no "Issue id" column to find the epic by its number, and 2 epics in it are named "Faster checkout" (rows 2, 3), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.',
    );
    const twoNumbers = await plan(
      [
        header,
        'Faster checkout,ENG-9,,Epic,In Progress,',
        'Speed up payment,ENG-2,10009,Story,Done,Faster checkout',
        'Card form,ENG-3,10007,Story,To Do,Faster checkout',
      ].join('\n'),
    );
    expect(twoNumbers.keyResults.map((k) => k.draft.objectiveId)).toEqual([
      'sheet:goal:ENG-9',
      'sheet:goal:10007',
    ]);
    expect(describeDryRun(dryRun(twoNumbers))).toContain(
      'the one epic of that name (row 2) is taken to be issue 10009, the parent of other issues, so which is its parent is not guessed',
    );
  });
});
