import { planRituals } from '../../../src/core/plan-rituals';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { ritualOfTheDay } from '../../../src/core/rituals';
import { discussionPrompt } from '../../../src/core/rituals/discussion';

const quarter = { start: '2027-01-01', end: '2027-03-31' };
const checkIn = defaultOperatingModel.checkIn;

describe('ritualOfTheDay', () => {
  it('reads the dates of the coaching plan stored with the cycle, not the defaults', () => {
    // The coach moved the mid-cycle review to 1 March (the default is the midpoint, 15 February).
    const defaults = planRituals(quarter, checkIn);
    const coachingPlan = {
      rituals: defaults.rituals.map((ritual) =>
        ritual.kind === 'midCycleReview' ? { ...ritual, date: '2027-03-01' } : ritual,
      ),
    };
    const cycle = { ...quarter, coachingPlan };
    expect(ritualOfTheDay(cycle, checkIn, '2027-02-15')).toBe('weekly-check-in');
    expect(ritualOfTheDay(cycle, checkIn, '2027-03-01')).toBe('mid-cycle-review');
    expect(ritualOfTheDay(cycle, checkIn, '2027-03-07')).toBe('mid-cycle-review');
    expect(ritualOfTheDay(cycle, checkIn, '2027-03-08')).toBe('weekly-check-in');
    // Without a stored plan, the plan the operating model proposes.
    expect(ritualOfTheDay(quarter, checkIn, '2027-02-15')).toBe('mid-cycle-review');
  });

  it('plans before the cycle starts and looks back from its close on', () => {
    expect(ritualOfTheDay(quarter, checkIn, '2026-12-28')).toBe('planning');
    expect(ritualOfTheDay(quarter, checkIn, '2027-01-01')).toBe('weekly-check-in');
    expect(ritualOfTheDay(quarter, checkIn, '2027-03-31')).toBe('retrospective');
    expect(ritualOfTheDay(quarter, checkIn, '2027-04-05')).toBe('retrospective');
  });

  it('gives the meeting round the prompts of that ritual', () => {
    const kr = {
      id: 'k1',
      objectiveId: 'o1',
      title: 'Raise NPS from 30 to 50',
      kind: 'increase' as const,
      start: 30,
      target: 50,
      current: 40,
      unit: '',
      weight: 1,
      confidence: 6,
    };
    const ritual = ritualOfTheDay(quarter, checkIn, '2027-04-02');
    const prompt = discussionPrompt(kr, [6, 6, 6], defaultOperatingModel, ritual);
    expect(prompt?.ritual).toBe('retrospective');
  });
});
