import type { Cycle, Team } from '../../src/core/model';
import { suggestedDisplayName } from '../../src/teams/config/useConfigPage';

const team = (name: string): Team => ({ id: name, name });
const cycle: Cycle = {
  id: 'q',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};

describe("the configuration page's tab name", () => {
  it('names the chosen teams and cycle, and never ends on a dangling separator', () => {
    expect(suggestedDisplayName([], undefined)).toBe('OKRs');
    expect(suggestedDisplayName([], cycle)).toBe('OKRs · Q4 2026');
    expect(suggestedDisplayName([team('Sales')], undefined)).toBe('OKRs · Sales');
    expect(suggestedDisplayName([team('Sales'), team('Product')], cycle)).toBe(
      'OKRs · Sales & Product · Q4 2026',
    );
    expect(suggestedDisplayName([team('A'), team('B'), team('C')], undefined)).toBe('OKRs · A +2');
  });
});
