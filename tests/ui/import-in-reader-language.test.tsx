/**
 * The Programme's Import and export section in Teams' display language: it was the last section
 * in English beside a German, French or Spanish Programme. Its page, the dry run's counts (their
 * nouns agreeing with the number, as each language has it: French "0 initiative"), why a row is
 * left out or changed, the dates and numbers in it, the people not found, a refused file and the
 * outcome of a run are said in the reader's language; the source's column names stay as written.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import type { ImportList, ImportWrite } from '../../src/store/repository';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import ImportSection from '../../src/ui/programme/sections/ImportSection';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { renderSection } from './support/programme';
import './support/async-timeout';

jest.setTimeout(120_000);
const found = { timeout: 60_000 };

const header = 'Objective,Key result,Owner,Team,Quarter,Baseline,Target,Current';
/** Three key results, and a fourth whose target is no number: its row is left out. */
const okrs = [
  header,
  'Grow the customer base,New customers from 10 to 50,Ana Diaz,Sales,Q1 2027,10,50,28',
  'Grow the customer base,Plans sold online from 0 to 20,Ana Diaz,Sales,Q1 2027,0,20,5',
  'Ship the new onboarding,Activation rate from 30 to 45,Lee Chen,Product,Q1 2027,30,45,33',
  'Ship the new onboarding,Support tickets below 40,Lee Chen,Product,Q1 2027,60,lots,55',
].join('\n');

/** The section in `locale`, once its words have come: the page loads them as it opens. */
async function renderIn(locale: string, repository = importPageRepository()) {
  const words = await loadLocaleWords(locale);
  renderSection(ImportSection, { locale, ...(words ? { words } : {}), repository });
  await screen.findByRole(
    'button',
    { name: /^(Datei auswählen|Choisir un fichier|Elegir un archivo)$/ },
    found,
  );
}

/** The dry run's counts, each label with its number. */
function counts(): Record<string, string> {
  const list = document.querySelector('dl')!;
  return Object.fromEntries(
    [...list.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling!.textContent,
    ]),
  );
}

it('says the page and a dry run in German: counts, reasons, dates and people', async () => {
  // "Sales" is on the site already: the file's team of that name goes there.
  const sales = { id: 't1', name: 'Sales', version: '1' };
  await renderIn('de-DE', importPageRepository({ listTeams: () => Promise.resolve([sales]) }));
  await screen.findByRole('heading', { name: 'Import aus Viva Goals oder einer Tabelle' }, found);
  screen.getByRole('heading', { name: 'Alles exportieren' });
  screen.getByRole('button', { name: 'Datei auswählen' });
  screen.getByRole('button', { name: 'Als Excel exportieren' });

  chooseImportFile(okrs, 'okrs.csv');
  await screen.findByRole(
    'heading',
    { name: 'Eigene Tabelle (eine Zeile pro Key Result): Das schreibt der Import' },
    found,
  );
  expect(counts()).toMatchObject({ Teams: '1', Zyklen: '1', 'Key Results': '3' });
  const table = screen.getByRole('table', { name: 'Was geändert oder ausgelassen wird (4)' });
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);
  expect(rows).toContain(
    'Ausgelassenokrs.csv, Zeile 5, Feld „Target“„lots“ ist keine Zahl (akzeptiert: 12.5, 12,5, 1,234.5, 1.234,5, 1 234,5, 25%, $1,200, 1.2M, 450k, €3.5m, $2bn, 12K users). Das Key Result der Zeile wird ausgelassen.',
  );
  // A day as German writes it, and the column the file should add named as the file names them.
  expect(rows).toContain(
    'Geändertokrs.csv, Zeile 2, Feld „Quarter“Der Zyklus „Q1 2027“ wird als 1. Jan. 2027 bis 31. März 2027 gelesen (ein Kalenderquartal). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  );
  expect(rows).toContain(
    'Geändertokrs.csv, Zeile 2„Sales“ ist bereits ein Team auf Ihrer Website: Seine OKRs kommen dorthin, und kein zweites Team dieses Namens wird angelegt.',
  );
  expect(document.body.textContent).toContain(
    'Nicht in Ihrem Verzeichnis gefunden2 Personen werden nur mit dem Namen übernommen: Ana Diaz, Lee Chen.',
  );
  screen.getByRole('button', { name: 'Importieren' });
  screen.getByRole('button', { name: 'Bericht herunterladen' });

  // One person: the singular.
  chooseImportFile(
    [header, 'Grow,New customers,Ana Diaz,Sales,Q1 2027,10,50,28'].join('\n'),
    'one.csv',
  );
  await screen.findByText(/^1 Person wird nur mit dem Namen übernommen/, undefined, found);
  expect(document.body.textContent).toContain(
    '1 Person wird nur mit dem Namen übernommen: Ana Diaz.',
  );
});

it.each([
  ['de-DE', 'Das Key Result hat keinen Startwert (Ausgangswert); es beginnt bei 0.'],
  ['fr-FR', 'Le résultat clé n’a pas de valeur de départ (référence)\u00a0; il part de 0.'],
])('says in %s that a key result without a start starts from 0', async (locale, note) => {
  await renderIn(locale);
  chooseImportFile(
    [header, 'Grow,New customers,Ana Diaz,Sales,Q1 2027,,50,28'].join('\n'),
    'no-start.csv',
  );
  const table = await screen.findByRole('table', undefined, found);
  expect(table.textContent).toContain(note);
  expect(document.body.textContent).not.toContain('The key result has no start');
});

it('counts in thousands as German groups them', async () => {
  await renderIn('de-DE');
  const many = [
    'Objective,Key result,Team,Quarter,Baseline,Target',
    ...Array.from({ length: 1200 }, (_, n) => `Objective ${n % 10},KR ${n},Sales,Q1 2027,0,10`),
  ].join('\n');
  chooseImportFile(many, 'many.csv');
  await screen.findByRole('heading', { name: /Das schreibt der Import$/ }, found);
  expect(counts()).toMatchObject({ 'Key Results': '1.200', Objectives: '10', Teams: '1' });
});

it('runs an import in French and says what it wrote, each noun agreeing with its count', async () => {
  let next = 0;
  const writeImported = (_list: ImportList, writes: readonly ImportWrite<ImportList>[]) =>
    Promise.resolve({
      written: new Map(writes.map((write) => [write.sourceId, String(++next)])),
      failed: [],
    });
  await renderIn('fr-FR', importPageRepository({ writeImported }));
  chooseImportFile(okrs, 'okrs.csv');
  // French typography: a non-breaking space before the colon and inside the quotes.
  await screen.findByRole(
    'heading',
    { name: 'Votre propre feuille (une ligne par résultat clé)\u00a0: ce que l’importation écrit' },
    found,
  );
  expect(screen.getByRole('table').textContent).toContain(
    'okrs.csv, ligne 5, champ «\u00a0Target\u00a0»«\u00a0lots\u00a0» n’est pas un nombre',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
  const outcome = await screen.findByRole('status', undefined, found);
  expect(outcome.textContent).toBe(
    'Importé2 équipes, 1 cycle, 2 objectifs, 3 résultats clés, 0 initiative, 3 check-ins. ',
  );
  screen.getByRole('button', { name: 'Importer à nouveau' });
});

it('refuses a file of no known kind in Spanish, listing what the import reads', async () => {
  await renderIn('es-ES');
  await screen.findByRole('heading', { name: 'Exportar todo' }, found);
  chooseImportFile('Name,Amount,When\nLunch,12,2026-01-02\n', 'gastos.csv');
  const alert = await screen.findByRole('alert', undefined, found);
  expect(alert.textContent).toContain('Este archivo no se puede importar');
  expect(alert.textContent).toContain(
    'gastos.csv no es un archivo que la importación conozca: el archivo tiene los encabezados "Name", "Amount", "When".',
  );
  const kinds = within(alert).getAllByRole('listitem');
  expect(kinds[0]!.textContent).toBe(
    'Una exportación de organización de Viva Goals: el .zip de archivos JSON tal como lo dio Viva Goals.',
  );
  expect(kinds[1]!.textContent).toContain('columnas «Title» y «Object Type»');
});

it('refuses an outline indented between two depths in German, naming the rows', async () => {
  await renderIn('de-DE');
  await screen.findByRole('heading', { name: 'Alles exportieren' }, found);
  chooseImportFile('Title,Target\nGrow revenue,\n    Sign deals,10\n  Win logos,3\n', 'okrs.csv');
  const alert = await screen.findByRole('alert', undefined, found);
  expect(alert.textContent).toBe(
    'Diese Datei kann nicht importiert werdenokrs.csv, Zeile 4, Feld „Title“: Zeile 4 ist weniger eingerückt als Zeile 3 darüber, aber weiter als Zeile 2; daher ist nicht klar, wozu sie gehört: Rücken Sie sie so weit ein wie Zeile 2 oder so weit wie Zeile 3. Es wird nichts importiert, bis der Zielbaum stimmig ist.',
  );
  expect(alert.querySelector('[lang="en"]')).toBeNull();
});
