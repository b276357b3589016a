/**
 * Bytes in, source organisation out: recognises the file (a Viva Goals organisation export ZIP,
 * a Viva Goals explorer export, our template, a team's own sheet of one row per key result, or
 * a goal tree from another OKR tool, each as CSV or XLSX), reads it within size limits, and
 * parses it. A file that cannot be read at all is an `ImportFileError` naming the file and what
 * would be accepted; nothing is planned from it.
 */
import JSZip from 'jszip';
import { formulaUnguarded } from '../core/csv';
import { CsvSplitter, detectDelimiter, type CsvDelimiter, type CsvRow } from './csv';
import { LocaleReading, profileSheet, SheetValues } from './sheet';
import {
  fileError,
  fileRefused,
  layoutsAccepted,
  type ImportProblem,
  type SourceOrganisation,
} from './source';
import { recordsAsRows } from './json-records';
import { notionPageTitles } from './values';
import { isXlsx, readXlsxSheets } from './xlsx';
import { parseTemplate, templateFit, templateNumberColumns } from './template';
import { explorerFit, explorerNumberColumns, parseExplorer } from './viva/explorer';
import { isVivaOrganisationExport, VivaOrganisationReader } from './viva/organisation';
import {
  ownSheetFit,
  ownSheetNeeds,
  ownSheetNumberColumns,
  parseOwnSheet,
  type OwnSheetContext,
} from './own-sheet';
import {
  goalTreeFit,
  goalTreeNeeds,
  goalTreeNumberColumns,
  headerlessOutlineHeader,
  isHeaderlessOutline,
  isIndentedGoalList,
  parseGoalTree,
  parseHeaderlessOutline,
} from './goal-tree';
import { parseWideSheet, wideSheetFit, wideSheetNeeds, wideSheetNumberColumns } from './wide-sheet';
import { saidAs, type Said } from './report-words';

export interface ReadLimits {
  /** The file as uploaded. */
  readonly maxFileBytes: number;
  /** Everything inside a ZIP once decompressed: a ZIP bomb stops here. */
  readonly maxUncompressedBytes: number;
}

/** An organisation of 5,000 items and 20,000 check-ins exports to about 15 MB of JSON. */
export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 40 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
};

const accepted =
  "Import a Viva Goals organisation export (.zip of JSON files), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template (.csv or .xlsx), your own sheet with one row per key result (.csv or .xlsx, with an Objective and a Key result column) or one row per objective (an Objective column and numbered key result columns: KR1, KR2, …), Jira issues (.csv, as Jira's Export CSV (all fields) writes them) or a goal list exported from another OKR tool (.csv or .xlsx, one row per goal, with a Goal name column and a Parent goal column, an outline number such as 1.2, or a Type of Objective or Key result on each row), or an outline of goals in one column (.txt, .csv or .xlsx, key results indented under their objective).";

/** What the caller knows about the file beyond its bytes. */
export type ReadOptions = Omit<OwnSheetContext, 'sheetName'> & {
  /**
   * The reader's locale (`en-GB`, `de-DE`): a number or date the file leaves open (`1,500`,
   * `03/04/2026`) is read as it writes them, and the dry run says so. Without one, such a cell
   * is named as ambiguous and left out. The findings name days in it too.
   */
  readonly locale?: string;
};

/** JSZip's documented streaming reader, missing from its type declarations. */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** Decompressed bytes so far, against the cap (a ZIP bomb stops at it). */
interface Unpacked {
  bytes: number;
}

/**
 * Streams one file of a ZIP out in chunks as it is decompressed, counting the bytes against the
 * cap as they come, so a small file that would inflate to gigabytes is stopped at the limit and
 * no file is ever held whole here. `onChunk` may throw to stop the stream (its error rejects).
 * (JSZip's `internalStream`, chunks of 16 kB inflated one at a time:
 * https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html)
 */
function streamZipFile(
  archive: string,
  file: JSZip.JSZipObject,
  unpacked: Unpacked,
  limits: ReadLimits,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = (
      file as unknown as { internalStream(type: 'uint8array'): InternalStream }
    ).internalStream('uint8array');
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      stream.pause();
      reject(error);
    };
    const failWith = (refuse: () => never) => {
      try {
        refuse();
      } catch (error) {
        fail(error);
      }
    };
    stream
      .on('data', (chunk) => {
        if (failed) return;
        unpacked.bytes += chunk.length;
        if (unpacked.bytes > limits.maxUncompressedBytes) {
          failWith(() =>
            fileError(archive, [
              {
                text: 'unpacks to more than {max} (at {part}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.',
                params: { max: megabytes(limits.maxUncompressedBytes), part: file.name },
              },
            ]),
          );
          return;
        }
        try {
          onChunk(chunk);
        } catch (error) {
          fail(error);
        }
      })
      .on('error', (error) => {
        if (!failed)
          failWith(() =>
            fileRefused(
              archive,
              {
                text: '{file} cannot be unpacked: its part {part} is damaged or cut off. Download or export the file again and import that. (Technical detail: {error})',
                params: { part: file.name, error: error.message },
              },
              accepted,
            ),
          );
      })
      .on('end', () => {
        if (!failed) resolve();
      })
      .resume();
  });
}

/** What a whole file is, said when the import refuses it (`fileRefused`). */
type FileIs = Parameters<typeof fileRefused>[1];

/**
 * What an Office or Apple document other than a workbook the import reads is, by the parts its
 * ZIP holds, with what to save it as; `undefined` for any other ZIP.
 */
function otherZipDocument(names: readonly string[]): FileIs | undefined {
  if (names.includes('xl/workbook.bin'))
    return {
      text: '{file} is an Excel Binary Workbook (.xlsb), which the import cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".',
    };
  if (names.includes('word/document.xml'))
    return {
      text: '{file} is a Word document, not a spreadsheet. If your OKRs are in a table in it, copy the table into Excel and save that as an Excel Workbook (.xlsx).',
    };
  if (names.includes('ppt/presentation.xml'))
    return { text: '{file} is a PowerPoint presentation, not a spreadsheet.' };
  if (names.some((part) => part.startsWith('Index/') && part.endsWith('.iwa')))
    return {
      text: '{file} is an Apple Numbers spreadsheet, which the import cannot read. In Numbers, choose File > Export To > Excel (or CSV) and import that.',
    };
  if (names.includes('mimetype') && names.includes('content.xml'))
    return {
      text: '{file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as "CSV UTF-8" and import that.',
    };
  return undefined;
}

/**
 * What a file that is neither a ZIP nor text is, by its first bytes (a PDF, an image), or JSON
 * outside a Viva Goals organisation export, with what to import instead; `undefined` otherwise.
 */
function notASheet(name: string, bytes: Uint8Array): FileIs | undefined {
  const starts = (...signature: number[]) => signature.every((byte, at) => bytes[at] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46))
    return {
      text: '{file} is a PDF document, not a spreadsheet: the import cannot read OKRs from a PDF. Export them from the tool that made it as CSV or Excel.',
    };
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { text: '{file} is a PNG image, not a spreadsheet.' };
  if (starts(0xff, 0xd8, 0xff)) return { text: '{file} is a JPEG image, not a spreadsheet.' };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { text: '{file} is a GIF image, not a spreadsheet.' };
  // JSON, after a byte-order mark or spaces: a file taken out of a Viva Goals export, or other.
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\ufeff?\s*/, '');
  // A web page: Jira's "Export Excel" (and other tools' "Excel" exports) write an HTML table
  // saved as .xls, which Excel opens but is not a workbook.
  if (/^<(!doctype html|html|table|meta|\?xml[^>]*>\s*<html)/i.test(text))
    return {
      text: '{file} is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)"), or open it in Excel and save it as an Excel Workbook (.xlsx).',
    };
  if (!/^[[{]/.test(text) || (!/\.json$/i.test(name) && !/^[[{]\s*["{[\]}]/.test(text)))
    return undefined;
  return isVivaExportFile(name)
    ? {
        text: '{file} is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.',
      }
    : {
        text: "{file} is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them).",
      };
}

/**
 * A JSON file of records another tool's API or export wrote (not a file of a Viva Goals
 * organisation export, which is read whole from its ZIP), as a sheet of a row per record; read as
 * any sheet is, so a layout it does not match is refused naming its fields.
 */
function jsonRecordsSheet(
  name: string,
  bytes: Uint8Array,
): { rows: CsvRow[]; note: ImportProblem } | undefined {
  const decode = (part: Uint8Array) => new TextDecoder('utf-8').decode(part).replace(/^\ufeff/, '');
  if (!/^\s*[[{]/.test(decode(bytes.subarray(0, 64))) || isVivaExportFile(name)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(decode(bytes));
  } catch (error) {
    // Named .json, it is meant as JSON: what is wrong is that it is not (cut off, a broken
    // record), not what it holds. Another name may be a sheet that starts with "[".
    if (!/\.json$/i.test(name)) return undefined;
    return fileRefused(
      name,
      {
        text: "{file} is not valid JSON: it may be cut off or damaged, so no goal records can be read from it. The import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them). (Technical detail: {error})",
        params: { error: (error as Error).message },
      },
      accepted,
    );
  }
  const rows = recordsAsRows(json);
  if (!rows) return undefined;
  return {
    rows,
    note: {
      file: name,
      ...saidAs([
        {
          text: 'The file\'s {count} JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.',
          params: { count: rows.length - 1 },
        },
      ]),
      severity: 'note',
    },
  };
}

const isVivaExportFile = (name: string) =>
  /^(objectives|checkins|teams|timeperiods|comments|users|tags)[_\s-]/i.test(
    name.split('/').pop()!,
  );

/** A ZIP: a workbook (its parts read whole, they are XML) or a Viva Goals organisation export. */
async function readZip(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits,
  options: ReadOptions,
  nested = false,
): Promise<SourceOrganisation> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return fileRefused(
      name,
      {
        text: '{file} cannot be opened: it is a ZIP file (as an Excel workbook (.xlsx) and a Viva Goals export are) that is damaged, cut off or password-protected. Download or save it again and import that. (Technical detail: {error})',
        params: { error: (error as Error).message },
      },
      accepted,
    );
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  const names = files.map((file) => file.name);
  const unpacked: Unpacked = { bytes: 0 };
  const other = otherZipDocument(names);
  if (other) fileRefused(name, other, accepted);
  if (isXlsx(names)) {
    const parts: { name: string; text: string }[] = [];
    // The workbook's XML parts; images and other media are not read.
    for (const file of files.filter((part) => /\.(xml|rels)$/i.test(part.name))) {
      const decoder = new TextDecoder('utf-8');
      let text = '';
      await streamZipFile(name, file, unpacked, limits, (chunk) => {
        text += decoder.decode(chunk, { stream: true });
      });
      parts.push({ name: file.name, text: text + decoder.decode() });
    }
    const sheets = readXlsxSheets(parts);
    return parseSheets(
      name,
      sheets.map((sheet) => ({ name: sheet.name, rows: () => sheet.rows })),
      [],
      options,
    );
  }
  // A spreadsheet sent zipped (one CSV or workbook in the ZIP) is read as that spreadsheet.
  const spreadsheets = files.filter(
    (file) => /\.(csv|tsv|txt|xlsx)$/i.test(file.name) && !/(^|\/)(__MACOSX\/|\._)/.test(file.name),
  );
  if (!nested && !isVivaOrganisationExport(names) && spreadsheets.length === 1) {
    const inner = spreadsheets[0]!;
    const chunks: Uint8Array[] = [];
    await streamZipFile(name, inner, unpacked, limits, (chunk) => chunks.push(chunk));
    const content = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    chunks.reduce((at, chunk) => (content.set(chunk, at), at + chunk.length), 0);
    const innerName = `${name}/${inner.name}`;
    if (content.length === 0) fileRefused(innerName, { text: '{file} is empty.' }, accepted);
    return isZip(content)
      ? readZip(innerName, content, limits, options, true)
      : readCsv(innerName, content, options);
  }
  if (!isVivaOrganisationExport(names)) {
    fileRefused(
      name,
      { text: '{file} holds no Viva Goals objectives file (objectives_export_file_….json).' },
      accepted,
    );
  }
  const organisation = new VivaOrganisationReader();
  for (const file of files) {
    const sink = organisation.open(file.name);
    if (!sink) continue;
    const decoder = new TextDecoder('utf-8');
    await streamZipFile(name, file, unpacked, limits, (chunk) =>
      sink.push(decoder.decode(chunk, { stream: true })),
    );
    sink.push(decoder.decode());
    sink.end();
  }
  return organisation.organisation();
}

type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1's). */
const windows1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** A chunk decoder for the encoding; `windows-1252` is decoded here, the same in every runtime. */
function decoderFor(encoding: TextEncoding): (chunk?: Uint8Array) => string {
  if (encoding === 'windows-1252') {
    return (chunk) => {
      let text = '';
      for (const byte of chunk ?? []) {
        text += byte >= 0x80 && byte <= 0x9f ? windows1252[byte - 0x80] : String.fromCharCode(byte);
      }
      return text;
    };
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  return (chunk) => (chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode());
}

/**
 * How a text file is encoded, the way Excel tells when it opens one: a UTF-8 or UTF-16 byte-order
 * mark, else the PC's code page, which in Western locales is Windows-1252 (Excel's "CSV (Comma
 * delimited)"); here, text that is valid UTF-8 is read as UTF-8 first
 * (https://wiki.scn.sap.com/wiki/display/ABAP/Excel+files+-+CSV+format). UTF-16 without a mark
 * shows as a zero in every other byte of Latin text.
 */
function encodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 1024);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2) oddZeros++;
      else evenZeros++;
    }
  });
  if (oddZeros > sample.length / 4) return 'utf-16le';
  if (evenZeros > sample.length / 4) return 'utf-16be';
  try {
    const decode = decoderFor('utf-8');
    const chunk = 1024 * 1024;
    for (let start = 0; start < bytes.length; start += chunk) {
      decode(bytes.subarray(start, start + chunk));
    }
    decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The rows of a CSV file, decoded and split as they are read, never held as one text. A file
 * that ends inside a quoted cell is refused: all after the quote would be one cell.
 */
function* csvRows(
  name: string,
  bytes: Uint8Array,
  encoding: TextEncoding,
  delimiter: CsvDelimiter,
): Generator<CsvRow> {
  const splitter = new CsvSplitter(delimiter);
  const decode = decoderFor(encoding);
  const chunk = 64 * 1024;
  for (let start = 0; start < bytes.length; start += chunk) {
    yield* splitter.push(decode(bytes.subarray(start, start + chunk)));
  }
  yield* splitter.push(decode());
  const last = splitter.end();
  const row = splitter.unclosedQuoteRow;
  if (row !== undefined) {
    fileError(
      name,
      [
        {
          text: 'a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").',
        },
      ],
      row,
    );
  }
  yield* last;
}

/**
 * Whether a text file (.txt) is a goal list typed as an outline without a header row, its lines
 * read whole: the commas, semicolons or tabs in it are a title's ("1,2 Mio. €") or indent it, not
 * columns. A tab after a line's text is a column, as in Excel's tab-separated "Unicode text".
 */
function isTypedOutline(name: string, sample: string, delimiter: CsvDelimiter): boolean {
  if (!/\.txt$/i.test(name)) return false;
  const rows = new CsvSplitter(delimiter)
    .push(sample.replace(/^\ufeff/, ''))
    .filter((row) => row.fields.some((cell) => cell.trim() !== ''))
    .slice(0, rowsBeforeHeader);
  const lines = rows.map((row) => ({ ...row, fields: [row.fields.join(delimiter)] }));
  return (
    !rows.some((row) => layoutOf(row.fields)) &&
    !lines.some((row) => /\S\t/.test(row.fields[0]!)) &&
    isHeaderlessOutline(lines)
  );
}

/** A CSV (or Excel's tab-separated "Unicode text"): its encoding and delimiter, then its rows. */
function readCsv(name: string, bytes: Uint8Array, options: ReadOptions): SourceOrganisation {
  const encoding = encodingOf(bytes);
  const sample = decoderFor(encoding === 'utf-8' ? 'windows-1252' : encoding)(
    bytes.subarray(0, 64 * 1024),
  );
  const { delimiter, skipFirstLine } = detectDelimiter(sample);
  const wholeLines = isTypedOutline(name, sample, delimiter);
  const notes: ImportProblem[] =
    encoding === 'windows-1252'
      ? [
          {
            file: name,
            ...saidAs([
              {
                text: 'The file is not UTF-8; it is read as Windows-1252 (Western European), the encoding Excel uses for "CSV (Comma delimited)". If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.',
              },
            ]),
            severity: 'note',
          },
        ]
      : [];
  const rows = () =>
    (function* () {
      for (const row of csvRows(name, bytes, encoding, delimiter)) {
        if (!skipFirstLine || row.line > 1)
          yield {
            ...row,
            fields: (wholeLines ? [row.fields.join(delimiter)] : row.fields).map((cell) =>
              notionPageTitles(formulaUnguarded(cell)),
            ),
          };
      }
    })();
  return parseSheets(name, [{ rows }], notes, options);
}

export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = defaultReadLimits,
  options: ReadOptions = {},
): Promise<SourceOrganisation> {
  if (bytes.length === 0) fileRefused(name, { text: '{file} is empty.' }, accepted);
  if (bytes.length > limits.maxFileBytes) {
    fileError(name, [
      {
        text: 'is {size}, more than the {max} an import takes at once. Export one time period (or one team) at a time and import each.',
        params: { size: megabytes(bytes.length), max: megabytes(limits.maxFileBytes) },
      },
    ]);
  }
  // An OLE2 compound file: an Excel 97–2003 workbook, or a password-protected one.
  if (
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte)
  ) {
    fileRefused(
      name,
      {
        text: '{file} is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".',
      },
      accepted,
    );
  }
  if (isZip(bytes)) return readZip(name, bytes, limits, options);
  const records = jsonRecordsSheet(name, bytes);
  if (records) return parseSheets(name, [{ rows: () => records.rows }], [records.note], options);
  const other = notASheet(name, bytes);
  // One file of a Viva Goals export is told to import the whole export, not what else is read.
  if (other) fileRefused(name, other, isVivaExportFile(name) ? undefined : accepted);
  return readCsv(name, bytes, options);
}

/**
 * The sheet layouts the import reads, each recognised by its header row: `fit` counts the
 * header's columns the layout reads (0 when the row lacks what it needs). A header that more
 * than one layout could read is read by the one that reads most of its columns, the first listed
 * on a tie ("Title" and "Type" are the template's and a goal tree's too).
 */
const goalTreeLayout = {
  fit: goalTreeFit,
  parse: parseGoalTree,
  numberColumns: goalTreeNumberColumns,
};
const headerlessOutlineLayout = { ...goalTreeLayout, parse: parseHeaderlessOutline };
const layouts = [
  { fit: explorerFit, parse: parseExplorer, numberColumns: explorerNumberColumns },
  { fit: templateFit, parse: parseTemplate, numberColumns: templateNumberColumns },
  goalTreeLayout,
  { fit: ownSheetFit, parse: parseOwnSheet, numberColumns: ownSheetNumberColumns },
  { fit: wideSheetFit, parse: parseWideSheet, numberColumns: wideSheetNumberColumns },
];

/** The layout that reads the most of a header row's columns, if any reads it. */
function layoutOf(header: readonly string[]) {
  let best: { layout: (typeof layouts)[number]; fit: number } | undefined;
  for (const layout of layouts) {
    const fit = layout.fit(header);
    if (fit > (best?.fit ?? 0)) best = { layout, fit };
  }
  return best?.layout;
}

/** How many filled rows above the header (a title, a note, a blank line) are looked past. */
const rowsBeforeHeader = 20;

interface Sheet {
  /** A workbook's tab name; a CSV has none. */
  readonly name?: string;
  /** The sheet's rows, read afresh on each call (a CSV is decoded again, never held). */
  readonly rows: () => Iterable<CsvRow>;
}

/** What a header row that comes close to your own sheet or a goal tree lacks to be one. */
const needsOf = (header: readonly string[]) => {
  const needs = [ownSheetNeeds(header), wideSheetNeeds(header), goalTreeNeeds(header)].filter(
    (need): need is Said => need !== undefined,
  );
  return needs.length > 0 ? needs : undefined;
};

/**
 * A cell of a file that is not text (a binary file read as CSV) as a page can show it: what is
 * not printable (control characters, which a page shows as boxes or not at all) as one `�`.
 */
function shownAsText(cell: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return cell.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]+/g, '\ufffd');
}

/** The sheet's header row and the layout that reads it, looked for in its first filled rows. */
function findHeader(sheet: Sheet) {
  const seen: CsvRow[] = [];
  for (const row of sheet.rows()) {
    if (row.fields.every((field) => field.trim() === '')) continue;
    const layout = layoutOf(row.fields);
    if (layout) return { layout, header: row, seen };
    seen.push(row);
    if (seen.length >= rowsBeforeHeader) break;
  }
  // A goal column whose rows indent the key results under their objectives, as an outline.
  const outlined = seen.find((row, index) => isIndentedGoalList(row.fields, seen.slice(index + 1)));
  if (outlined) return { layout: goalTreeLayout, header: outlined, seen };
  if (isHeaderlessOutline(seen))
    return { layout: headerlessOutlineLayout, header: headerlessOutlineHeader, seen };
  // The row that comes closest to a layout is the one to name in the message.
  const closest = seen.find((row) => needsOf(row.fields)) ?? seen[0];
  return { seen, closest };
}

/**
 * The rows of a CSV or of each worksheet (in tab order): the first sheet with a header the import
 * knows is read; an instructions tab before it or title rows above the header are passed over.
 * Its cells are profiled first (decimal mark, each date column's day/month order), then parsed.
 */
function parseSheets(
  name: string,
  sheets: readonly Sheet[],
  notes: readonly ImportProblem[],
  options: ReadOptions,
): SourceOrganisation {
  /** What each sheet looked at has instead of a header the import knows. */
  const looked: Said[] = [];
  const unread: string[] = [];
  const recognised: { sheet: Sheet; found: Required<ReturnType<typeof findHeader>> }[] = [];
  let emptySheets = 0;
  for (const sheet of sheets) {
    const found = findHeader(sheet);
    if (!found.layout && found.seen.length === 0) emptySheets++;
    if (!found.layout) {
      const row = found.closest;
      const cells = row?.fields.map((field) => field.trim()).filter(Boolean) ?? [];
      const needs = row && needsOf(row.fields);
      const shown = cells
        .slice(0, 12)
        .map((field) => `"${shownAsText(field.slice(0, 40))}"`)
        .join(', ');
      const headers: Said =
        cells.length > 12
          ? {
              text: '{headers} and {count} more',
              params: { headers: shown, count: cells.length - 12 },
            }
          : { text: '{headers}', params: { headers: shown } };
      const sheetParams = { sheet: sheet.name ?? '', row: String(row?.line) };
      const has: Said = !cells.length
        ? {
            text: sheet.name ? 'sheet "{sheet}" is empty' : 'the file is empty',
            params: sheetParams,
          }
        : {
            text: sheet.name
              ? row!.line > 1
                ? 'sheet "{sheet}" has the headers {headers} (row {row})'
                : 'sheet "{sheet}" has the headers {headers}'
              : row!.line > 1
                ? 'the file has the headers {headers} (row {row})'
                : 'the file has the headers {headers}',
            params: sheetParams,
            joined: { headers: { parts: [headers], by: '' } },
          };
      looked.push(
        needs
          ? {
              text: '{what}: {needs}',
              joined: { what: { parts: [has], by: '' }, needs: { parts: needs, by: '; ' } },
            }
          : has,
      );
      if (sheet.name) unread.push(`"${sheet.name}"`);
      continue;
    }
    // Every tab in the first recognised tab's layout is read (a workbook of one tab per quarter).
    if (recognised[0] && found.layout !== recognised[0].found.layout) {
      if (sheet.name) unread.push(`"${sheet.name}"`);
      continue;
    }
    recognised.push({ sheet, found: found as Required<typeof found> });
  }
  if (recognised.length > 0) {
    const { locale } = options;
    const context = options;
    const localeReading = locale ? new LocaleReading(locale) : undefined;
    const several = recognised.length > 1;
    const sources = recognised.map(({ sheet, found }) => {
      const file = several ? `${name} (sheet "${sheet.name}")` : name;
      const headerLine = found.header.line;
      const fromHeader = () =>
        (function* () {
          for (const row of sheet.rows()) if (row.line >= headerLine) yield row;
        })();
      const numberColumns = new Set(found.layout.numberColumns(found.header.fields));
      const values = new SheetValues(
        profileSheet(fromHeader(), headerLine, numberColumns),
        localeReading,
      );
      const source = found.layout.parse(file, fromHeader(), values, {
        ...context,
        ...(sheet.name ? { sheetName: sheet.name } : {}),
      });
      const where: ImportProblem[] =
        headerLine > 1
          ? [
              {
                file,
                row: headerLine,
                ...saidAs([
                  {
                    text: 'The header is on row {row}; the rows above it are not read.',
                    params: { row: String(headerLine) },
                  },
                ]),
                severity: 'note',
              },
            ]
          : [];
      return { ...source, problems: [...where, ...values.notes(file), ...source.problems] };
    });
    const readTabs = recognised.map(({ sheet }) => `"${sheet.name}"`);
    const tabsRead: Said = unread.length
      ? {
          text: 'Read from the {count|sheet|sheets} {read}; the {unreadCount|sheet|sheets} {unread} {unreadCount|is|are} not read (no header in that layout).',
          params: { count: readTabs.length, unreadCount: unread.length },
          lists: { read: readTabs, unread },
        }
      : {
          text: 'Read from the {count|sheet|sheets} {read}.',
          params: { count: readTabs.length },
          lists: { read: readTabs },
        };
    const tabs: ImportProblem[] =
      sheets.length > 1 ? [{ file: name, ...saidAs([tabsRead]), severity: 'note' }] : [];
    const first = sources[0]!;
    // A team or cycle named on several tabs is kept once, as first found.
    const unique = <T extends { id: string }>(lists: readonly (readonly T[])[]) => {
      const byId = new Map<string, T>();
      for (const entry of lists.flat()) if (!byId.has(entry.id)) byId.set(entry.id, entry);
      return [...byId.values()];
    };
    const read = {
      ...first,
      teams: unique(sources.map((source) => source.teams)),
      periods: unique(sources.map((source) => source.periods)),
      items: sources.flatMap((source) => source.items),
      checkIns: sources.flatMap((source) => source.checkIns),
      comments: sources.flatMap((source) => source.comments),
      problems: [
        ...(localeReading?.assumed(name) ?? []),
        ...notes,
        ...tabs,
        ...sources.flatMap((source) => source.problems),
      ],
    };
    // A header with nothing under it (or only blank rows) is not an empty import to confirm.
    const attempted = read.problems.some((problem) => problem.severity !== 'note');
    if (read.items.length === 0 && read.checkIns.length === 0 && !attempted) {
      const { sheet, found } = recognised[0]!;
      fileError(
        name,
        [
          sheet.name
            ? {
                text: 'has its header row (sheet "{sheet}") but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.',
                params: { sheet: sheet.name },
              }
            : {
                text: 'has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.',
              },
        ],
        found.header.line,
      );
    }
    return read;
  }
  // Nothing but blank rows (a byte-order mark, empty lines, cells of spaces, empty tabs).
  if (emptySheets === sheets.length) {
    fileRefused(
      name,
      {
        text:
          sheets.length > 1
            ? '{file} is empty: none of its sheets has rows with anything in them.'
            : '{file} is empty: it has no rows with anything in them.',
      },
      accepted,
    );
  }
  return fileRefused(
    name,
    {
      text: '{file} is not a file the import knows: {looked}.',
      joined: { looked: { parts: looked, by: '; ' } },
    },
    `${layoutsAccepted} ${accepted}`,
    1,
  );
}
