/**
 * The labelled OKR corpus (tests/fixtures/okr-corpus) and how well the coaching engine's
 * findings agree with each publisher's own verdict. Shared by the bench and the corpus test, so
 * both report the same figures. No I/O beyond reading the corpus file it is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, type LintKind, type Severity } from '../src/core/coaching';
import { defaultOperatingModel } from '../src/core/operating-model';

export interface LabelledLine {
  readonly kind: LintKind;
  readonly text: string;
  readonly objective?: string;
  readonly label: 'good' | 'bad';
  readonly source: string;
}

export type CorpusSplit = 'tuning' | 'holdout';

export function readSplit(corpusDir: string, split: CorpusSplit): LabelledLine[] {
  return readFileSync(join(corpusDir, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledLine);
}

/** `www.whatmatters.com` and `qa.whatmatters.com` are one publisher: `whatmatters.com`. */
export function publisherOf(source: string): string {
  const labels = new URL(source).hostname.toLowerCase().split('.');
  const countryCodeSecondLevel =
    labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3;
  return labels.slice(countryCodeSecondLevel ? -3 : -2).join('.');
}

export interface Agreement {
  readonly precision: number;
  readonly recall: number;
  readonly flagged: number;
  readonly bad: number;
}

/**
 * Precision and recall of "flagged" against the publishers' "bad", where an item counts as
 * flagged when one of its findings is at least as severe as `threshold`: `error` alone, or
 * `warning` (errors and warnings, what okr-lint's exit code means).
 */
export function agreement(
  lines: readonly LabelledLine[],
  threshold: Exclude<Severity, 'info'>,
): Agreement {
  const counted: readonly Severity[] = threshold === 'error' ? ['error'] : ['error', 'warning'];
  let truePositives = 0;
  let flagged = 0;
  let bad = 0;
  for (const line of lines) {
    const findings = lintText(
      line.kind,
      line.text,
      { model: defaultOperatingModel },
      line.objective,
    );
    const isFlagged = findings.some((finding) => counted.includes(finding.severity));
    const isBad = line.label === 'bad';
    if (isFlagged) flagged++;
    if (isBad) bad++;
    if (isFlagged && isBad) truePositives++;
  }
  return {
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: bad === 0 ? 1 : truePositives / bad,
    flagged,
    bad,
  };
}
