/**
 * A file of no kind the import knows says what was wrong (its headers) and then lists each kind
 * of file the import reads, one an item: it was one paragraph of some 900 characters, unreadable
 * in a 320 px side panel.
 */
import { screen, within } from '@testing-library/react';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);

it('says what was wrong, then lists what the import reads', async () => {
  renderWithServices(importPageRepository(), <ImportPage canImport />);
  chooseImportFile('Name,Amount,When\nLunch,12,2026-01-02\n', 'expenses.csv');
  const alert = await screen.findByRole('alert', undefined, { timeout: 30_000 });
  expect(alert.textContent).toContain(
    'expenses.csv is not a file the import knows: the file has the headers "Name", "Amount", "When".',
  );
  expectKindsListed(alert);
  // Said once, as a list: not the paragraph as well.
  expect(alert.textContent).not.toContain('Import a Viva Goals organisation export (.zip');
});

it('an empty file says so, then lists what the import reads, as a file of no known kind does', async () => {
  renderWithServices(importPageRepository(), <ImportPage canImport />);
  chooseImportFile('', 'empty.csv');
  const alert = await screen.findByRole('alert', undefined, { timeout: 30_000 });
  expect(alert.textContent).toContain('empty.csv is empty.The import reads:');
  expectKindsListed(alert);
});

it("a file that is not text shows its first row's unprintable characters as one mark, not as boxes", async () => {
  renderWithServices(importPageRepository(), <ImportPage canImport />);
  chooseImportFile('qwe\u0003\u0004\u0014garbage\u0001%%', 'garbage.txt');
  const alert = await screen.findByRole('alert', undefined, { timeout: 30_000 });
  expect(alert.textContent).toContain(
    'garbage.txt is not a file the import knows: the file has the headers "qwe\ufffdgarbage\ufffd%%".',
  );
});

function expectKindsListed(alert: HTMLElement) {
  const kinds = within(alert).getAllByRole('listitem');
  expect(kinds.map((kind) => kind.textContent)).toEqual([
    expect.stringMatching(/^A Viva Goals organisation export/),
    expect.stringMatching(/^A Viva Goals explorer export/),
    expect.stringMatching(/^The OKR Coach template/),
    expect.stringMatching(/^Your own sheet, one row per key result/),
    expect.stringMatching(/^Your own sheet, one row per objective/),
    expect.stringMatching(/^Jira issues \(CSV\): Jira's "Export CSV \(all fields\)"/),
    expect.stringMatching(/^A goal list from another tool \(Lattice/),
    expect.stringMatching(/^An outline of goals in one column \(\.txt, \.csv or \.xlsx\)/),
  ]);
}
