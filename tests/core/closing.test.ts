import {
  answersFrom,
  closeObjective,
  finalScore,
  formatScore,
  learningsAnswers,
  learningsFrom,
  scoreGrade,
  proposedScore,
  readKeyResultScore,
  teamSandbagging,
  SCORE_REASON_MAX_LENGTH,
  validateKeyResultScore,
  validateRetrospectiveAnswer,
} from '../../src/core/closing';
import { sayIssue } from '../../src/core/issue-words';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { keyResult, objective } from './fixtures';

const model = defaultOperatingModel;

describe('closing a cycle', () => {
  it('proposes each KR score from its progress, capped at the top of the scale', () => {
    expect(proposedScore(keyResult({ current: 1730 }), model)).toBe(0.73);
    expect(proposedScore(keyResult({ current: 2500 }), model)).toBe(1);
    expect(
      proposedScore(keyResult({ current: 1000 }), {
        ...model,
        scoring: { ...model.scoring, max: 10 },
      }),
    ).toBe(0);
  });

  it('refuses a score outside the scale, and a changed score without a reason', () => {
    expect(validateKeyResultScore({ score: 1.2, reason: 'x' }, 0.7, model)[0]?.message).toBe(
      'A score is a number from 0 to 1, not 1.2.',
    );
    // Nothing typed, or no number (the section reads "abc" as NaN): what to type, never "not NaN".
    expect(validateKeyResultScore({ score: Number.NaN, reason: '' }, 0.7, model)).toEqual([
      expect.objectContaining({
        code: 'scoreNotANumber',
        field: 'score',
        message: 'Type a score: a number from 0 to 1, such as the 0.7 its progress earns.',
      }),
    ]);
    const missingReason = validateKeyResultScore({ score: 0.5, reason: ' ' }, 0.7, model);
    expect(missingReason[0]).toMatchObject({ code: 'scoreReasonRequired', field: 'scoreReason' });
    expect(missingReason[0]?.message).toContain('0.7');
    expect(validateKeyResultScore({ score: 0.5, reason: 'Data came late' }, 0.7, model)).toEqual(
      [],
    );
    expect(validateKeyResultScore({ score: 0.7, reason: '' }, 0.7, model)).toEqual([]);
  });

  it('reads a score typed the reader’s way, and says why one reads two ways or none', () => {
    const german = { ...model, locale: 'de-DE' };
    const read = (text: string, reason = '') => readKeyResultScore({ text, reason }, 0.7, german);
    expect(read('0,7')).toEqual({ score: 0.7, issues: [] });
    expect(read('0,5', 'Data came late')).toEqual({ score: 0.5, issues: [] });
    expect(read('0.8', 'Shipped late')).toMatchObject({
      score: 0.8,
      issues: [],
      readAs: { code: 'numberReadOtherDecimalMark' },
    });
    expect(read('1,000')).toMatchObject({ score: NaN, issues: [{ code: 'numberAmbiguous' }] });
    expect(read('0,0,5')).toMatchObject({ score: NaN, issues: [{ code: 'numberMisgrouped' }] });
    // Nothing typed, or words: what to type, as the score's own message says it.
    for (const text of ['', 'abc']) {
      expect(read(text).issues).toEqual([
        expect.objectContaining({
          code: 'scoreNotANumber',
          message: 'Type a score: a number from 0 to 1, such as the 0,7 its progress earns.',
        }),
      ]);
    }
    expect(read('1,5').issues[0]?.message).toBe('A score is a number from 0 to 1, not 1,5.');
  });

  it('rolls the objective score up by weight and reads committed and aspirational differently', () => {
    const krs = [
      keyResult({ id: 'a', current: 2000, weight: 3 }),
      keyResult({ id: 'b', current: 1000, weight: 1 }),
    ];
    const edited = new Map([['b', 0.2]]);
    const aspirational = closeObjective(objective(), krs, edited, model);
    expect(aspirational.score).toBe(0.8); // (3 × 1 + 1 × 0.2) / 4
    expect(aspirational.interpretation.band).toBe('aboveSweetSpot');
    const committed = closeObjective(objective({ commitment: 'committed' }), krs, edited, model);
    expect(committed.interpretation.band).toBe('missed');
    const sweet = closeObjective(objective(), [keyResult({ current: 1650 })], new Map(), model);
    expect(sweet.interpretation.band).toBe('sweetSpot');
  });

  it('raises the sandbagging signal after three cycles of top aspirational scores', () => {
    const top = [objective({ score: 1 }), objective({ score: 1, commitment: 'committed' })];
    expect(teamSandbagging([top, top], model).suspected).toBe(false);
    const signal = teamSandbagging([top, top, top], model);
    expect(signal).toMatchObject({ suspected: true, cycles: 3 });
    expect(teamSandbagging([top, top, [objective({ score: 0.6 })]], model).suspected).toBe(false);
  });

  it('keeps the retrospective answers as learnings and reads them back', () => {
    const learnings = learningsFrom(['Weekly demos', '', 'Fewer KRs']);
    expect(learnings).toBe(
      'What went well, and why?\nWeekly demos\n\nWhat will we do differently next cycle?\nFewer KRs',
    );
    expect(answersFrom(learnings)).toEqual(['Weekly demos', '', 'Fewer KRs']);
    expect(answersFrom(undefined)).toEqual(['', '', '']);
  });

  it('refuses an answer longer than the longest note kept, saying its length', () => {
    const max = model.limits.noteMaxLength;
    expect(validateRetrospectiveAnswer('x'.repeat(max), model)).toEqual([]);
    expect(validateRetrospectiveAnswer('x'.repeat(2345), model)).toEqual([
      expect.objectContaining({
        code: 'answerTooLong',
        field: 'answer',
        message:
          'This answer has 2,345 characters, over the 2,000 kept: shorten it to save. Nothing was cut.',
      }),
    ]);
  });

  it('refuses a score reason longer than the 500 characters kept, saying its length', () => {
    const scored = (reason: string) => validateKeyResultScore({ score: 0.2, reason }, 0.5, model);
    expect(scored('x'.repeat(SCORE_REASON_MAX_LENGTH))).toEqual([]);
    expect(scored('x'.repeat(640))).toEqual([
      expect.objectContaining({
        code: 'reasonTooLong',
        field: 'scoreReason',
        message:
          'This reason has 640 characters, over the 500 kept: shorten it to save. Nothing was cut.',
      }),
    ]);
    expect(sayIssue(scored('x'.repeat(640))[0]!, 'de')).toBe(
      'Dieser Grund hat 640 Zeichen, mehr als die 500, die gespeichert werden: Kürzen Sie ihn zum Speichern. Nichts wurde abgeschnitten.',
    );
  });
});

describe('a closed cycle’s final scores', () => {
  it('grades a score as Google does, on the model’s scale', () => {
    expect([0, 0.3, 0.35, 0.4, 0.69, 0.7, 1].map((score) => scoreGrade(score, model))).toEqual([
      'low',
      'low',
      'low',
      'partial',
      'partial',
      'delivered',
      'delivered',
    ]);
    expect(scoreGrade(7, { scoring: { ...model.scoring, max: 10 } })).toBe('delivered');
  });

  it('is the score kept at closing, its reason and how to read it; none made up when unscored', () => {
    expect(
      finalScore({ score: 0.5, scoreReason: ' Scored 0.5 in Viva Goals. ' }, 'committed', model),
    ).toEqual({
      score: 0.5,
      grade: 'partial',
      reason: 'Scored 0.5 in Viva Goals.',
      reading: {
        messageKey: 'score.committed.missed',
        params: { score: 0.5, max: 1, low: 0.6, high: 0.7 },
        message:
          'Committed but scored 0.5: a committed OKR is expected to reach 1. Explain what got in the way and what changes.',
      },
    });
    expect(finalScore({ score: 0.65 }, 'aspirational', model).reading?.message).toMatch(
      /sweet spot/,
    );
    expect(finalScore({}, 'committed', model)).toEqual({});
  });

  it('reads stored learnings as answers under their questions, or as written', () => {
    expect(learningsAnswers(learningsFrom(['Caching worked.', '', 'Load-test first.']))).toEqual([
      { prompt: 'What went well, and why?', answer: 'Caching worked.' },
      { prompt: 'What will we do differently next cycle?', answer: 'Load-test first.' },
    ]);
    expect(learningsAnswers('Imported from Viva Goals:\nkeep the weekly rhythm.')).toEqual([
      { answer: 'Imported from Viva Goals:\nkeep the weekly rhythm.' },
    ]);
    expect(learningsAnswers('  ')).toEqual([]);
    expect(learningsAnswers(undefined)).toEqual([]);
  });
});

test('a score has one decimal at least and two at most, in the locale', () => {
  expect(formatScore(1, 'en')).toBe('1.0');
  expect(formatScore(0.7, 'en')).toBe('0.7');
  expect(formatScore(0.725, 'en')).toBe('0.73');
  expect(formatScore(0.72, 'de-DE')).toBe('0,72');
});
