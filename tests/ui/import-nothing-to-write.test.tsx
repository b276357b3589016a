/**
 * A dry run that would write nothing (every row already on the site as in the file, or skipped)
 * left Import on, and pressing it "imported" nothing. Import is now off, focusable, with the
 * reason before it and read with it; another file chosen turns it on again.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { templateCsv } from '../../src/migrate/export';
import { templateExample } from '../../src/migrate/template';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);
const found = { timeout: 30_000 };

it('a file that would write nothing leaves Import off, saying why; another file turns it on', async () => {
  const importItems = jest.fn();
  const repository = importPageRepository({ importItems });
  renderWithServices(repository, <ImportPage canImport />);
  const [header, , , keyResult] = templateCsv(templateExample()).split('\r\n');
  // A key result whose objective is not in the file, and no cycle to place it in: skipped.
  chooseImportFile(
    `${header}\r\n${keyResult!.replace('"K1","O2"', '"K1","O9"')}\r\n`,
    'skipped.csv',
  );

  await screen.findByText(/Its parent "O9" is not in the file/, undefined, found);
  // Headed by what its badges say: changed, or (here) left out.
  expect(screen.getByRole('heading', { name: 'What is changed or left out (1)' })).toBeTruthy();
  const importButton = screen.getByRole('button', { name: 'Import' });
  expect(importButton.getAttribute('aria-disabled')).toBe('true');
  const reason = document.getElementById(importButton.getAttribute('aria-describedby')!)!;
  expect(reason.textContent).toMatch(/^Nothing to import: this file would write nothing/);
  expect(reason.textContent).toContain('Choose another file to import.');
  // Said before the buttons, which a narrow panel stacks: not below all three of them.
  expect(
    reason.compareDocumentPosition(importButton) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  expect(
    reason.compareDocumentPosition(screen.getByRole('button', { name: 'Choose another file' })) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  // Reached with the keyboard, and read with its reason, but Enter and a click do nothing.
  importButton.focus();
  expect(document.activeElement).toBe(importButton);
  fireEvent.keyDown(importButton, { key: 'Enter' });
  fireEvent.click(importButton);
  expect(screen.queryByText(/^Importing/)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();

  chooseImportFile(templateCsv(templateExample()), 'okrs.csv');
  await waitFor(
    () =>
      expect(
        screen.getByRole('button', { name: 'Import' }).getAttribute('aria-disabled'),
      ).toBeNull(),
    found,
  );
  expect(
    screen.getByRole('button', { name: 'Import' }).getAttribute('aria-describedby'),
  ).toBeNull();
  expect(screen.queryByText(/^Nothing to import/)).toBeNull();
});
