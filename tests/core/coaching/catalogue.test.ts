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
});
