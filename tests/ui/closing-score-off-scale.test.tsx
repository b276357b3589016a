/**
 * Closing a cycle: a score typed outside the scale is named at once under its field, and the
 * objective's roll-up keeps the proposed score for it meanwhile (it read 0.97 from a 1.5 before,
 * a committed objective all but met by a score that can never be saved).
 */
import { fireEvent, screen, within } from '@testing-library/react';
import type { KeyResult } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

// Progress 45% and 0%: proposed 0.45 and 0, the objective 0.23 by equal weights.
const second: KeyResult = {
  ...keyResult,
  id: 'k2',
  title: 'Plans sold online from 0 to 20',
  start: 0,
  target: 20,
  current: 0,
  unit: 'plans',
};

function renderClosing() {
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: () => Promise.resolve({ ...board, keyResults: [keyResult, second] }),
  } as unknown as OkrRepository;
  const programme = {
    data: { teams: board.teams, cycles: [cycle] },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    reload: () => undefined,
  };
  renderWithServices(
    repository,
    <ClosingSection
      access={{ setUp: false, coach: true, known: true }}
      programme={programme as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
}

const objectiveSummary = () => screen.getByText(/^Committed · score /);

describe('a score typed outside the scale when closing a cycle', () => {
  it('is named under its field as typed, and the roll-up keeps the proposed score', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    expect(objectiveSummary().textContent).toBe('Committed · score 0.23');

    fireEvent.change(field, { target: { value: '1.5' } });

    const cell = field.closest('td')!;
    expect(within(cell).getByText(/from 0 to 1/)).toBeTruthy();
    expect(objectiveSummary().textContent).toBe('Committed · score 0.23');
  });

  it('counts a score on the scale in the roll-up at once', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: '0.8' } });
    expect(objectiveSummary().textContent).toBe('Committed · score 0.4');
    expect(within(field.closest('td')!).queryByText(/from 0 to 1/)).toBeNull();
  });
});
