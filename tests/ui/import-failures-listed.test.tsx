/**
 * An import whose writes fail names them on the page: each row that was not written, what it is
 * and why, in words (not only "Imported, with 2 not written" and a CSV to download, whose
 * messages named the store's columns). A failure that correcting the file cures says so, not
 * "Import the file again", which would fail the same way.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { InvalidError } from '../../src/store/errors';
import type { ImportList, ImportWrite } from '../../src/store/repository';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);
const found = { timeout: 30_000 };

const sheet = [
  'Objective,KR,Team,Quarter,Baseline,Target',
  'Grow revenue,New ARR,Sales,Q1 2026,0,10',
  'Keep customers,Churn down,Sales,Q1 2026,10,5',
].join('\n');

it('lists each row not written with what it is and why, and says to correct the file', async () => {
  let next = 0;
  const writeImported = jest.fn((list: ImportList, writes: readonly ImportWrite<ImportList>[]) =>
    Promise.resolve(
      list === 'objectives'
        ? {
            written: new Map(writes.slice(1).map((w) => [w.sourceId, String(++next)])),
            failed: writes.slice(0, 1).map((w) => ({
              sourceId: w.sourceId,
              error: new InvalidError("Importing: The value for field 'Title' is not accepted."),
            })),
          }
        : { written: new Map(writes.map((w) => [w.sourceId, String(++next)])), failed: [] },
    ),
  );
  renderWithServices(importPageRepository({ writeImported }), <ImportPage canImport />);
  chooseImportFile(sheet, 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }, found));
  const outcome = await screen.findByRole('status', undefined, found);
  expect(outcome.textContent).toContain('Imported, with 2 not written');
  expect(outcome.textContent).toContain('correct the file and import it again');
  expect(outcome.textContent).not.toContain('Import the file again to continue');
  const table = screen.getByRole('table', { name: 'Not written (2)' });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
  expect(rows).toEqual([
    `Not writtenokrs.csv, row 2The objective "Grow revenue": Your site refused it: The value for field 'Title' is not accepted.`,
    `Not writtenokrs.csv, row 2The key result "New ARR": Not imported: its objective "Grow revenue" was not written (it is listed here too).`,
  ]);
});

it('says nothing was imported where no write went through', async () => {
  const writeImported = jest.fn((_list: ImportList, writes: readonly ImportWrite<ImportList>[]) =>
    Promise.resolve({
      written: new Map<string, string>(),
      failed: writes.map((w) => ({
        sourceId: w.sourceId,
        error: new InvalidError('Importing: The list is read-only.'),
      })),
    }),
  );
  renderWithServices(importPageRepository({ writeImported }), <ImportPage canImport />);
  chooseImportFile(sheet, 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }, found));
  const outcome = await screen.findByRole('status', undefined, found);
  expect(outcome.textContent).toMatch(/^Not imported: \d+ not written/);
  expect(screen.getByRole('table', { name: /^Not written/ }).textContent).toContain(
    'The team "Sales": Your site refused it: The list is read-only.',
  );
});
