/**
 * The cycle review's figures read as finished charts: confidence over time on dated and scaled
 * axes, as the history chart draws a KR's (it was a bare line with no axis labels), and the score
 * distribution as bars in half-open bands, each with its count (it was a row of "▮" characters in
 * bands that overlapped: "0.2–0.4", "0.4–0.6"). A cycle with nothing to review says so instead of
 * showing tables of dashes and zeros.
 */
import { screen, within } from '@testing-library/react';
import type { CheckIn, Cycle, KeyResult } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import ReviewSection from '../../src/ui/programme/sections/ReviewSection';
import { board, checkInAt as checkIn, keyResult } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

// Its check-in days are the Mondays 5, 12, 19 and 26 October, all past.
const october: Cycle = {
  id: 'q1',
  name: 'October 2026',
  start: '2026-10-01',
  end: '2026-10-31',
  state: 'closed',
};

function renderReview(
  keyResults: readonly KeyResult[],
  history: readonly CheckIn[] = [
    checkIn('2026-10-05T09:00:00Z', 6),
    checkIn('2026-10-12T09:00:00Z', 8),
  ],
) {
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () => Promise.resolve({ ...board, cycle: october, keyResults }),
    cycleCheckInHistory: () => Promise.resolve(new Map([[keyResult.id, history]])),
  } as unknown as OkrRepository;
  return renderWithServices(
    repository,
    <ReviewSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [october] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
    'en-GB',
  );
}

describe('average confidence over time', () => {
  it('is drawn on a dated time axis and a labelled confidence scale, described in words', async () => {
    renderReview([keyResult]);
    const chart = await screen.findByRole('img', { name: /^Average confidence over time/ });
    expect(chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(within(chart).getByText(/^Average confidence from/).textContent).toBe(
      'Average confidence from 5 Oct 2026: 6 of 10 to 26 Oct 2026: 8 of 10, over 4 check-in days.',
    );
    const labels = (axis: string) =>
      [...chart.querySelectorAll(`text[data-axis="${axis}"]`)].map((text) => text.textContent);
    expect(labels('time')).toEqual(['1 Oct', '16 Oct', '31 Oct']);
    expect(labels('value')).toEqual(['0', '5', '10']);
    expect(chart.querySelectorAll('circle')).toHaveLength(4);

    const table = screen.getByRole('table', { name: 'Average confidence per check-in day' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Check-in dayAverage confidence',
      '5 Oct 20266 / 10',
      '12 Oct 20268 / 10',
      '19 Oct 20268 / 10',
      '26 Oct 20268 / 10',
    ]);
  });

  it('makes room for its scale as wide as the browser draws the labels', async () => {
    // As a browser measures them: 40 px each, where the estimate from "10" is 14 px.
    const prototype = SVGElement.prototype as unknown as { getBBox?: () => { width: number } };
    prototype.getBBox = () => ({ width: 40 });
    try {
      renderReview([keyResult]);
      const chart = await screen.findByRole('img', { name: /^Average confidence over time/ });
      const x = chart.querySelector('text[data-axis="value"]')!.getAttribute('x');
      // The drawing's edge (2), the label (40), and the gap to the axis (6) before it.
      expect(x).toBe('42');
    } finally {
      delete prototype.getBBox;
    }
  });
});

describe('the score distribution', () => {
  it('draws a bar per band, as long as its share of the largest, with the count beside it', async () => {
    renderReview([
      { ...keyResult, id: 'a', score: 0.6 },
      { ...keyResult, id: 'b', score: 0.7 },
      { ...keyResult, id: 'c', score: 1 },
      { ...keyResult, id: 'd', score: 0.4 },
      { ...keyResult, id: 'e', score: 0.6 },
    ]);
    const table = await screen.findByRole('table', { name: 'Key results per score band' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '0.0 to under 0.20',
      '0.2 to under 0.40',
      '0.4 to under 0.61',
      '0.6 to under 0.83',
      '0.8 to 1.01',
    ]);
    const bars = rows.map((row) => {
      const bar = row.querySelector<HTMLElement>('[aria-hidden="true"]');
      return bar ? Math.round(parseFloat(bar.style.width)) : 'none';
    });
    expect(bars).toEqual(['none', 'none', 27, 80, 27]);
  });
});

describe('a review with nothing to show', () => {
  it('is the empty state for a cycle without key results', async () => {
    renderReview([]);
    expect(
      await screen.findByRole('heading', { name: 'No key results to review in October 2026' }),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what is missing in place of a chart without confidence and a table without scores', async () => {
    renderReview([keyResult], []);
    expect(
      await screen.findByText('No key result has been given a confidence at a check-in yet.'),
    ).toBeTruthy();
    expect(screen.getByText('No key result was scored when this cycle closed.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
