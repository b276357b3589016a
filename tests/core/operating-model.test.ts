import { defaultOperatingModel as model } from '../../src/core/operating-model';

describe('defaultOperatingModel', () => {
  it('follows the published method', () => {
    expect(model.checkIn).toMatchObject({ cadenceDays: 7, day: 1 });
    expect(model.checkIn.staleAfterDays).toBeGreaterThanOrEqual(model.checkIn.cadenceDays);
    expect(model.confidenceScale).toEqual({ min: 1, max: 10 });
    expect(model.scoring).toEqual({ max: 1, aspirationalSweetSpot: [0.6, 0.7] });
    expect(model.limits.keyResultsPerObjective).toEqual({ min: 3, max: 5 });
    expect(model.limits.objectivesPerTeam.max).toBe(5);
    expect(model.pace.atRiskBehind).toBeLessThan(model.pace.offTrackBehind);
    expect(model.allowAspirational).toBe(true);
  });

  it('tells a short why-we-use-OKRs story', () => {
    expect(model.story).toMatch(/OKRs/);
    expect(model.story.length).toBeGreaterThan(100);
    expect(model.story.length).toBeLessThan(1500);
  });
});
