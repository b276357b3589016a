/**
 * Figure 6 (first half): the coaching engine's throughput over the labelled OKR corpus, and how
 * far its verdicts agree with the publishers' own, per split and per severity.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/core/coaching';
import {
  agreement,
  modelFor,
  readSplit,
  type CorpusSplit,
  type LabelledLine,
} from './coaching-corpus';
import { spreadOf, type Spread } from './stats';
import { formatValue, type Figure } from './report';

type CorpusLine = Pick<LabelledLine, 'kind' | 'text' | 'objective' | 'language'>;

const corpusDir = resolve(import.meta.dirname, '../tests/fixtures/okr-corpus');
const splits: readonly CorpusSplit[] = ['tuning', 'holdout'];

export function readCorpus(): CorpusLine[] {
  return splits.flatMap((split) => readSplit(corpusDir, split));
}

/** Precision and recall on each split, counting errors alone and then errors with warnings. */
function agreementFigures(): Figure[] {
  return splits.flatMap((split) => {
    const lines = readSplit(corpusDir, split);
    return (['error', 'warning'] as const).flatMap((threshold) => {
      const { precision, recall, flagged, bad } = agreement(lines, threshold);
      const flaggedBy = threshold === 'error' ? 'an error' : 'an error or a warning';
      const note = `${lines.length} published OKRs, ${bad} bad by their publisher; ${flagged} flagged by ${flaggedBy}`;
      return [
        {
          label: `coaching ${split} split: precision (${threshold}+)`,
          value: round(precision),
          unit: '',
          note,
        },
        {
          label: `coaching ${split} split: recall (${threshold}+)`,
          value: round(recall),
          unit: '',
        },
      ];
    });
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Lints the corpus over and over for about `milliseconds`, each line with its own language's
 * rules; returns OKRs linted per second.
 */
function lintFor(corpus: readonly CorpusLine[], milliseconds: number): number {
  const linting = corpus.map((line) => ({ line, context: { model: modelFor(line) } }));
  let linted = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const { line, context } of linting) {
      lintText(line.kind, line.text, context, line.objective);
    }
    linted += corpus.length;
    elapsed = performance.now() - started;
  } while (elapsed < milliseconds);
  return (linted / elapsed) * 1000;
}

export interface CoachingThroughput {
  readonly corpusLines: number;
  /** OKRs linted per second, one sample per round. */
  readonly perSecond: Spread;
}

export function measureCoaching(
  rounds = 5,
  roundMilliseconds = 400,
): {
  figures: Figure[];
  data: CoachingThroughput;
} {
  const corpus = readCorpus();
  if (corpus.length === 0) throw new Error(`The OKR corpus in ${corpusDir} is empty.`);
  lintFor(corpus, roundMilliseconds); // warm-up: the JIT compiles the rules
  const samples = Array.from({ length: rounds }, () => lintFor(corpus, roundMilliseconds));
  const perSecond = spreadOf(samples);
  return {
    figures: [
      {
        label: 'coaching engine: lintText throughput',
        value: Math.round(perSecond.median),
        unit: 'OKRs/s',
        note: `median of ${rounds} rounds of ${roundMilliseconds} ms (min ${formatValue(Math.round(perSecond.min))}, max ${formatValue(Math.round(perSecond.max))}); the ${corpus.length}-line corpus repeated`,
      },
      {
        label: 'coaching engine: time per OKR',
        value: Math.round((1e6 / perSecond.median) * 10) / 10,
        unit: 'µs',
      },
      ...agreementFigures(),
    ],
    data: { corpusLines: corpus.length, perSecond },
  };
}
