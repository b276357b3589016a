/**
 * Confidence written as a word, High / Medium / Low, as tools and templates that rate it so write
 * it (https://okr.mx/glossary/confidence-level: "confidence drops from High to Medium"): each is
 * the middle of the third of the organisation's scale the board's Confidence filter calls so, and
 * the dry run says what each word became.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { planSheet, problemsOf, utf8 } from './support/sheet-plan';

const sheet = [
  'Quarter,Team,Objective,Key result,Start,Target,Current,Confidence,Last updated',
  'Q1 2026,Sales,Grow,ARR,0,10,4,High,2026-02-01',
  'Q1 2026,Sales,Grow,NPS,0,10,4,🟡 Medium,2026-02-01',
  'Q1 2026,Sales,Grow,Churn,0,10,4,low,2026-02-01',
  'Q1 2026,Sales,Grow,Pipeline,0,10,4,7,2026-02-01',
].join('\n');

describe('confidence written High, Medium or Low', () => {
  it('is the middle of its third of your scale, and the dry run says so', async () => {
    const plan = await planSheet('okrs.csv', utf8(sheet));
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([9, 6, 3, 7]);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: undefined,
      message:
        "Confidences written as words are put on your scale of 1 to 10 at the middle of the third each names, the third the board's Confidence filter calls so: Low 3, Medium 6, High 9.",
    });
  });

  it("follows the organisation's own scale", async () => {
    const plan = planImport(await readImportFile('okrs.csv', utf8(sheet)), {
      today: '2026-02-20',
      rules: { ...defaultOperatingModel, confidenceScale: { min: 0, max: 100 } },
    });
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([83, 50, 17, 7]);
    expect(plan.problems.map((p) => p.message)).toContain(
      "Confidences written as words are put on your scale of 0 to 100 at the middle of the third each names, the third the board's Confidence filter calls so: Low 17, Medium 50, High 83.",
    );
  });

  it('reads the words in the languages the sheets are read in', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Quartal,Ziel,Schlüsselergebnis,Startwert,Zielwert,Istwert,Zuversicht,Datum',
          'Q1 2026,Wachsen,Umsatz,0,10,4,hoch,2026-02-01',
          'Q1 2026,Wachsen,Kunden,0,10,4,Mittel,2026-02-01',
          'Q1 2026,Wachsen,Kosten,0,10,4,niedrig,2026-02-01',
        ].join('\n'),
      ),
    );
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([9, 6, 3]);
  });

  it('names a word it does not know with its row and column, and the words it accepts', async () => {
    const plan = await planSheet('okrs.csv', utf8(sheet.replace('🟡 Medium', 'Very high')));
    expect(problemsOf(plan)).toContainEqual({
      row: 3,
      field: 'Confidence',
      message:
        '"Very high" is not a confidence (accepted: 7, 7/10, 70%, 0.7, High, Medium, Low). The confidence is left out; the key result is imported.',
    });
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([9, undefined, 3, 7]);
  });
});

describe('a confidence column in a goal list', () => {
  // WorkBoard's key results carry a "confidence rating"
  // (https://support.workboard.com/hc/en-us/articles/10712717073805-Create-Scorecards).
  const goals = (confidences: readonly string[]) =>
    utf8(
      [
        'Goal name,Parent goal,Start value,Target value,Current value,Confidence rating,Last updated',
        'Grow,,,,,,',
        ...confidences.map((c, i) => `KR ${i + 1},Grow,0,10,4,${c},2026-02-01`),
      ].join('\n'),
    );

  it("keeps each key result's confidence on its check-in, a number or a word", async () => {
    const plan = await planSheet('goals.csv', goals(['7', '70%', 'High', 'low', '7/10']));
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([7, 7, 9, 3, 7]);
    expect(problemsOf(plan).map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('"Confidence rating" is not read'),
    );
  });

  it('names one it cannot read with its row and column, and keeps the key result', async () => {
    const plan = await planSheet('goals.csv', goals(['sure', '8']));
    expect(problemsOf(plan)).toContainEqual({
      row: 3,
      field: 'Confidence rating',
      message:
        '"sure" is not a confidence (accepted: 7, 7/10, 70%, 0.7, High, Medium, Low). The confidence is left out; the goal is imported.',
    });
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.confidence])).toEqual([
      [4, undefined],
      [4, 8],
    ]);
  });
});

describe('a confidence word in the template', () => {
  it("is placed on your scale on a key result's row and a check-in's, and said", async () => {
    const plan = await planSheet(
      'template.csv',
      utf8(
        [
          'Type,Id,Parent,Title,Team,Cycle,Cycle start,Cycle end,Start,Target,Date,Value,Confidence',
          'Objective,O1,,Grow,Sales,Q1 2026,2026-01-01,2026-03-31,,,,,',
          'Key result,K1,O1,ARR,,,,,0,10,,,High',
          'Key result,K2,O1,NPS,,,,,0,50,,,',
          'Check-in,,K2,,,,,,,,2026-02-01,20,medium',
        ].join('\n'),
      ),
    );
    expect(plan.keyResults.map((k) => [k.draft.title, k.draft.confidence])).toEqual([
      ['ARR', 9],
      ['NPS', 6],
    ]);
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([6]);
    expect(plan.problems.map((p) => p.message)).toContain(
      "Confidences written as words are put on your scale of 1 to 10 at the middle of the third each names, the third the board's Confidence filter calls so: Low 3, Medium 6, High 9.",
    );
  });
});

describe('a confidence column of shares of one', () => {
  const note =
    'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.';

  it('reads 1.0 as 10 out of ten, not 1, and says so', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Quarter,Objective,Key result,Target,Current,Confidence,Date',
          'Q1 2026,Grow,ARR,10,4,1.0,2026-02-01',
          'Q1 2026,Grow,NPS,10,4,0.3,2026-02-01',
          'Q1 2026,Grow,Churn,10,4,"0,75",2026-02-01',
        ].join('\n'),
      ),
    );
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([10, 3, 7.5]);
    expect(plan.problems.map((p) => p.message)).toContain(note);
  });

  it('in a goal list too', async () => {
    const plan = await planSheet(
      'goals.csv',
      utf8(
        [
          'Goal name,Parent goal,Target value,Current value,Confidence,Last updated',
          'Grow,,,,,',
          'ARR,Grow,10,4,1,2026-02-01',
          'NPS,Grow,10,4,0.4,2026-02-01',
        ].join('\n'),
      ),
    );
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([10, 4]);
    expect(plan.problems.map((p) => p.message)).toContain(note);
  });

  it('keeps a column out of ten as it is, a 1 there 1 out of ten', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Quarter,Objective,Key result,Target,Current,Confidence,Date',
          'Q1 2026,Grow,ARR,10,4,1,2026-02-01',
          'Q1 2026,Grow,NPS,10,4,8,2026-02-01',
        ].join('\n'),
      ),
    );
    expect(plan.checkIns.map((c) => c.draft.confidence)).toEqual([1, 8]);
    expect(plan.problems.map((p) => p.message)).not.toContain(note);
  });
});
