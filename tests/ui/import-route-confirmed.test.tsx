/**
 * The Import page opened on its own (`?page=import`, where the README sends admins) confirms an
 * export with a toast, as the Programme area's section does: it had no toaster, and said nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import ImportRoute from '../../src/teams/tab/ImportRoute';
import { board } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/async-timeout';

jest.setTimeout(60_000);

// jsdom has no object URLs, and a download link's click would navigate.
URL.createObjectURL = () => 'blob:export';
URL.revokeObjectURL = () => undefined;
jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

it('confirms an export with a toast naming its file', async () => {
  const repository = {
    siteRoles: siteRolesOf({ admin: true, coach: false }),
    listCycles: () => Promise.resolve([board.cycle]),
    listTeams: () => Promise.resolve(board.teams),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
  } as unknown as OkrRepository;
  renderWithServices(repository, <ImportRoute />);
  fireEvent.click(await screen.findByRole('button', { name: /Export as CSV/ }));
  expect(await screen.findByText('Exported 1 key result to okr-export.csv')).toBeTruthy();
});
