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
import { isVivaOrganisationExport, VivaOrganisationReader } from './viva/organisation';

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
    const failWith = (message: string) => {
      try {
        fileError(archive, message);
      } catch (error) {
        fail(error);
      }
    };
    stream
      .on('data', (chunk) => {
        if (failed) return;
        unpacked.bytes += chunk.length;
        if (unpacked.bytes > limits.maxUncompressedBytes) {
          failWith(
            `unpacks to more than ${megabytes(limits.maxUncompressedBytes)} (at ${file.name}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.`,
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
        if (!failed) failWith(`${file.name} cannot be unpacked (${error.message}). ${accepted}`);
      })
      .on('end', () => {
        if (!failed) resolve();
      })
      .resume();
  });
}

/** A ZIP: a workbook (its parts read whole, they are XML) or a Viva Goals organisation export. */
async function readZip(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<SourceOrganisation> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return fileError(name, `is not a readable ZIP file (${(error as Error).message}). ${accepted}`);
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  const names = files.map((file) => file.name);
  const unpacked: Unpacked = { bytes: 0 };
  if (isXlsx(names)) {
    const parts: { name: string; text: string }[] = [];
    for (const file of files) {
      const decoder = new TextDecoder('utf-8');
      let text = '';
      await streamZipFile(name, file, unpacked, limits, (chunk) => {
        text += decoder.decode(chunk, { stream: true });
      });
      parts.push({ name: file.name, text: text + decoder.decode() });
    }
    return parseRows(name, readXlsxRows(parts));
  }
  if (!isVivaOrganisationExport(names)) {
    fileError(
      name,
      `holds no Viva Goals objectives file (objectives_export_file_….json). ${accepted}`,
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

/** The rows of a CSV file, decoded and split as they are read, never held as one text. */
function* csvRows(name: string, bytes: Uint8Array): Generator<CsvRow> {
  const splitter = new CsvSplitter();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      return fileError(name, `is not text in UTF-8. ${accepted}`);
    }
  };
  const chunk = 64 * 1024;
  for (let start = 0; start < bytes.length; start += chunk) {
    yield* splitter.push(decode(bytes.subarray(start, start + chunk)));
  }
  yield* splitter.push(decode());
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
  if (isZip(bytes)) return readZip(name, bytes, limits);
  return parseRows(name, csvRows(name, bytes));
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
