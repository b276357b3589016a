/**
 * A JSON file of goal records (Lattice's goals, as its API gives them:
 * https://schemas.apis.io/schemas/lattice/lattice-goal/) can be chosen on the Import page and gets
 * a dry run, as a goal list exported as CSV does; the picker used to offer no JSON file.
 */
import { screen } from '@testing-library/react';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);

it('offers JSON files and shows the dry run of a file of goal records', async () => {
  renderWithServices(importPageRepository(), <ImportPage canImport />);
  const input = document.getElementById('import-file-input') as HTMLInputElement;
  expect(input.accept.split(',')).toEqual(expect.arrayContaining(['.json', 'application/json']));
  chooseImportFile(
    JSON.stringify([
      {
        id: 'g1',
        name: 'Win SMB',
        okrType: 'objective',
        startDate: '2026-07-01',
        dueDate: '2026-09-30',
      },
      {
        id: 'g2',
        name: 'New logos',
        okrType: 'key_result',
        startingAmount: 0,
        endingAmount: 50,
        currentAmount: 18,
        startDate: '2026-07-01',
        dueDate: '2026-09-30',
        parentGoal: { id: 'g1' },
      },
    ]),
    'lattice-goals.json',
    'application/json',
  );
  await screen.findByRole('heading', { name: /: what the import writes$/ }, { timeout: 30_000 });
  expect(
    screen.getByText(/The file's 2 JSON records are read as the rows of a sheet/),
  ).toBeTruthy();
});
