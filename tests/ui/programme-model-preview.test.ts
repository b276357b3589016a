import { defaultOperatingModel, type OperatingModel } from '../../src/core/operating-model';
import { modelConsequences } from '../../src/ui/programme/modelPreview';
import { board } from './support/one-key-result-board';

/**
 * The operating model's preview said "fewer than 1 KRs" and "more than 1 objectives", and told an
 * improvement under a warning's icon.
 */
const saved = defaultOperatingModel;
const withLimits = (limits: Partial<OperatingModel['limits']>): OperatingModel => ({
  ...saved,
  limits: { ...saved.limits, ...limits },
});
const today = '2026-03-01';

it('says a limit of one in the singular, and fewer OKRs off a limit as an improvement', () => {
  const next = withLimits({ keyResultsPerObjective: { min: 1, max: 5 } });
  expect(modelConsequences(saved, next, board, today)).toEqual([
    {
      sentence: '0 objectives have fewer than 1 KR (1 with the saved model).',
      intent: 'success',
    },
  ]);
});

it('says more OKRs off a limit as a warning, and a team limit of one in the singular', () => {
  const twoObjectives = {
    ...board,
    objectives: [...board.objectives, { ...board.objectives[0]!, id: 'o2' }],
  };
  const next = withLimits({ objectivesPerTeam: { max: 1 } });
  expect(modelConsequences(saved, next, twoObjectives, today)).toEqual([
    {
      sentence: '1 team has more than 1 objective (0 with the saved model).',
      intent: 'warning',
    },
  ]);
});

it('tells a new rhythm as information', () => {
  const next = { ...saved, checkIn: { ...saved.checkIn, cadenceDays: 14 } };
  expect(modelConsequences(saved, next, board, today)).toEqual([
    {
      sentence:
        'Check-ins come every 14 days instead of 7; coaching plans made from now on use the new rhythm.',
      intent: 'info',
    },
  ]);
});

it('warns that a cadence of no whole weeks moves the check-in day, and reminders, through the week', () => {
  const next = { ...saved, checkIn: { ...saved.checkIn, cadenceDays: 10, staleAfterDays: 20 } };
  expect(modelConsequences(saved, next, board, today)[1]).toEqual({
    sentence:
      'With 10 days between check-ins, the check-in day moves through the week (Fri, Mar 6, Mon, Mar 16, and Thu, Mar 26), and reminders with it. They keep to Monday with 7, 14 or 21 days, or 30 for the first Monday of each month.',
    intent: 'warning',
  });
  const fortnightly = { ...saved, checkIn: { ...saved.checkIn, cadenceDays: 14 } };
  expect(modelConsequences(saved, fortnightly, board, today)).toHaveLength(1);
  const monthly = { ...saved, checkIn: { ...saved.checkIn, cadenceDays: 30, staleAfterDays: 30 } };
  expect(modelConsequences(saved, monthly, board, today)).toHaveLength(1);
});

it('names the cycle’s check-in days still to come, even when only two are left', () => {
  const next = { ...saved, checkIn: { ...saved.checkIn, cadenceDays: 10, staleAfterDays: 20 } };
  expect(modelConsequences(saved, next, board, '2026-12-15')[1]?.sentence).toMatch(
    /^With 10 days between check-ins, the check-in day moves through the week \(Mon, Dec 21 and Thu, Dec 31\)/,
  );
});
