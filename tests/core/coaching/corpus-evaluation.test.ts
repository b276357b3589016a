import { join } from 'node:path';
import {
  agreement,
  modelFor,
  publisherOf,
  readSplit,
  type LabelledLine,
} from '../../../bench/coaching-corpus';
import { builtInRuleSets } from '../../../src/core/coaching';

/**
 * Precision and recall of the text rules on OKRs that their publishers printed as good or bad
 * examples (tests/fixtures/okr-corpus, whose README says how the split was made). The held-out
 * split is split by publisher and never used to tune the rules: only these aggregate figures are
 * read from it. The floors are what the engine achieves, rounded down; `npm run bench` prints
 * the exact figures.
 */
const corpusDir = join(__dirname, '../../fixtures/okr-corpus');
const tuning = readSplit(corpusDir, 'tuning');
const heldOut = readSplit(corpusDir, 'holdout');

describe('the coaching engine on published good and bad OKRs', () => {
  it('has a corpus of 535+ labelled lines from 125+ publishers, each with its source', () => {
    const all = [...tuning, ...heldOut];
    expect(all.length).toBeGreaterThanOrEqual(535);
    expect(new Set(all.map((line) => publisherOf(line.source))).size).toBeGreaterThanOrEqual(125);
    for (const line of all) {
      expect(['objective', 'key_result']).toContain(line.kind);
      expect(['good', 'bad']).toContain(line.label);
      expect(line.source).toMatch(/^https?:\/\//);
      if (line.language !== undefined) expect(builtInRuleSets.languages).toContain(line.language);
    }
  });

  it('reads each line with the rules of its own language, English when it names none', () => {
    const english: LabelledLine = {
      kind: 'key_result',
      text: 'Hacer 10 reuniones.',
      label: 'bad',
      source: 'https://www.example.org/okr',
    };
    const spanish: LabelledLine = { ...english, language: 'es' };
    // "Hacer" (to hold) is an activity to the Spanish rules; the English ones see only a number.
    expect(agreement([spanish], 'error').recall).toBe(1);
    expect(agreement([english], 'error').recall).toBe(0);
    expect(() => modelFor({ language: 'tlh' })).toThrow(
      'A corpus line\'s language "tlh" has no rule set; the coach reads en, de, fr, es.',
    );
  });

  it('keeps every publisher on one side of the split', () => {
    const heldOutPublishers = new Set(heldOut.map((line) => publisherOf(line.source)));
    const onBothSides = tuning.filter((line) => heldOutPublishers.has(publisherOf(line.source)));
    expect(onBothSides.map((line) => line.source)).toEqual([]);
  });

  it('flags bad OKRs it was not tuned on: precision ≥ 0.92 and recall ≥ 0.87 (errors and warnings)', () => {
    const { precision, recall } = agreement(heldOut, 'warning');
    expect(precision).toBeGreaterThanOrEqual(0.92);
    expect(recall).toBeGreaterThanOrEqual(0.87);
  });

  it('keeps errors for what the method calls wrong: held out, precision ≥ 0.95 and recall ≥ 0.64 on errors alone', () => {
    const { precision, recall } = agreement(heldOut, 'error');
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.64);
  });

  it('keeps precision ≥ 0.96 and recall ≥ 0.92 on the tuning split, and errors at precision ≥ 0.95, recall ≥ 0.73', () => {
    const warnings = agreement(tuning, 'warning');
    expect(warnings.precision).toBeGreaterThanOrEqual(0.96);
    expect(warnings.recall).toBeGreaterThanOrEqual(0.92);
    const errors = agreement(tuning, 'error');
    expect(errors.precision).toBeGreaterThanOrEqual(0.95);
    expect(errors.recall).toBeGreaterThanOrEqual(0.73);
  });
});
