/**
 * Choose another file emptied the page: its own button went with the dry run, and the keyboard's
 * focus fell to the page's body (36 presses of Tab from Choose a file). It now opens the file
 * picker, as Choose a file does, and keeps the dry run until another file is chosen; the focus
 * then waits on Choose a file, which stays on the page.
 */
import { fireEvent, screen } from '@testing-library/react';
import { templateCsv } from '../../src/migrate/export';
import { templateExample } from '../../src/migrate/template';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);
const found = { timeout: 30_000 };

it('Choose another file opens the file picker, keeps the dry run until a file is chosen, and leaves the focus on Choose a file', async () => {
  renderWithServices(importPageRepository(), <ImportPage canImport />);
  const picker = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
  chooseImportFile(templateCsv(templateExample()), 'okrs.csv');
  const another = await screen.findByRole('button', { name: 'Choose another file' }, found);

  another.focus();
  fireEvent.click(another);
  const [input] = picker.mock.contexts as HTMLInputElement[];
  expect(input?.type).toBe('file');
  // The picker closed without a file: the dry run and the focus stay as they were.
  expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
  expect(document.activeElement).toBe(another);

  chooseImportFile('Name,Amount\r\nLunch,12\r\n', 'expenses.csv');
  const chooseFile = screen.getByRole('button', { name: 'Choose a file' });
  expect(document.activeElement).toBe(chooseFile);
  await screen.findByText(/is not a file the import knows/, undefined, found);
  expect(screen.queryByRole('button', { name: 'Choose another file' })).toBeNull();
  expect(document.activeElement).toBe(chooseFile);
  picker.mockRestore();
});
