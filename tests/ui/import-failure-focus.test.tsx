/**
 * An import that fails takes the Import button away with the plan: the focus went with it to the
 * page's body, unless the failure offered Try again (which took it). A failure with nothing to
 * try again (no permission on the site) now takes the focus to its own message, which a screen
 * reader then reads and from which Tab goes on; Try again goes back to the file's plan, its
 * Import button focused, as the file is still chosen (it emptied the page to choose a file anew).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { templateCsv } from '../../src/migrate/export';
import { templateExample } from '../../src/migrate/template';
import { ForbiddenError, OfflineError } from '../../src/store/errors';
import type { OkrRepository } from '../../src/store/repository';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';

jest.setTimeout(60_000);
const found = { timeout: 30_000 };

/**
 * A repository whose import fails as it starts: the dry run finds no objectives an earlier import
 * wrote, and the run cannot read what it wrote of any list, teams first.
 */
function repositoryFailingWith(error: Error) {
  const findImported = jest.fn((list: string) =>
    list === 'objectives' ? Promise.resolve(new Map()) : Promise.reject(error),
  );
  return { repository: importPageRepository({ findImported }), findImported };
}

/** Chooses the template's example as a file, presses Import and waits for the failure. */
async function importAndFail(repository: OkrRepository): Promise<HTMLElement> {
  renderWithServices(repository, <ImportPage canImport />);
  chooseImportFile(templateCsv(templateExample()), 'okrs.csv');
  const importButton = await screen.findByRole('button', { name: 'Import' }, found);
  importButton.focus();
  fireEvent.click(importButton);
  return screen.findByRole('alert', undefined, found);
}

it('a failure with nothing to try again takes the focus to its message', async () => {
  const { repository } = repositoryFailingWith(
    new ForbiddenError('Access denied', 'Edit items', 'site'),
  );
  const alert = await importAndFail(repository);
  expect(alert.textContent).toContain('You do not have permission');
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  await waitFor(() => expect(alert.contains(document.activeElement)).toBe(true), found);
  // Focusable from script only: Tab does not stop on it.
  expect((document.activeElement as HTMLElement).tabIndex).toBe(-1);
});

it('Try again after a failure that offers it goes back to the plan, its Import focused', async () => {
  const { repository, findImported } = repositoryFailingWith(new OfflineError('Failed to fetch'));
  await importAndFail(repository);
  const tryAgain = await screen.findByRole('button', { name: 'Try again' }, found);
  await waitFor(() => expect(document.activeElement).toBe(tryAgain), found);
  fireEvent.click(tryAgain);
  const importButton = await screen.findByRole('button', { name: 'Import' }, found);
  await waitFor(() => expect(document.activeElement).toBe(importButton), found);
  fireEvent.click(importButton);
  await screen.findByRole('button', { name: 'Try again' }, found);
  expect(findImported.mock.calls.filter(([list]) => list === 'teams')).toHaveLength(2);
});
