import { coreMessages, format } from '../../src/core/messages';
import { formatStatusMessage, statusTemplates } from '../../src/core/status-messages';

describe('status words', () => {
  it('are the core catalogue’s own: every status key reads the same from either', () => {
    const keys = Object.keys(statusTemplates) as (keyof typeof statusTemplates)[];
    expect(keys).toEqual(expect.arrayContaining(['status.atRisk', 'checkInStatus.behind']));
    for (const key of keys) {
      expect(coreMessages.has(key)).toBe(true);
      expect(formatStatusMessage(key)).toBe(format(key));
    }
  });
});
