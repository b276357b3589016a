/**
 * Imports a Viva Goals export or the template into the OKR site.
 *
 *   npm run import -- export.zip --dry-run          (what would be imported; nothing written)
 *   npm run import -- export.zip                    (the local stack's emulator and demo site)
 *   npm run import -- explorer.csv --graph https://graph.microsoft.com/v1.0 --site contoso.sharepoint.com:/sites/okr
 *   npm run import -- export.zip --json             (the report as JSON)
 *   npm run import -- okrs.csv --locale en-GB       (cells the file leaves open, like 1,500 or
 *                                                    03/04/2026, read as en-GB writes them;
 *                                                    default: this machine's locale)
 *
 * Same flags and defaults as provision-lists; GRAPH_TOKEN for a real tenant (Sites.ReadWrite.All
 * and User.ReadBasic.All). Running it again updates what the last run wrote and continues where
 * it stopped.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ImportFileError,
  matchPeople,
  matchSite,
  planImport,
  readImportFile,
  runImport,
} from '../src/migrate';
import {
  describeDryRun,
  describeWritten,
  failureInWords,
  dryRun,
  kindLabels,
  problemPlace,
} from '../src/migrate/report';
import { GraphOkrRepository } from '../src/store';
import { defaultGraph, defaultSite, tokenProviderFor } from './provision-lists';

/** `--locale`, as Intl names it (`en-gb` is `en-GB`); one Intl does not know is refused. */
function localeOption(written: string): string {
  try {
    return Intl.getCanonicalLocales(written)[0]!;
  } catch {
    throw new Error(`--locale ${written} is not a locale: name one like en-US, en-GB or de-DE.`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string', default: defaultSite },
      graph: { type: 'string', default: defaultGraph },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      locale: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().locale },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('Name the file to import: npm run import -- FILE [--dry-run]');
  const locale = localeOption(values.locale!);
  const graphBaseUrl = values.graph!;
  const repository = new GraphOkrRepository({
    graphBaseUrl,
    tokens: tokenProviderFor(graphBaseUrl),
    site: values.site!,
  });
  // The file's last-saved day dates the current values of a sheet that has no date column.
  const fileDate = statSync(file).mtime.toISOString().slice(0, 10);
  const rules = await repository.loadOperatingModel();
  // Cycles named "Q1 FY2027" are read on the organisation's fiscal year.
  const source = await readImportFile(basename(file), readFileSync(file), undefined, {
    fileDate,
    locale,
    fiscalYear: rules.fiscalYear,
  });
  const plan = planImport(source, { today: new Date().toISOString().slice(0, 10), rules, locale });
  const people = await matchPeople(plan, repository);
  const matched = await matchSite(people.plan, repository);
  const preview = dryRun(matched, people.unmatched);
  if (values['dry-run']) {
    console.log(values.json ? JSON.stringify(preview, null, 2) : describeDryRun(preview));
    return;
  }
  if (!values.json) console.log(describeDryRun(preview));
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const report = await runImport(matched, repository, {
    signal: controller.signal,
    onProgress: ({ kind, done, total }) =>
      process.stderr.write(`\r${kindLabels[kind]}: ${done}/${total}   `),
  });
  process.stderr.write('\n');
  if (values.json) {
    console.log(JSON.stringify({ ...preview, result: report }, null, 2));
  } else {
    console.log(
      `${report.cancelled ? 'Cancelled; run it again to continue. ' : ''}Written: ${describeWritten(report)}.`,
    );
    for (const failure of report.failed) {
      console.log(
        `  [failed] ${problemPlace({ ...failure.at, item: failure.sourceId })}: ${failureInWords(failure)}`,
      );
    }
  }
  if (report.failed.length > 0 || report.cancelled) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ImportFileError
      ? error.message
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : error,
  );
  process.exit(1);
});
