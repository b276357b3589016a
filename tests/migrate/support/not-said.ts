/**
 * Whether the problems an import gives are said in German, French and Spanish: each with its
 * values filled in and no English left, not only present as keys.
 */
import type { ImportProblem } from '../../../src/migrate';
import { problemMessage } from '../../../src/migrate/report';
import { reportReader, type Said } from '../../../src/migrate/report-words';
import { sayIssue } from '../../../src/core/issue-words';
import type { ImportTranslation } from '../../../src/ui/migrate/import-words';
import { words as german } from '../../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../../src/ui/migrate/words/import-es';
import { words as french } from '../../../src/ui/migrate/words/import-fr';

const languages: readonly (readonly [string, ImportTranslation])[] = [
  ['de-DE', german],
  ['fr-FR', french],
  ['es-ES', spanish],
];

/** Each sentence of a reason, and each sentence that fills one of its placeholders. */
const sentences = (said: readonly Said[]): Said[] =>
  said.flatMap((one) => [
    one,
    ...sentences(Object.values(one.joined ?? {}).flatMap(({ parts }) => parts)),
  ]);

/** The values a reason names from the file (titles, columns, numbers): not words to translate. */
const valuesOf = (said: readonly Said[]): string[] =>
  sentences(said).flatMap((one) => [
    ...Object.values(one.params ?? {}).map(String),
    ...Object.values(one.lists ?? {}).flat(),
  ]);

/** Words that only English says, outside the values and quotations a message names. */
const english = /\b(the|is|are|and|with|its|which|cannot|left out|imported)\b/i;

/**
 * Each problem as German, French and Spanish say it, where a sentence has no words of that
 * language, a placeholder is left unfilled, or English words remain.
 */
export function notSaid(problems: readonly ImportProblem[]): string[] {
  return problems.flatMap((problem) => {
    if (!problem.said && !problem.issues) return [`English only: ${problem.message}`];
    return languages.flatMap(([locale, words]) => {
      const missing = sentences(problem.said ?? []).filter(({ text }) => !words[text]);
      if (missing.length > 0) return missing.map(({ text }) => `${locale} has no words: ${text}`);
      const message = problemMessage(problem, reportReader(words, locale, sayIssue));
      const bare = valuesOf(problem.said ?? [])
        .reduce((left, value) => left.split(value).join(''), message)
        .replace(/„[^“]*“|«[^»]*»|"[^"]*"/g, '');
      return /[{}]/.test(message) || english.test(bare) || message === problem.message
        ? [`${locale}: ${message}`]
        : [];
    });
  });
}
