import { coachingMessages, promptMessages, ruleIds, sources } from '../../../src/core/coaching';

describe('the coaching catalogue', () => {
  it('has a message and a suggestion in English for every rule', () => {
    expect(ruleIds.length).toBeGreaterThanOrEqual(20);
    for (const rule of ruleIds) {
      expect(coachingMessages.has(`${rule}.message`)).toBe(true);
      expect(coachingMessages.has(`${rule}.suggestion`)).toBe(true);
    }
  });

  it('is keyed, so a translation replaces the English text without touching the rules', () => {
    expect(coachingMessages.template('rhythm.no-owner.message', 'en-GB')).toBe(
      'Nobody owns this key result.',
    );
    expect(promptMessages.keys.every((key) => key.startsWith('prompt.'))).toBe(true);
  });

  it('cites a named, published source for every rule and prompt', () => {
    for (const source of Object.values(sources)) {
      expect(source.citation).toMatch(/"[^"]+"/);
    }
  });

  it('names every source in a few words that its whole citation bears out', () => {
    for (const source of Object.values(sources)) {
      expect(source.short.length).toBeLessThanOrEqual(40);
      // Every word of the short form is in the citation (the author, the work).
      for (const word of source.short.split(/[\s,“”]+/).filter((w) => w.length > 3)) {
        expect(source.citation.toLowerCase()).toContain(word.toLowerCase().replace(/’/g, "'"));
      }
    }
  });
});
