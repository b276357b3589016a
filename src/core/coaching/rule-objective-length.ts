import { quote, type TextRule } from './rule';

const longestMemorable = 18;

/** One word ("Ownership") is a theme, not an objective. */
export const objectiveTooShort: TextRule = {
  id: 'objective.length',
  source: 'wodtkeObjectives',
  check(text) {
    return text.words.length < 2
      ? { severity: 'warning', params: { words: text.words.length, text: quote(text.text) } }
      : undefined;
  },
};

/** A paragraph is hard to remember and repeat; a soft hint only. */
export const objectiveTooLong: TextRule = {
  id: 'objective.too-long',
  source: 'doerrObjectives',
  check(text) {
    return text.words.length > longestMemorable
      ? { severity: 'info', params: { words: text.words.length } }
      : undefined;
  },
};
