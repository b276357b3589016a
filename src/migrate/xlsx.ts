/**
 * The small part of SpreadsheetML (ECMA-376 Part 1, §18.3 worksheets and §18.4 shared strings;
 * https://learn.microsoft.com/en-us/office/open-xml/spreadsheet/structure-of-a-spreadsheetml-document)
 * an import and an export need: the first worksheet's cell values as rows, and a one-sheet
 * workbook written from rows. Written cells are inline strings or numbers and never formulas,
 * so text that starts with `=` stays text in Excel.
 */
import JSZip from 'jszip';
import type { CsvRow } from './csv';

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(
          name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
        )
      : entities[name.toLowerCase()]!,
  );
}

function encodeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 has no place for most control characters: they are dropped.
      .replace(/[^\t\n\r\u0020-\uFFFF]/gu, (char) => (char.length > 1 ? char : ''))
  );
}

/** The text of a string item: its `<t>` runs, phonetic hints (`<rPh>`) aside. */
function textOf(item: string): string {
  const runs = item
    .replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
    .match(/<t\b[^>]*>[\s\S]*?<\/t>|<t\b[^>]*\/>/g);
  return (runs ?? [])
    .map((run) => decodeXml(run.replace(/^<t\b[^>]*>|<\/t>$|^<t\b[^>]*\/>$/g, '')))
    .join('');
}

/** `C12` → column index 2. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference.replace(/\d+$/, '')) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

export function isXlsx(files: readonly string[]): boolean {
  return files.includes('[Content_Types].xml') && files.some((name) => name.startsWith('xl/'));
}

/** The first worksheet's rows, each with its row number; empty cells are empty strings. */
export function readXlsxRows(entries: readonly { name: string; text: string }[]): CsvRow[] {
  const files = new Map(entries.map((entry) => [entry.name, entry.text]));
  const sheetName = [...files.keys()]
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))[0];
  if (!sheetName) return [];
  const strings = (files.get('xl/sharedStrings.xml')?.match(/<si\b[\s\S]*?<\/si>/g) ?? []).map(
    textOf,
  );
  const sheet = files.get(sheetName)!;
  const rows: CsvRow[] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const line = Number(/\br="(\d+)"/.exec(row[1]!)?.[1] ?? rows.length + 1);
    const fields: string[] = [];
    for (const cell of row[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const body = cell[2] ?? '';
      const reference = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = strings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else text = decodeXml(value ?? '');
      const index = reference ? columnIndex(reference) : fields.length;
      while (fields.length < index) fields.push('');
      fields[index] = text;
    }
    rows.push({ fields, line });
  }
  return rows;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A one-sheet workbook of `rows`: numbers as numbers, everything else as inline text. */
export async function writeXlsx(
  sheetName: string,
  rows: readonly (readonly (string | number | undefined)[])[],
): Promise<Uint8Array> {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === undefined || value === '') return '';
          const reference = `${columnName(c)}${r + 1}`;
          return typeof value === 'number' && Number.isFinite(value)
            ? `<c r="${reference}"><v>${value}</v></c>`
            : `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${encodeXml(String(value))}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${encodeXml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
