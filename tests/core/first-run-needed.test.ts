import { programmeNeedsFirstRun } from '../../src/core/first-run';
import type { Cycle } from '../../src/core/model';

const team = { id: 't1' };
const planning: Pick<Cycle, 'state' | 'coachingPlan'> = { state: 'planning' };

describe('programmeNeedsFirstRun', () => {
  it('wants the first run while the programme has no team or no cycle', () => {
    expect(programmeNeedsFirstRun({ teams: [], cycles: [] })).toBe(true);
    expect(programmeNeedsFirstRun({ teams: [team], cycles: [] })).toBe(true);
    expect(programmeNeedsFirstRun({ teams: [], cycles: [{ state: 'active' }] })).toBe(true);
  });

  it('wants it while every cycle is still planned without a coaching plan', () => {
    expect(programmeNeedsFirstRun({ teams: [team], cycles: [planning, planning] })).toBe(true);
  });

  it('is done once a cycle has run or has its coaching plan', () => {
    expect(programmeNeedsFirstRun({ teams: [team], cycles: [planning, { state: 'active' }] })).toBe(
      false,
    );
    expect(programmeNeedsFirstRun({ teams: [team], cycles: [{ state: 'closed' }] })).toBe(false);
    const planned = { state: 'planning' as const, coachingPlan: { rituals: [] } };
    expect(programmeNeedsFirstRun({ teams: [team], cycles: [planned as never] })).toBe(false);
  });
});
