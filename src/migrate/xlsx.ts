/**
 * The small part of SpreadsheetML (ECMA-376 Part 1, §18.3 worksheets and §18.4 shared strings;
 * https://learn.microsoft.com/en-us/office/open-xml/spreadsheet/structure-of-a-spreadsheetml-document)
 * an import and an export need: each worksheet's cell values as rows, and a one-sheet
 * workbook written from rows. Written cells are inline strings, numbers or dates and never
 * formulas, so text that starts with `=` stays text in Excel.
 */
import JSZip from 'jszip';
import type { CsvRow } from './csv';
import { isIsoDate } from '../core/dates';
import type { IsoDate, IsoDateTime } from '../core/model';
import { dateTimeToExcelSerial, excelSerialToDateTime } from './values';

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

/**
 * The text of a string item: its `<t>` runs, phonetic hints (`<rPh>`) aside. A character XML
 * cannot hold as it is, such as the carriage return of a line break pasted from Windows, is
 * written `_x000D_`, and an underscore that would read as such an escape `_x005F_` (ECMA-376
 * Part 1, §22.9.2.19 ST_Xstring, as Office writes it:
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/d34ae755-c53f-4a44-a363-c6dd3ee018a4).
 */
function textOf(item: string): string {
  const runs = item
    .replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
    .match(/<t\b[^>]*>[\s\S]*?<\/t>|<t\b[^>]*\/>/g);
  return (runs ?? [])
    .map((run) => decodeXml(run.replace(/^<t\b[^>]*>|<\/t>$|^<t\b[^>]*\/>$/g, '')))
    .join('')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
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

/** A worksheet's name (as its tab shows it) and its rows. */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: CsvRow[];
}

/** Built-in number formats that show dates and times (ECMA-376 Part 1, §18.8.30). */
const builtInDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);
const builtInPercentFormats = new Set([9, 10]);

type CellFormat = 'date' | 'percent' | 'other';

/**
 * Each cell style's indent level (`<alignment indent="2"/>`, Excel's "Increase Indent"; ECMA-376
 * Part 1, §18.8.1: https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/cc801104(v=office.14)),
 * cellXfs in order.
 */
function cellIndents(styles: string | undefined): number[] {
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles ?? '')?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((xf) =>
    Number(/<alignment\b[^>]*\bindent="(\d+)"/.exec(xf[1] ?? '')?.[1] ?? 0),
  );
}

/** Each cell style's kind of number format (`xl/styles.xml`, cellXfs in order). */
function cellFormats(styles: string | undefined): CellFormat[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const match of styles.matchAll(
    /<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g,
  )) {
    custom.set(Number(match[1]), decodeXml(match[2]!));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)/g)].map((xf) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(xf[1]!)?.[1] ?? 0);
    if (builtInDateFormats.has(id)) return 'date';
    if (builtInPercentFormats.has(id)) return 'percent';
    const code = custom.get(id);
    if (!code) return 'other';
    // Quoted text, escapes and [colour]/[$-locale] parts aside, d/m/y/h/s codes make a date.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    if (/[dmyhs]/i.test(bare) && !/^general$/i.test(bare)) return 'date';
    if (bare.includes('%')) return 'percent';
    return 'other';
  });
}

/** `=HYPERLINK("https://…","2295776")` → `2295776`: what the cell shows when no value was saved. */
function shownByFormula(formula: string): string {
  const link = /^\s*HYPERLINK\(\s*"(?:[^"]|"")*"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)\s*$/i.exec(formula);
  return link ? link[1]!.replace(/""/g, '"') : '';
}

function sheetRows(
  sheet: string,
  strings: readonly string[],
  formats: readonly CellFormat[],
  indentsOfStyles: readonly number[],
  date1904: boolean,
): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(/\br="(\d+)"/.exec(row[1]!)?.[1] ?? rows.length + 1);
    const fields: string[] = [];
    const indents: number[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const body = cell[2] ?? '';
      const reference = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const style = Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0);
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = strings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      // A formula's error, as the cell shows it (#DIV/0!, #N/A): named where it is read.
      else if (type === 'e') text = decodeXml(value ?? '');
      else if (value === undefined) {
        text = shownByFormula(decodeXml(/<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1] ?? ''));
      } else if (type === undefined || type === 'n') {
        const number = Number(value);
        const format = formats[style];
        if (format === 'date' && Number.isFinite(number)) {
          const at = excelSerialToDateTime(number, date1904);
          text = at.endsWith('T00:00:00Z') ? at.slice(0, 10) : at;
        } else if (format === 'percent' && Number.isFinite(number)) {
          text = `${Number((number * 100).toPrecision(12))}%`;
        } else text = decodeXml(value);
      } else text = decodeXml(value);
      const index = reference ? columnIndex(reference) : fields.length;
      while (fields.length < index) fields.push('');
      fields[index] = text;
      const indent = indentsOfStyles[style];
      if (indent) indents[index] = indent;
    }
    rows.push({ fields, line, ...(indents.length > 0 ? { indents } : {}) });
  }
  return rows;
}

/**
 * Every worksheet's rows in the order of the workbook's tabs, each row with its row number;
 * empty cells are empty strings. A cell formatted as a date reads as `YYYY-MM-DD` (or a UTC
 * date-time), one formatted as a percentage as `25%`, so the sheet's parser sees what Excel shows.
 */
export function readXlsxSheets(entries: readonly { name: string; text: string }[]): XlsxSheet[] {
  // Some writers (the Open XML SDK among them) prefix every element (`<x:row>`): the prefixes go.
  const files = new Map(
    entries.map((entry) => [
      entry.name,
      entry.text.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1'),
    ]),
  );
  const workbook = files.get('xl/workbook.xml') ?? '';
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const targets = new Map(
    [...(files.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].flatMap(
      ([tag]) => {
        const id = /\bId="([^"]+)"/.exec(tag)?.[1];
        const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
        if (!id || !target) return [];
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
        return [[id, path] as const];
      },
    ),
  );
  let sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const name = decodeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
    const path = targets.get(/\br:id="([^"]+)"/.exec(tag)?.[1] ?? '');
    return path && files.has(path) ? [{ name, path }] : [];
  });
  if (sheets.length === 0) {
    sheets = [...files.keys()]
      .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((path, index) => ({ name: `Sheet${index + 1}`, path }));
  }
  const strings = (files.get('xl/sharedStrings.xml')?.match(/<si\b[\s\S]*?<\/si>/g) ?? []).map(
    textOf,
  );
  const formats = cellFormats(files.get('xl/styles.xml'));
  const indents = cellIndents(files.get('xl/styles.xml'));
  return sheets.map(({ name, path }) => ({
    name,
    rows: sheetRows(files.get(path)!, strings, formats, indents, date1904),
  }));
}

/** A column's letters as a spreadsheet shows them: 0 is A, 26 is AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A day (`YYYY-MM-DD`) or a UTC instant, written as a date cell: a serial number shown as a date. */
export interface XlsxDate {
  readonly date: IsoDate | IsoDateTime;
}

export type XlsxCell = string | number | XlsxDate | undefined;

/**
 * The cell styles after the default one (`xl/styles.xml`): a day, and a day with its time, each
 * a number format of its own (ECMA-376 Part 1, §18.8.30 numFmt; ids from 164 are the file's own),
 * and the column width that shows it whole (a narrower column shows ####).
 */
const dateStyles = {
  day: { style: 1, numFmtId: 164, code: 'yyyy-mm-dd', width: 12 },
  // Written in UTC, and said so: Excel shows a serial number as it is, in no time zone.
  time: { style: 2, numFmtId: 165, code: 'yyyy-mm-dd hh:mm:ss "UTC"', width: 24 },
} as const;

const numberFormats = Object.values(dateStyles)
  .map(({ numFmtId, code }) => `<numFmt numFmtId="${numFmtId}" formatCode="${encodeXml(code)}"/>`)
  .join('');
const dateCellFormats = Object.values(dateStyles)
  .map(
    ({ numFmtId }) =>
      `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  )
  .join('');
/** The least stylesheet Excel opens: one font, the two fills it requires, one border, the formats. */
const stylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="2">${numberFormats}</numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${dateCellFormats}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * A one-sheet workbook of `rows`: numbers as numbers, dates as date cells (Excel sorts and
 * filters them as dates), everything else as inline text.
 */
export async function writeXlsx(
  sheetName: string,
  rows: readonly (readonly XlsxCell[])[],
): Promise<Uint8Array> {
  const widths = new Map<number, number>();
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === undefined || value === '') return '';
          const reference = `${columnName(c)}${r + 1}`;
          if (typeof value === 'object') {
            const kind = isIsoDate(value.date) ? dateStyles.day : dateStyles.time;
            widths.set(c, Math.max(widths.get(c) ?? 0, kind.width));
            return `<c r="${reference}" s="${kind.style}"><v>${dateTimeToExcelSerial(value.date)}</v></c>`;
          }
          return typeof value === 'number' && Number.isFinite(value)
            ? `<c r="${reference}"><v>${value}</v></c>`
            : `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${encodeXml(String(value))}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const columns = [...widths]
    .sort(([a], [b]) => a - b)
    .map(([c, width]) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
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
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${columns ? `<cols>${columns}</cols>` : ''}<sheetData>${sheetRows}</sheetData></worksheet>`,
  );
  zip.file('xl/styles.xml', stylesXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
