/**
 * What an import tells the person running it: counts per kind, what cannot be mapped and why
 * (per item, with file, row and field), who was not found in the directory, and after the run
 * what failed. As text for the CLI and as a CSV report to download.
 */
import { csvDialectFor, toCsv } from '../core/csv';
import type { Person } from '../core/model';
import { planCounts, type ImportCounts, type ImportPlan } from './plan';
import type { ImportFailure, ImportReport } from './run';
import { describeUnchanged } from './imported-before';
import type { ImportProblem, SourceFormat } from './source';
import { inEnglish, listed, sayReason, type ReportReader, type ReportText } from './report-words';

export interface DryRun {
  readonly format: SourceFormat;
  readonly counts: ImportCounts;
  readonly problems: readonly ImportProblem[];
  readonly unmatched: readonly Person[];
  /** Teams already on the site that the run gives the file's owners (`matchSite`). */
  readonly siteTeamOwners: number;
  /** Teams already on the site that the run links to the file's Microsoft 365 group. */
  readonly siteTeamGroups: number;
  /**
   * Each team already on the site that the run changes (gives the file's owners, links to the
   * file's group): a team change as much as a team written, counted and named with the teams.
   */
  readonly siteTeamChanges: readonly {
    readonly name: string;
    readonly owners: boolean;
    readonly group: boolean;
  }[];
}

export function dryRun(plan: ImportPlan, unmatched: readonly Person[] = []): DryRun {
  return {
    format: plan.format,
    counts: planCounts(plan),
    problems: plan.problems,
    unmatched,
    siteTeamOwners: plan.siteTeams?.filter((team) => team.owners).length ?? 0,
    siteTeamGroups: plan.siteTeams?.filter((team) => team.groupId).length ?? 0,
    siteTeamChanges: (plan.siteTeams ?? [])
      .filter((team) => team.owners || team.groupId)
      .map((team) => ({ name: team.team.name, owners: !!team.owners, group: !!team.groupId })),
  };
}

/**
 * The teams a run writes or changes: the new ones, and those already on the site it gives owners
 * or links to a Microsoft 365 group (a dry run whose only team change is a group is not "0 teams").
 */
export function teamsChanged(run: Pick<DryRun, 'counts' | 'siteTeamChanges'>): number {
  return run.counts.teams + run.siteTeamChanges.length;
}

/**
 * A dry run whose import would write nothing: every item of the file already as on the site, left
 * as the site has it, or skipped, and no team on the site changed.
 */
export function writesNothing(run: Pick<DryRun, 'counts' | 'siteTeamChanges'>): boolean {
  return teamsChanged(run) === 0 && Object.values(run.counts).every((count) => count === 0);
}

/** What changes on teams already on the site, in words: `"Sales": its Microsoft 365 group linked`. */
export function describeSiteTeamChanges(
  run: Pick<DryRun, 'siteTeamChanges'>,
  reader: ReportReader = inEnglish,
): string {
  if (run.siteTeamChanges.length === 0) return '';
  const { say } = reader;
  const what = (change: DryRun['siteTeamChanges'][number]) =>
    listed(
      [
        change.owners && say("the file's owners given"),
        change.group && say('its Microsoft 365 group linked'),
      ].filter((said): said is string => !!said),
      reader,
    );
  return say('already on your site: {teams}', {
    teams: run.siteTeamChanges
      .map((change) => say('"{team}" ({changes})', { team: change.name, changes: what(change) }))
      .join(', '),
  });
}

export const kindLabels = {
  teams: 'teams',
  cycles: 'cycles',
  objectives: 'objectives',
  keyResults: 'key results',
  initiatives: 'initiatives',
  checkIns: 'check-ins',
} as const satisfies Record<keyof ImportCounts, ReportText>;

export const oneOfKind: Readonly<Record<keyof ImportCounts, string>> = {
  teams: 'team',
  cycles: 'cycle',
  objectives: 'objective',
  keyResults: 'key result',
  initiatives: 'initiative',
  checkIns: 'check-in',
};

const counted: Readonly<Record<keyof ImportCounts, ReportText>> = {
  teams: '{count} {count|team|teams}',
  cycles: '{count} {count|cycle|cycles}',
  objectives: '{count} {count|objective|objectives}',
  keyResults: '{count} {count|key result|key results}',
  initiatives: '{count} {count|initiative|initiatives}',
  checkIns: '{count} {count|check-in|check-ins}',
};

/** A count in words, its noun agreeing with it: "1 team", "4 check-ins" ("1 Team", "4 Check-ins"). */
export function countOfKind(
  kind: keyof ImportCounts,
  count: number,
  reader: ReportReader = inEnglish,
): string {
  return reader.say(counted[kind], { count });
}

export const formatLabels = {
  vivaOrganisation: 'Viva Goals organisation export',
  vivaExplorer: 'Viva Goals explorer export',
  template: 'OKR Coach template',
  ownSheet: 'Your own sheet (one row per key result)',
  wideSheet: 'Your own sheet (one row per objective, its key results in columns)',
  goalTree: 'Goal tree from another OKR tool (one row per goal)',
  jira: 'Jira issues (CSV)',
} as const satisfies Record<SourceFormat, ReportText>;

/**
 * What a run wrote, in words: each kind's count, and the teams already on the site that were
 * given the file's owners or linked to its Microsoft 365 groups (those teams are not among the
 * teams written).
 */
export function describeWritten(report: ImportReport, reader: ReportReader = inEnglish): string {
  const { say } = reader;
  const own = report.fromThisSite;
  const wroteNothing =
    Object.values(report.written).every((count) => count === 0) &&
    report.siteTeamOwners.written + report.siteTeamGroups.written === 0;
  if (report.cancelled && wroteNothing) return say('Nothing was written');
  // The check-ins a file from this site finds here already are said below, not as imported.
  const kinds = Object.entries(report.written)
    .map(([kind, count]) =>
      countOfKind(
        kind as keyof ImportCounts,
        kind === 'checkIns' && own ? count - own.checkInsKept : count,
        reader,
      ),
    )
    .join(', ');
  const owners = report.siteTeamOwners.written;
  const groups = report.siteTeamGroups.written;
  const given = [
    owners > 0 && say("the file's owners given to {count} {count|team|teams}", { count: owners }),
    groups > 0 &&
      say("the file's Microsoft 365 groups linked to {count} {count|team|teams}", {
        count: groups,
      }),
  ].filter((said): said is string => !!said);
  const leftAsTheyAre = describeUnchanged(report.unchanged, reader);
  const written = [
    given.length > 0
      ? say('{written}; {given} already on your site', {
          written: kinds,
          given: listed(given, reader),
        })
      : kinds,
    leftAsTheyAre && say('already imported, unchanged: {counts}', { counts: leftAsTheyAre }),
  ]
    .filter((said): said is string => !!said)
    .reduce((first, then) => say('{first}; {then}', { first, then }));
  if (!own) return written;
  const onSite = [
    say('{count} of them updated', { count: own.updated }),
    own.checkInsKept > 0 &&
      say('{count} {count|check-in|check-ins} already here left as they were', {
        count: own.checkInsKept,
      }),
    own.asInFile > 0 &&
      say('{count} more already as in the file left as they were', { count: own.asInFile }),
    own.changedLeft > 0 &&
      say('{count} more changed here since the export left as they are', {
        count: own.changedLeft,
      }),
  ].filter(Boolean);
  return say('{written}; the file came from this site: {onSite}', {
    written,
    onSite: onSite.join(', '),
  });
}

const aKind: Readonly<Record<keyof ImportCounts, ReportText>> = {
  teams: 'A team',
  cycles: 'A cycle',
  objectives: 'An objective',
  keyResults: 'A key result',
  initiatives: 'An initiative',
  checkIns: 'A check-in',
};

const theKind: Readonly<Record<keyof ImportCounts, ReportText>> = {
  teams: 'The team "{title}"',
  cycles: 'The cycle "{title}"',
  objectives: 'The objective "{title}"',
  keyResults: 'The key result "{title}"',
  initiatives: 'The initiative "{title}"',
  checkIns: 'A check-in on "{title}"',
};

/** What a write that failed was, in words: `The objective "Grow"`, `A check-in on "Revenue"`. */
export function failedItem(
  failure: Pick<ImportFailure, 'kind' | 'title'>,
  reader: ReportReader = inEnglish,
): string {
  return failure.title === undefined
    ? reader.say(aKind[failure.kind])
    : reader.say(theKind[failure.kind], { title: failure.title });
}

/** A write that failed, in words: what it is, and why (`The objective "Grow": Not imported: …`). */
export function failureInWords(failure: ImportFailure, reader: ReportReader = inEnglish): string {
  return reader.say('{first}: {then}', {
    first: failedItem(failure, reader),
    then: problemMessage(failure, reader),
  });
}

/** Where a problem is, in the words of the file: `objectives_….json, row 12, field "Type"`. */
export function problemPlace(
  problem: Pick<ImportProblem, 'file' | 'row' | 'field' | 'item'>,
  { say }: ReportReader = inEnglish,
): string {
  return [
    problem.file,
    // A row's number as the file numbers it, never grouped ("row 1200", not "row 1,200").
    problem.row !== undefined ? say('row {row}', { row: String(problem.row) }) : '',
    problem.field ? say('field "{field}"', { field: problem.field }) : '',
    problem.item ? say('item {item}', { item: problem.item }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Why a problem is, in the reader's words where its reader gave them, else as it was written. */
export function problemMessage(
  problem: Pick<ImportProblem, 'message' | 'said' | 'issues'>,
  reader: ReportReader = inEnglish,
): string {
  const { sayIssue } = reader;
  if (problem.issues && sayIssue) return problem.issues.map((issue) => sayIssue(issue)).join(' ');
  return problem.said ? sayReason(problem.said, reader) : problem.message;
}

/**
 * The dry run as text: the counts, then what is left out and what is changed or assumed (the
 * import page's "Left out" and "Changed"), each with its place in the file, then the people the
 * directory does not know.
 */
/** What a dry run says of the whole file (`ImportProblem.summary`), apart from its problems. */
export function summariesApart(all: readonly ImportProblem[]): {
  readonly summaries: readonly ImportProblem[];
  readonly problems: readonly ImportProblem[];
} {
  return {
    summaries: all.filter((problem) => problem.summary),
    problems: all.filter((problem) => !problem.summary),
  };
}

export function describeDryRun(run: DryRun): string {
  const onSite = describeSiteTeamChanges(run);
  const counts = Object.entries(run.counts)
    .map(([kind, count]) =>
      kind === 'teams' && onSite
        ? `  teams: ${teamsChanged(run)} (${count} new; ${run.siteTeamChanges.length} ${onSite})`
        : `  ${kindLabels[kind as keyof ImportCounts]}: ${count}`,
    )
    .join('\n');
  const listed = (heading: string, problems: readonly ImportProblem[]) =>
    problems.length
      ? `${heading} (${problems.length}):\n${problems.map((problem) => `  ${problemPlace(problem)}: ${problem.message}`).join('\n')}`
      : '';
  const people = run.unmatched.map(
    (who) =>
      `  ${who.displayName}${who.email && who.email !== who.displayName ? ` <${who.email}>` : ''}`,
  );
  const { summaries, problems } = summariesApart(run.problems);
  return [
    `${formatLabels[run.format]}: would import`,
    counts,
    ...summaries.map((summary) => summary.message),
    problems.length
      ? [
          listed(
            'Left out: not imported',
            problems.filter((problem) => problem.severity !== 'note'),
          ),
          listed(
            'Changed: imported as said',
            problems.filter((problem) => problem.severity === 'note'),
          ),
        ]
          .filter(Boolean)
          .join('\n')
      : 'Everything maps.',
    people.length
      ? `Not found in the directory, kept by name (${people.length}):\n${people.join('\n')}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The downloadable report: one row per problem, unmatched person and failure. What is written for
 * people to read (the counts' labels, the messages) is in the reader's language; the columns'
 * names and the codes of the first two (What: count, mapping, person, write; Severity: error,
 * skipped, note, failed) stay as they are in every language, so that a sheet or a script that
 * filters the report by them reads any reader's. It is written in the CSV dialect of the reader's
 * locale (`csvDialectFor`), as Excel opened by a double click there splits it.
 */
export function reportCsv(
  run: DryRun,
  result?: ImportReport,
  reader: ReportReader = inEnglish,
): string {
  const { say } = reader;
  const counted = (planned: number, written: number | undefined) =>
    written === undefined
      ? say('{planned} planned', { planned })
      : say('{planned} planned, {written} written', { planned, written });
  return toCsv(
    [
      ['What', 'Severity', 'File', 'Row', 'Field', 'Item', 'Message'],
      ...Object.entries(run.counts).map(([kind, count]) => [
        'count',
        '',
        '',
        '',
        say(kindLabels[kind as keyof ImportCounts]),
        '',
        counted(count, result?.written[kind as keyof ImportCounts]),
      ]),
      ...(run.siteTeamOwners > 0
        ? [
            [
              'count',
              '',
              '',
              '',
              say('owners of teams already on your site'),
              '',
              counted(run.siteTeamOwners, result?.siteTeamOwners.written),
            ],
          ]
        : []),
      ...(run.siteTeamGroups > 0
        ? [
            [
              'count',
              '',
              '',
              '',
              say('Microsoft 365 groups of teams already on your site'),
              '',
              counted(run.siteTeamGroups, result?.siteTeamGroups.written),
            ],
          ]
        : []),
      ...run.problems.map((problem) => [
        'mapping',
        problem.severity,
        problem.file,
        problem.row,
        problem.field,
        problem.item,
        problemMessage(problem, reader),
      ]),
      ...run.unmatched.map((who) => [
        'person',
        'note',
        '',
        undefined,
        '',
        who.email ?? '',
        say('{name} is not in the directory; kept by name.', { name: who.displayName }),
      ]),
      ...(result?.failed ?? []).map((failure) => [
        'write',
        'failed',
        failure.at.file,
        failure.at.row,
        '',
        failure.sourceId,
        failureInWords(failure, reader),
      ]),
    ],
    csvDialectFor(reader.locale),
  );
}
