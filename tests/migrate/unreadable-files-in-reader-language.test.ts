/**
 * A file the import cannot read because it is damaged (a ZIP or workbook cut off, a JSON file
 * with a broken record) was refused with the parser's own English words inside the sentence: "ist
 * keine lesbare ZIP-Datei (End of data reached … Corrupted zip ?)". The reason is now the
 * reader's: what is wrong and what to do, in German, French or Spanish; the parser's words stay
 * only after a label that says they are its technical detail.
 */
import { ImportFileError, readImportFile } from '../../src/migrate';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { sayReason } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';
import { vivaZip } from './fixtures';
import { excelWorkbook } from './support/workbook';

const languages = [
  ['de-DE', german, 'Technische Details:'],
  ['fr-FR', french, 'Détail technique\u00a0:'],
  ['es-ES', spanish, 'Detalle técnico:'],
] as const;

async function refusal(name: string, bytes: Uint8Array): Promise<ImportFileError> {
  const caught: unknown = await readImportFile(name, bytes).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ImportFileError);
  return caught as ImportFileError;
}

/** The reason as the page says it to a reader in `locale`, split at its technical detail. */
function said(error: ImportFileError, locale: string, words: typeof german, label: string) {
  const reader = reportReader(words, locale);
  const message = error.unknown?.said
    ? sayReason([error.unknown.said], reader)
    : problemMessage(error.problem, reader);
  const at = message.indexOf(label);
  return {
    reason: at < 0 ? message : message.slice(0, at),
    detail: at < 0 ? '' : message.slice(at),
  };
}

const cutOff = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));

describe.each(languages)('in %s', (locale, words, label) => {
  it('a workbook cut off is refused in the reader’s words, the parser’s after its label', async () => {
    const workbook = await excelWorkbook([{ name: 'OKRs', rows: [['Objective', 'Key result']] }]);
    const error = await refusal('okrs.xlsx', cutOff(workbook));
    const { reason, detail } = said(error, locale, words, label);
    expect(reason).toContain('okrs.xlsx');
    expect(reason).toContain('.xlsx');
    expect(reason).not.toMatch(/Corrupted|End of data|Can't find|zip \?/);
    expect(detail).toMatch(/\S/);
    // What the import reads is listed beside it.
    expect(error.unknown?.accepted.length).toBeGreaterThan(0);
  });

  it('a Viva Goals export with a broken record names the file and the record', async () => {
    const zip = await vivaZip(
      { objectives: [] },
      { 'checkins_export_file_Contoso_1_Organization_Contoso_2.json': '[{"ID": 1}, {"ID": }]' },
    );
    const error = await refusal('export.zip', zip);
    const { reason, detail } = said(error, locale, words, label);
    expect(error.problem.file).toBe('checkins_export_file_Contoso_1_Organization_Contoso_2.json');
    expect(reason).toContain('2');
    expect(reason).not.toMatch(/Unexpected|token|position/);
    expect(detail).toMatch(/Unexpected/);
  });

  it('a JSON file of goals that is not valid JSON says so, not that it holds no records', async () => {
    const error = await refusal(
      'goals.json',
      new TextEncoder().encode('[{"name": "Grow revenue", "type": "objective"},'),
    );
    const { reason, detail } = said(error, locale, words, label);
    expect(reason).toContain('goals.json');
    expect(reason).toContain('JSON');
    expect(reason).not.toBe(
      said(
        await refusal('goals.json', new TextEncoder().encode('{"name": "Grow"}')),
        locale,
        words,
        label,
      ).reason,
    );
    expect(reason).not.toMatch(/Unexpected|Unterminated|position/);
    expect(detail).toMatch(/\S/);
  });
});
