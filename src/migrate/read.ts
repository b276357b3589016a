/**
 * Bytes in, source organisation out: recognises the file (a Viva Goals organisation export ZIP,
 * a Viva Goals explorer export CSV, or our template CSV), reads it within size limits, and
 * parses it. A file that cannot be read at all is an `ImportFileError` naming the file and what
 * would be accepted; nothing is planned from it.
 */
import JSZip from 'jszip';
import { CsvSplitter, type CsvRow } from './csv';
import { fileError, type SourceOrganisation } from './source';
import { isXlsx, readXlsxRows } from './xlsx';
import { isTemplateHeader, parseTemplate } from './template';
import { isVivaExplorerHeader, parseExplorer } from './viva/explorer';
import {
  isVivaOrganisationExport,
  parseVivaOrganisation,
  type ZipEntry,
} from './viva/organisation';

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
  'Import a Viva Goals organisation export (.zip of JSON files), a Viva Goals explorer export (.csv or .xlsx) or the OKR Coach template (.csv or .xlsx).';

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

/**
 * Reads each file of a ZIP as text, counting decompressed bytes as they stream out, so a small
 * file that would inflate to gigabytes is stopped at the limit instead of filling memory.
 * (JSZip's `internalStream`: https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html)
 */
export async function readZipEntries(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = defaultReadLimits,
): Promise<ZipEntry[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return fileError(name, `is not a readable ZIP file (${(error as Error).message}). ${accepted}`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const decoder = new TextDecoder('utf-8');
    let text = '';
    await new Promise<void>((resolve, reject) => {
      const stream = (
        file as unknown as { internalStream(type: 'uint8array'): InternalStream }
      ).internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          total += chunk.length;
          if (total > limits.maxUncompressedBytes) {
            stream.pause();
            try {
              fileError(
                name,
                `unpacks to more than ${megabytes(limits.maxUncompressedBytes)} (at ${file.name}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.`,
              );
            } catch (error) {
              reject(error);
            }
            return;
          }
          text += decoder.decode(chunk, { stream: true });
        })
        .on('error', (error) =>
          reject(
            new Error(`${name}: ${file.name} cannot be unpacked (${error.message}). ${accepted}`),
          ),
        )
        .on('end', () => {
          text += decoder.decode();
          resolve();
        })
        .resume();
    }).catch((error: unknown) => {
      if (error instanceof Error && !(error.name === 'ImportFileError')) {
        fileError(name, error.message.replace(`${name}: `, ''));
      }
      throw error;
    });
    entries.push({ name: file.name, text });
  }
  return entries;
}

/** The rows of a CSV text, split as they are read. */
function* csvRows(text: string): Generator<CsvRow> {
  const splitter = new CsvSplitter();
  const chunk = 64 * 1024;
  for (let start = 0; start < text.length; start += chunk) {
    yield* splitter.push(text.slice(start, start + chunk));
  }
  yield* splitter.end();
}

export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = defaultReadLimits,
): Promise<SourceOrganisation> {
  if (bytes.length === 0) fileError(name, `is empty. ${accepted}`);
  if (bytes.length > limits.maxFileBytes) {
    fileError(
      name,
      `is ${megabytes(bytes.length)}, more than the ${megabytes(limits.maxFileBytes)} an import takes at once. Export one time period (or one team) at a time and import each.`,
    );
  }
  if (isZip(bytes)) {
    const entries = await readZipEntries(name, bytes, limits);
    if (isXlsx(entries.map((entry) => entry.name))) return parseRows(name, readXlsxRows(entries));
    if (!isVivaOrganisationExport(entries)) {
      fileError(
        name,
        `holds no Viva Goals objectives file (objectives_export_file_….json). ${accepted}`,
      );
    }
    return parseVivaOrganisation(entries);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileError(name, `is not text in UTF-8. ${accepted}`);
  }
  return parseRows(name, csvRows(text));
}

/** A sheet's rows (CSV or the first worksheet of a workbook): an explorer export or the template. */
function parseRows(name: string, rows: Iterable<CsvRow>): SourceOrganisation {
  // The header decides the parser; the rows read to find it are handed on, the rest streamed.
  const iterator = rows[Symbol.iterator]();
  const read: CsvRow[] = [];
  let header: readonly string[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    read.push(next.value);
    if (next.value.fields.some((field) => field.trim() !== '')) {
      header = next.value.fields;
      break;
    }
  }
  const all = (function* () {
    yield* read;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  })();
  if (isVivaExplorerHeader(header)) return parseExplorer(name, all);
  if (isTemplateHeader(header)) return parseTemplate(name, all);
  return fileError(
    name,
    `is not a file the import knows: its first row is not the header of a Viva Goals explorer export (…, Object Type, …, Checkins) or of the template (Type, Id, Parent, Title, …). ${accepted}`,
    1,
  );
}
