/**
 * @jest-environment ./tests/ui/support/time-zone-environment.ts
 *
 * History dates each check-in on the day it counts on for its reader: a check-in made at 18:00 in
 * Los Angeles on that evening's day, and one imported without its time (stored at midnight UTC by
 * earlier imports) on the day it names. History took the instant's local day, so every imported
 * check-in read a day early in the Americas. The correction dialog says when a check-in was made:
 * for an imported one, its day alone, not a time no one entered.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { CheckIn, Cycle, KeyResult } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { CorrectCheckInDialog } from '../../src/ui/components/CorrectCheckInDialog/CorrectCheckInDialog';
import { HistoryChart } from '../../src/ui/components/HistoryChart/HistoryChart';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Signed customers',
  kind: 'increase',
  start: 0,
  target: 40,
  current: 12,
  unit: '',
  weight: 1,
};
const checkIn = (clientId: string, at: string, value: number): CheckIn => ({
  clientId,
  keyResultId: 'k1',
  value,
  note: '',
  author: { id: 'p', displayName: 'Pat' },
  at,
  source: 'teams',
});

beforeAll(() => setTimeZone('America/Los_Angeles'));

it('dates imported and evening check-ins on the days their reader counts them', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <HistoryChart
        keyResult={keyResult}
        checkIns={[
          checkIn('viva:c:1', '2025-11-10T00:00:00Z', 4),
          checkIn('sheet:c:row-2', '2025-11-17T12:00:00Z', 8),
          // Tuesday 25 November, 18:00 in Los Angeles.
          checkIn('c3', '2025-11-26T02:00:00Z', 12),
        ]}
        confidenceMax={10}
      />
    </FluentProvider>,
  );
  const dates = within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
  expect(dates).toEqual(['Nov 25, 2025', 'Nov 17, 2025', 'Nov 10, 2025']);
  expect(screen.getByRole('img', { name: /Nov 10, 2025: 4/ })).toBeTruthy();
});

describe('the correction dialog says when the check-in was made', () => {
  const cycle: Cycle = {
    id: 'q',
    name: 'Q4',
    start: '2025-10-01',
    end: '2025-12-31',
    state: 'active',
  };
  const made = async (made: CheckIn) => {
    renderWithServices(
      {
        siteRoles: siteRolesOf(),
        observeRetries: () => () => undefined,
      } as unknown as OkrRepository,
      <CorrectCheckInDialog
        target={{ mode: 'edit', checkIn: made, keyResult }}
        cycle={cycle}
        onDismiss={() => undefined}
        onCorrected={() => undefined}
      />,
    );
    return (await screen.findByText(/ by Pat$/, undefined, { timeout: 30_000 })).textContent;
  };

  it('gives an imported check-in its day alone', async () => {
    expect(await made(checkIn('viva:c:1', '2025-11-10T00:00:00Z', 4))).toBe(
      '4, checked in Nov 10, 2025 by Pat',
    );
  });

  it('gives one made in the app its day and time on the reader’s clock', async () => {
    expect(await made(checkIn('c3', '2025-11-26T02:00:00Z', 12))).toMatch(
      /^12, checked in Nov 25, 2025, 6:00\sPM by Pat$/,
    );
  });
});
