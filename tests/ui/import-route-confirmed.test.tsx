/**
 * The Import page opened on its own (`?page=import`, where the README sends admins) confirms an
 * export with a toast, as the Programme area's section does: it had no toaster, and said nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import ImportRoute from '../../src/teams/tab/ImportRoute';
import { exportingRepository } from './support/export-downloads';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);

it('confirms an export with a toast naming its file', async () => {
  renderWithServices(exportingRepository, <ImportRoute />);
  fireEvent.click(await screen.findByRole('button', { name: /Export as CSV/ }));
  expect(await screen.findByText('Exported 1 key result to okr-export.csv')).toBeTruthy();
});
