/**
 * okr-lint: runs the coaching engine over a file of OKRs.
 *
 *   npm run okr-lint -- FILE [--json] [--format jsonl|csv] [--language de]
 *
 * FILE is JSON Lines (one object a line) or CSV with a header, with the columns `kind`
 * ("objective" or "key_result"), `text` and optionally `objective` (the parent objective's text
 * for a key result) and `language` (the language it is written in, overriding --language);
 * `-` reads standard input. The coach reads each OKR in its language (English unless told:
 * --language en, de, fr or es, or a locale such as de-AT) and says its findings in it. The format comes from the extension (.csv,
 * .jsonl/.ndjson/.json) or else from the content. With --json it prints exactly one JSON object
 * per input record, in order. Exit code: 0 nothing flagged, 1 some item has an error or warning,
 * 2 some input could not be read (each bad record still gets its own output, naming its line).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { languageTagProblem, lintText, type Finding, type LintKind } from '../src/core/coaching';
import { defaultOperatingModel } from '../src/core/operating-model';

type Format = 'jsonl' | 'csv';

interface Options {
  readonly file: string;
  readonly json: boolean;
  readonly format?: Format;
  readonly language?: string;
}

interface OkrLine {
  readonly kind: LintKind;
  readonly text: string;
  readonly objective?: string;
  readonly language?: string;
}

/** One record of the input: the OKR it holds, or why it could not be read. */
type InputRecord =
  | { readonly line: number; readonly okr: OkrLine }
  | { readonly line: number; readonly error: string; readonly text?: string };

const usage =
  'Usage: npm run okr-lint -- FILE [--json] [--format jsonl|csv] [--language en|de|fr|es]   (FILE may be - for stdin)';
const kinds: readonly LintKind[] = ['objective', 'key_result'];

function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`okr-lint: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(options.file === '-' ? 0 : options.file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    process.stderr.write(`okr-lint: cannot read ${options.file}: ${(error as Error).message}\n`);
    return 2;
  }
  const format = options.format ?? detectFormat(options.file, content);
  const records = format === 'csv' ? readCsv(content) : readJsonLines(content);
  let flagged = false;
  let unreadable = false;
  const human: string[] = [];
  for (const record of records) {
    if ('error' in record) {
      unreadable = true;
      if (options.json) {
        print({
          line: record.line,
          ...(record.text !== undefined ? { text: record.text } : {}),
          error: record.error,
          findings: [],
        });
      } else {
        human.push(`line ${record.line}: error: ${record.error}`);
      }
      continue;
    }
    const { kind, text, objective, language = options.language } = record.okr;
    const model = language ? { ...defaultOperatingModel, locale: language } : defaultOperatingModel;
    const findings = lintText(kind, text, { model }, objective);
    if (findings.some((finding) => finding.severity !== 'info')) flagged = true;
    if (options.json) print({ text, findings: findings.map(toJson) });
    else human.push(describe(record.line, record.okr, findings));
  }
  if (!options.json) {
    const okrs = records.filter((record) => 'okr' in record).length;
    human.push(summary(okrs, records.length - okrs, flagged));
    process.stdout.write(`${human.join('\n\n')}\n`);
  }
  return unreadable ? 2 : flagged ? 1 : 0;
}

function parseArguments(argv: readonly string[]): Options {
  let file: string | undefined;
  let json = false;
  let format: Format | undefined;
  let language: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--json') json = true;
    else if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.split('=')[1] : argv[++index];
      if (value !== 'jsonl' && value !== 'csv')
        throw new Error(`--format must be jsonl or csv, not ${value ?? 'nothing'}`);
      format = value;
    } else if (argument === '--language' || argument.startsWith('--language=')) {
      const value = argument.includes('=') ? argument.split('=')[1] : argv[++index];
      const problem = languageTagProblem(value);
      if (problem) throw new Error(`--language ${problem}`);
      language = value;
    } else if (argument === '--help' || argument === '-h') throw new Error('help');
    else if (argument.startsWith('--')) throw new Error(`unknown option ${argument}`);
    else if (file !== undefined)
      throw new Error(`one file at a time (got ${file} and ${argument})`);
    else file = argument;
  }
  if (file === undefined) throw new Error('no input file given');
  return { file, json, ...(format ? { format } : {}), ...(language ? { language } : {}) };
}

function detectFormat(file: string, content: string): Format {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (['.jsonl', '.ndjson', '.json'].includes(extension)) return 'jsonl';
  const first = content.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return first.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

function readJsonLines(content: string): InputRecord[] {
  const records: InputRecord[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      records.push({ line, error: `not valid JSON (${(error as Error).message})` });
      return;
    }
    records.push(toRecord(line, value));
  });
  return records;
}

/** RFC 4180 CSV: a header row, quoted fields with "" for a quote, commas and newlines inside quotes. */
function readCsv(content: string): InputRecord[] {
  const rows = parseCsv(content);
  const header = rows.shift();
  if (!header) return [];
  if (header.error) return [{ line: header.line, error: header.error }];
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  if (!columns.includes('kind') || !columns.includes('text')) {
    return [
      {
        line: header.line,
        error: `the CSV header must name the columns kind and text (found: ${columns.join(', ')})`,
      },
    ];
  }
  return rows
    .filter((row) => row.error || row.fields.some((field) => field.trim() !== ''))
    .map((row): InputRecord => {
      if (row.error) return { line: row.line, error: row.error };
      if (row.fields.length > columns.length) {
        return {
          line: row.line,
          error: `${row.fields.length} fields but the header has ${columns.length} columns`,
        };
      }
      const value: Record<string, string> = {};
      columns.forEach((column, index) => {
        const field = row.fields[index];
        if (field !== undefined && field !== '') value[column] = field;
      });
      return toRecord(row.line, value);
    });
}

interface CsvRow {
  readonly line: number;
  readonly fields: string[];
  readonly error?: string;
}

function parseCsv(content: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const separator = detectSeparator(content);
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let index = 0;
  const endRow = () => {
    fields.push(field);
    rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (index < content.length) {
    const char = content[index]!;
    if (quoted) {
      if (char === '"' && content[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
      index++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\r' && content[index + 1] === '\n') {
      index++;
      continue;
    } else if (char === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
    }
    index++;
  }
  if (quoted) rows.push({ line: rowLine, fields: [], error: 'a quoted field is never closed' });
  else if (field !== '' || fields.length > 0) endRow();
  return rows;
}

function detectSeparator(content: string): ',' | ';' {
  const header = content.split(/\r?\n/, 1)[0] ?? '';
  return !header.includes(',') && header.includes(';') ? ';' : ',';
}

function toRecord(line: number, value: unknown): InputRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: 'expected an object with kind and text' };
  }
  const { kind, text, objective, language } = value as Record<string, unknown>;
  const quotedText = typeof text === 'string' ? { text } : {};
  if (typeof kind !== 'string' || !kinds.includes(kind.trim() as LintKind)) {
    return {
      line,
      ...quotedText,
      error: `kind must be "objective" or "key_result" (got ${JSON.stringify(kind ?? null)})`,
    };
  }
  if (typeof text !== 'string' || text.trim() === '') {
    return { line, error: 'text must be a non-empty string' };
  }
  if (objective !== undefined && objective !== null && typeof objective !== 'string') {
    return { line, text, error: 'objective, when given, must be a string' };
  }
  const languageGiven = language !== undefined && language !== null && language !== '';
  const problem = languageGiven
    ? typeof language === 'string'
      ? languageTagProblem(language)
      : 'must be a string'
    : undefined;
  if (problem) return { line, text, error: `language, when given, ${problem}` };
  return {
    line,
    okr: {
      kind: kind.trim() as LintKind,
      text,
      ...(typeof objective === 'string' && objective.trim() !== '' ? { objective } : {}),
      ...(languageGiven ? { language: (language as string).trim() } : {}),
    },
  };
}

function toJson(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    suggestion: finding.suggestion,
    source: finding.citation,
  };
}

function describe(line: number, okr: OkrLine, findings: readonly Finding[]): string {
  const label = okr.kind === 'objective' ? 'objective' : 'key result';
  const head = `line ${line} (${label}): ${okr.text}`;
  if (findings.length === 0) return `${head}\n  ✓ no findings`;
  return [
    head,
    ...findings.map((finding) =>
      [
        `  ${finding.severity.padEnd(7)} ${finding.rule}: ${finding.message}`,
        `          → ${finding.suggestion}`,
        `          source: ${finding.citation}`,
      ].join('\n'),
    ),
  ].join('\n');
}

function summary(okrs: number, unreadable: number, flagged: boolean): string {
  const parts = [`${okrs} OKR line(s) checked`];
  if (unreadable > 0) parts.push(`${unreadable} line(s) could not be read`);
  parts.push(flagged ? 'some need work (error or warning)' : 'nothing flagged');
  return parts.join('; ');
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

process.exitCode = main(process.argv.slice(2));
