/**
 * An import whose writes fail names them on the page: each row that was not written, what it is
 * and why, in words (not only "Imported, with 2 not written" and a CSV to download, whose
 * messages named the store's columns). A failure that correcting the file cures says so, not
 * "Import the file again", which would fail the same way.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { ConflictError, InvalidError } from '../../src/store/errors';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import type { ImportList, ImportWrite } from '../../src/store/repository';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderWithServices } from './support/services';
import './support/async-timeout';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';

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

it.each([
  [
    'de-DE',
    german,
    'Das Objective „Grow revenue“: Es wurde auf Ihrer Website geändert, während der Import lief, und deshalb nicht überschrieben. Importieren Sie die Datei erneut, um es zu schreiben.',
  ],
  [
    'fr-FR',
    french,
    'L’objectif «\u00a0Grow revenue\u00a0»\u00a0: Il a été modifié sur votre site pendant l’importation, il n’a donc pas été remplacé. Importez à nouveau le fichier pour l’écrire.',
  ],
  [
    'es-ES',
    spanish,
    'El objetivo «Grow revenue»: Se cambió en su sitio mientras se ejecutaba la importación, por lo que no se sobrescribió. Vuelva a importar el archivo para escribirlo.',
  ],
])('says why a write was refused in the reader’s language (%s)', async (locale, words, said) => {
  const writeImported = jest.fn((list: ImportList, writes: readonly ImportWrite<ImportList>[]) =>
    Promise.resolve(
      list === 'objectives'
        ? {
            written: new Map(writes.slice(1).map((w) => [w.sourceId, w.sourceId])),
            failed: writes.slice(0, 1).map((w) => ({
              sourceId: w.sourceId,
              error: new ConflictError('Importing: changed meanwhile.', {}, undefined),
            })),
          }
        : { written: new Map(writes.map((w) => [w.sourceId, w.sourceId])), failed: [] },
    ),
  );
  renderWithServices(
    importPageRepository({ writeImported }),
    <ImportPage canImport />,
    locale,
    await loadLocaleWords(locale),
  );
  // The page shows once its words' chunk is in.
  await screen.findByRole('button', { name: words['Choose a file'] }, found);
  chooseImportFile(sheet, 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: words.Import }, found));
  const table = await screen.findByRole(
    'table',
    { name: words['Not written ({count})'].replace('{count}', '2') },
    found,
  );
  expect(table.textContent).toContain(said);
  expect(table.textContent).not.toContain('while the import ran');
});
