/**
 * The labelled OKR corpus (tests/fixtures/okr-corpus) and how well the coaching engine's
 * findings agree with each publisher's own verdict. Shared by the bench and the corpus test, so
 * both report the same figures. No I/O beyond reading the corpus file it is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRuleSets, lintText, type LintKind, type Severity } from '../src/core/coaching';
import { defaultOperatingModel, type OperatingModel } from '../src/core/operating-model';

export interface LabelledLine {
  readonly kind: LintKind;
  readonly text: string;
  readonly objective?: string;
  readonly label: 'good' | 'bad';
  readonly source: string;
  /** The language it is written in (`de`, `fr`, `es`); English when absent. */
  readonly language?: string;
}

export type CorpusSplit = 'tuning' | 'holdout';

export function readSplit(corpusDir: string, split: CorpusSplit): LabelledLine[] {
  return readFileSync(join(corpusDir, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledLine);
}

/**
 * The operating model a team writing in the line's language would have: the coach reads a line
 * with the rules of its model's locale, so a German line is read by the German rules.
 */
export function modelFor(line: Pick<LabelledLine, 'language'>): OperatingModel {
  if (line.language === undefined) return defaultOperatingModel;
  if (!builtInRuleSets.languages.includes(line.language)) {
    throw new Error(
      `A corpus line's language "${line.language}" has no rule set; the coach reads ${builtInRuleSets.languages.join(', ')}.`,
    );
  }
  return { ...defaultOperatingModel, locale: line.language };
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
    const findings = lintText(line.kind, line.text, { model: modelFor(line) }, line.objective);
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
