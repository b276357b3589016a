/**
 * What a first import of a plain spreadsheet is most often told, in the reader's language: the
 * columns the import does not read (one or many, the words agreeing) and the cycle a sheet without
 * a cycle column is put in, its day as the language writes it. The CLI's English is as it was.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';

const options = { today: '2026-02-20', rules: defaultOperatingModel };

async function plan(text: string): Promise<ImportPlan> {
  const file = await readImportFile('okrs.csv', new TextEncoder().encode(text), undefined, {
    fileDate: '2026-05-04',
  });
  return planImport(file, options);
}

const oneIgnored = 'Objective,Key result,Target,Current,Colour\nWin,Deals,10,3,red\n';
const twoIgnored = 'Objective,Key result,Target,Current,Colour,Size\nWin,Deals,10,3,red,big\n';

/** The plan's notes, each said for the reader of `translation` in `locale`. */
async function notesIn(text: string, translation?: typeof german, locale = 'en') {
  const reader = reportReader(translation, locale);
  return (await plan(text)).problems.map((problem) => problemMessage(problem, reader));
}

it('says them in English as the CLI always has', async () => {
  const notes = (await plan(twoIgnored)).problems.map((p) => p.message);
  expect(notes).toContain(
    'The columns "Colour", "Size" are not read by the import and are ignored.',
  );
  expect(notes).toContain(
    'The sheet has no cycle column: everything is put in Q2 2026, the quarter of the file\'s date (May 4, 2026). Add a "Quarter" column to say otherwise.',
  );
  expect(await notesIn(oneIgnored)).toContain(
    'The column "Colour" is not read by the import and is ignored.',
  );
});

it('says them in German', async () => {
  expect(await notesIn(oneIgnored, german, 'de-DE')).toContain(
    'Die Spalte "Colour" wird vom Import nicht gelesen und ignoriert.',
  );
  const notes = await notesIn(twoIgnored, german, 'de-DE');
  expect(notes).toContain(
    'Die Spalten "Colour", "Size" werden vom Import nicht gelesen und ignoriert.',
  );
  expect(notes).toContain(
    'Die Tabelle hat keine Zyklus-Spalte: Alles kommt in Q2 2026, das Quartal des Dateidatums (4. Mai 2026). Fügen Sie eine Spalte „Quarter“ hinzu, um es anders anzugeben.',
  );
});

it('says them in French', async () => {
  expect(await notesIn(oneIgnored, french, 'fr-FR')).toContain(
    'La colonne "Colour" n’est pas lue par l’importation et est ignorée.',
  );
  const notes = await notesIn(twoIgnored, french, 'fr-FR');
  expect(notes).toContain(
    'Les colonnes "Colour", "Size" ne sont pas lues par l’importation et sont ignorées.',
  );
  expect(notes).toContain(
    'La feuille n’a pas de colonne de cycle\u00a0: tout est placé dans Q2 2026, le trimestre de la date du fichier (4 mai 2026). Ajoutez une colonne «\u00a0Quarter\u00a0» pour en décider autrement.',
  );
});

it('says them in Spanish', async () => {
  expect(await notesIn(oneIgnored, spanish, 'es-ES')).toContain(
    'La columna "Colour" no se lee en la importación y se ignora.',
  );
  const notes = await notesIn(twoIgnored, spanish, 'es-ES');
  expect(notes).toContain(
    'Las columnas "Colour", "Size" no se leen en la importación y se ignoran.',
  );
  expect(notes).toContain(
    'La hoja no tiene columna de ciclo: todo se pone en Q2 2026, el trimestre de la fecha del archivo (4 may 2026). Añada una columna «Quarter» para indicar otra cosa.',
  );
});
