import { englishFixes } from './fixes';
import type { LanguageRuleSet } from './language';
import { keyResultTextRules, objectiveTextRules } from './rules';
import { readText } from './text-features';

/** English, the language the product ships: its reader, its rules, its messages (the catalogue). */
export const englishRules: LanguageRuleSet = {
  language: 'en',
  read: readText,
  objectiveRules: objectiveTextRules,
  keyResultRules: keyResultTextRules,
  fixes: englishFixes,
};
