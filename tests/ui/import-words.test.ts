/**
 * The Import page's and its report's words in German, French and Spanish: each says what its
 * English says, with the same placeholders (a plural may agree with a number English leaves
 * bare), and French sets a non-breaking space before its high punctuation and inside « ».
 */
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';

const names = (template: string) =>
  new Set([...template.matchAll(/\{(\w+)(?::day)?(?:\|[^{}]*)?\}/g)].map(([, name]) => name!));

it.each([
  ['German', german],
  ['French', french],
  ['Spanish', spanish],
])('%s says every placeholder its English says, and no other', (_language, words) => {
  for (const [english, translated] of Object.entries(words)) {
    expect([english, [...names(translated)].sort()]).toEqual([english, [...names(english)].sort()]);
  }
});

it('gives each plural of German, French and Spanish both its forms', () => {
  for (const words of [german, french, spanish]) {
    for (const translated of Object.values(words)) {
      for (const [plural] of translated.matchAll(/\{\w+\|[^{}]*\}/g))
        expect(plural).toMatch(/^\{\w+\|[^|{}]+\|[^|{}]+\}$/);
    }
  }
});

it('keeps a day a day where English formats one', () => {
  for (const words of [german, french, spanish]) {
    for (const [english, translated] of Object.entries(words)) {
      for (const [day] of english.matchAll(/\{\w+:day\}/g)) expect(translated).toContain(day);
    }
  }
});

it('writes French with non-breaking spaces before : ; ? ! and inside « »', () => {
  for (const translated of Object.values(french)) {
    expect(translated).not.toMatch(/ [:;?!»]|« /);
    expect(translated).not.toMatch(/[^\u00a0][;?!»]/);
    expect(translated).not.toMatch(/«[^\u00a0]/);
  }
});
