/**
 * The reasons the sheets' own readers give (your own sheet, one row per objective, the template,
 * a goal tree), a cell none of them can read, a text too long for its column and a draft the
 * core refuses are said in German, French and Spanish: each with its values filled in and no
 * English left, not only present as keys.
 */
import { ImportFileError, type ImportPlan, type ImportProblem } from '../../src/migrate';
import { sayIssue } from '../../src/core/issue-words';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { notSaid } from './support/not-said';
import { planSheet, utf8 } from './support/sheet-plan';

const refusalOf = async (name: string, text: string): Promise<ImportProblem> => {
  const refusal = await planSheet(name, utf8(text)).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(ImportFileError);
  return (refusal as ImportFileError).problem;
};

const problemsOf = async (name: string, text: string): Promise<readonly ImportProblem[]> => {
  const imported: ImportPlan = await planSheet(name, utf8(text));
  expect(imported.problems.length).toBeGreaterThan(0);
  return imported.problems;
};

it.each([
  [
    'a parent not in the file, and an id given twice',
    'Goal ID,Goal name,Parent ID\nG1,Grow,\nG1,Win,\nG3,Keep,G9',
  ],
  ['parents forming a loop', 'Goal name,Parent goal\nGrow,Win\nWin,Grow'],
  ['a parent two goals are named', 'Goal name,Parent goal\nGrow,\nGrow,\nWin,Grow'],
  ['a key result before any objective', 'Goal name,Type\nDeals,Key result\nGrow,Objective'],
])('refuses a goal tree with %s in every language', async (_case, text) => {
  expect(notSaid([await refusalOf('tree.csv', text)])).toEqual([]);
});

it.each([
  ['a template whose columns are missing', 'template.csv', 'Type,Id,Title\nObjective,O1,Grow'],
  [
    'one row per objective with two columns for one value',
    'okrs.csv',
    'Objective,KR 1,Key result 1 target,Target (KR1)\nGrow,New ARR,10,4',
  ],
  [
    'one row per objective with a value but no title',
    'okrs.csv',
    'Objective,KR1,KR1 Target,KR2 Target\nGrow,New ARR,10,4',
  ],
])('refuses %s in every language', async (_case, name, text) => {
  expect(notSaid([await refusalOf(name, text)])).toEqual([]);
});

it.each([
  [
    'a goal tree with initiatives under initiatives, several teams and owners, an unknown status and kind',
    'tree.csv',
    [
      'Goal name,Parent goal,Type,Teams,Owner,Status,Progress',
      'Grow,,Objective,"Sales, Marketing","Ana Silva; Ben Ode",Wobbly,',
      'Deals,Grow,Key result,,ana@,,40%',
      'Hire,Deals,Initiative,,,,',
      'Interview,Hire,Initiative,,,,',
      'Pitch,,Initiative,,,,',
      'Sell,Pitch,Initiative,,,,',
    ].join('\n'),
  ],
  [
    'your own sheet with cells it reads otherwise or leaves out',
    'okrs.csv',
    [
      'Objective,Key result,Quarter,Owner,Commitment,Team,Team group,Baseline,Target,Current,Unit,Progress,Score,Objective score',
      'Grow,Deals,Q1 2026,Ana Silva,Stretchy,Sales,not-a-group,0.1,0.5,#DIV/0!,%,3/0,,0.7',
      'Grow,Logos,Q1 2026,,,Sales,5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d,0,10,"1,500",,,0.5,0.6',
      'Grow,Leads,Q1 2026,,,Sales,2c9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d,0,10,,,,,',
      ',Partners,Q2 2026,,,,,,,,,,,',
      'Keep,Churn,Someday,,,,,,,,,,,',
    ].join('\n'),
  ],
  [
    'your own sheet listing several key results in one cell',
    'okrs.csv',
    [
      'Objective,Key results,Target,Current,Quarter',
      'Grow,"Deals\nLogos\nLeads","10\n3",4,Q1 2026',
      'Keep,"Churn below 2%\nacross every team",,,Q1 2026',
      'Win,"Big deals\nSmall deals",5,,Q1 2026',
    ].join('\n'),
  ],
  [
    'one row per objective with values of its own and a column of no key result',
    'okrs.csv',
    [
      'Objective,completion,KR1,KR1 Target,KR2,Target,Quarter',
      'Grow,40,New ARR,1000,Churn,4,Q1 2026',
    ].join('\n'),
  ],
  [
    'the template with rows it cannot read',
    'template.csv',
    [
      'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Team,Kind,Start,Target,Phased targets,Rolls up from,Score,Objective score,Value',
      'Objective,O1,,Grow,Q1 2026,2026-01-01,2026-03-31,Sales,,,,,Everything,0.5,0.6,',
      'Key result,K1,O1,Deals,,,,,Guess,0,10,,,,,',
      'Key result,K2,O1,Logos,,,,,,0,10,soon,,,,3',
      'Initiative,I1,K2,Hire,,,,,,,,,K1,0.4,,',
      'Goal,G1,,Odd,,,,,,,,,,,,',
      'Objective,,,Nameless,,,,,,,,,,,,',
      'Check-in,C1,K2,,,,,,,,,,,,,',
    ].join('\n'),
  ],
  [
    'the template with an owner too long for its column and a key result the core refuses',
    'template.csv',
    [
      'Type,Id,Parent,Title,Owner,Cycle,Cycle start,Cycle end,Team,Start,Target',
      'Objective,O1,,Grow,,Q4 2026,2026-10-01,2026-12-31,Engineering,,',
      `Key result,K1,O1,Long owner,${'Müller-Lüdenscheidt '.repeat(14).trim()},,,,,0,10`,
      'Key result,K2,O1,Flat,,,,,,10,10',
    ].join('\n'),
  ],
])('says everything of %s in every language', async (_case, name, text) => {
  expect(notSaid(await problemsOf(name, text))).toEqual([]);
});

it('says a draft the core refuses in the reader’s language, by its code', async () => {
  const problems = await problemsOf(
    'template.csv',
    [
      'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Team,Start,Target',
      'Objective,O1,,Grow,Q4 2026,2026-10-01,2026-12-31,Engineering,,',
      'Key result,K1,O1,Flat,,,,,10,10',
    ].join('\n'),
  );
  const refused = problems.find((problem) => problem.issues)!;
  expect(refused.message).toMatch(/^The target equals the start value \(10\)/);
  expect(problemMessage(refused, reportReader(german, 'de-DE', sayIssue))).toBe(
    'Der Zielwert ist gleich dem Startwert (10), es gibt also nichts zu bewegen. Wählen Sie einen Zielwert, der vom Ausgangswert abweicht.',
  );
});
