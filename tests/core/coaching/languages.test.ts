import {
  builtInRuleSets,
  englishRules,
  lintText,
  type LanguageRuleSet,
  type TextFeatures,
} from '../../../src/core/coaching';
import { readText } from '../../../src/core/coaching/text-features';
import { defaultOperatingModel } from '../../../src/core/operating-model';

/**
 * A second language plugs in as a rule set: its own reader of a line (here a toy Dutch one that
 * knows three work verbs), the rules to run over what it read (here English's own, which work on
 * language-neutral features), and its messages by key.
 */
const dutchWorkVerbs = /^(lanceer|bouw|schrijf)\b/i;
function readDutch(text: string): TextFeatures {
  const neutral = readText('');
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return {
    ...neutral,
    text,
    body: text.toLowerCase(),
    words,
    leadingVerb: words[0] ?? '',
    rest: words.slice(1).join(' '),
    restAsWritten: text.split(/\s+/).slice(1).join(' '),
    startsWithActivity: dutchWorkVerbs.test(text),
  };
}

const dutch: LanguageRuleSet = {
  language: 'nl',
  read: readDutch,
  objectiveRules: englishRules.objectiveRules,
  keyResultRules: englishRules.keyResultRules,
  messages: {
    'key-result.activity.message': '“{text}” beschrijft werk, geen resultaat.',
    'key-result.activity.suggestion': 'Houd “{text}” als initiatief en meet het effect ervan.',
  },
};

describe('coaching rule sets per language', () => {
  it('ships English, German, French and Spanish, and falls back to English for a language it cannot read', () => {
    expect(builtInRuleSets.languages).toEqual(['en', 'de', 'fr', 'es']);
    expect(builtInRuleSets.for('en-GB')).toBe(englishRules);
    expect(builtInRuleSets.for('nl-BE')).toBe(englishRules);
    expect(builtInRuleSets.for(undefined)).toBe(englishRules);
  });

  it('registers a second language without changing the built-in registry', () => {
    const withDutch = builtInRuleSets.with(dutch);
    expect(withDutch.languages).toEqual(['en', 'de', 'fr', 'es', 'nl']);
    expect(withDutch.for('nl-BE')).toBe(dutch);
    expect(withDutch.for('en-US')).toBe(englishRules);
    expect(builtInRuleSets.languages).toEqual(['en', 'de', 'fr', 'es']);
  });

  it('judges wording with the rule set of the operating model’s locale, in that language', () => {
    const languages = builtInRuleSets.with(dutch);
    const model = { ...defaultOperatingModel, locale: 'nl-BE' };
    const [finding] = lintText('key_result', 'Lanceer de nieuwe website', {
      model,
      locale: 'nl-BE',
      languages,
    });
    expect(finding).toMatchObject({
      rule: 'key-result.activity',
      severity: 'error',
      message: '“Lanceer de nieuwe website” beschrijft werk, geen resultaat.',
      messageKey: 'key-result.activity.message',
    });
    const english = lintText('key_result', 'Launch the new website', {
      model: defaultOperatingModel,
      languages,
    });
    expect(english[0]!.message).toContain('describes work to do');
  });

  it('replaces a language’s rule set when one for the same language is registered again', () => {
    const quietEnglish: LanguageRuleSet = { ...englishRules, keyResultRules: [] };
    const languages = builtInRuleSets.with(dutch).with(quietEnglish);
    expect(languages.languages).toEqual(['en', 'de', 'fr', 'es', 'nl']);
    expect(
      lintText('key_result', 'Launch the new website', {
        model: defaultOperatingModel,
        languages,
      }),
    ).toEqual([]);
  });
});
