/**
 * The cycle review's "Committed OKRs met" card says what its caption counts: it read "0 of 6
 * scored", which reads as if none of six was scored, when it meant none of six scored committed
 * objectives reached the top score. "Check-ins on time" says so too (it read "156 of 171 due").
 */
import { screen } from '@testing-library/react';
import type { CheckIn, Cycle, Objective } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import ReviewSection from '../../src/ui/programme/sections/ReviewSection';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const objective = board.objectives[0]!;

function renderReview(
  objectives: readonly Objective[],
  reviewed: Cycle = cycle,
  history: ReadonlyMap<string, readonly CheckIn[]> = new Map(),
) {
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () => Promise.resolve({ ...board, objectives }),
    cycleCheckInHistory: () => Promise.resolve(history),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ReviewSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [reviewed] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
}

describe('the caption of "Committed OKRs met"', () => {
  it('names the scored committed objectives and the score they had to reach', async () => {
    renderReview([
      { ...objective, score: 0.7 },
      { ...objective, id: 'o2', score: 1 },
      { ...objective, id: 'o3', commitment: 'aspirational', score: 1 },
    ]);
    expect(
      await screen.findByText('1 of 2 scored committed objectives reached a score of 1'),
    ).toBeTruthy();
    // Each check-in day so far is due for the one KR, and its history is empty.
    expect(screen.getByText(/^0 of \d+ check-ins due came on time$/)).toBeTruthy();
  });

  it('says that nothing is scored yet rather than "0 of 0"', async () => {
    renderReview([objective]);
    expect(
      await screen.findByText(
        'No committed objective is scored yet: scores come when the cycle closes',
      ),
    ).toBeTruthy();
  });

  it('does not promise scores at closing for a cycle closed without them', async () => {
    renderReview([objective], { ...cycle, state: 'closed' });
    expect(
      await screen.findByText('No committed objective was scored when this cycle closed'),
    ).toBeTruthy();
  });
});

describe('the caption of "Check-ins on time" for an imported cycle', () => {
  // Q4 2025 came from Viva Goals, where its key result was checked in monthly.
  const imported: Cycle = {
    id: 'q4-2025',
    sourceId: 'viva:q4-2025',
    name: 'Q4 2025',
    start: '2025-10-01',
    end: '2025-12-31',
    state: 'closed',
  };
  const monthly = (days: readonly string[]): CheckIn[] =>
    days.map((day) => ({
      clientId: day,
      keyResultId: board.keyResults[0]!.id,
      value: 20,
      note: '',
      author: { id: 'adele', displayName: 'Adele Vance' },
      at: `${day}T09:00:00Z`,
      source: 'teams',
    }));

  it('judges it by the monthly rhythm its check-ins show, and says so', async () => {
    const history = new Map([
      [board.keyResults[0]!.id, monthly(['2025-10-28', '2025-11-27', '2025-12-22'])],
    ]);
    renderReview([objective], imported, history);
    expect(
      await screen.findByText(
        '3 of 3 check-ins due came on time, judged by the monthly rhythm its imported check-ins show',
      ),
    ).toBeTruthy();
    expect(screen.getByText('100%')).toBeTruthy();
  });

  it('says the measure does not apply when its check-ins show no rhythm', async () => {
    renderReview([objective], imported, new Map());
    expect(
      await screen.findByText(
        'Does not apply: this cycle was imported, and its check-ins show no regular rhythm to judge them by',
      ),
    ).toBeTruthy();
  });
});
