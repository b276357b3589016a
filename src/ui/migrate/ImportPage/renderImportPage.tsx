import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowRightRegular,
  ArrowUploadRegular,
  DismissRegular,
} from '@fluentui/react-icons';
import type { DragEvent, ReactNode } from 'react';
import type { ImportReport } from '../../../migrate';
import {
  describeSiteTeamChanges,
  summariesApart,
  describeWritten,
  failureInWords,
  formatLabels,
  kindLabels,
  problemMessage,
  problemPlace,
  teamsChanged,
  type DryRun,
} from '../../../migrate/report';
import type { ImportProblem } from '../../../migrate/source';
import { sayReason } from '../../../migrate/report-words';
import { ErrorState } from '../../components/States/ErrorState';
import type { ImportWords } from '../import-words';
import type { ImportPageState } from './ImportPage.types';
import {
  chooseFileButtonId,
  fileInputId,
  importButtonId,
  importedOkrsId,
  nothingToWriteId,
  planActionsId,
} from './useImportPage';
import type { useImportPageStyles } from './useImportPageStyles';

/** Problems shown on the page; the downloadable report has every one. */
const SHOWN_PROBLEMS = 50;

/**
 * What a file gives (the dry run, why it cannot be imported, what was written) appears below the
 * drop zone, out of sight in a side panel (at 320 px it started 230 px below the panel's foot):
 * brought into view as it shows, whole where it fits, else from its start, just below the page's
 * header ("nearest" showed the foot of a message taller than the panel, its start hidden above).
 */
function revealOnShow(node: HTMLElement | null) {
  if (!node?.scrollIntoView) return;
  let scroller = node.parentElement;
  while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
    scroller = scroller.parentElement;
  }
  const room = scroller?.clientHeight ?? window.innerHeight;
  // Its scroll margins above and below count as part of it.
  const fits = node.offsetHeight + 2 * parseFloat(getComputedStyle(node).scrollMarginTop) <= room;
  node.scrollIntoView({ block: fits ? 'nearest' : 'start' });
}

/** A row of the dry run's or the outcome's table: what happens to a thing, where, and why. */
interface ListedRow {
  readonly badge: string;
  readonly color: 'informative' | 'warning' | 'danger';
  readonly place: string;
  readonly message: ReactNode;
}

/**
 * Why a problem is, in the reader's words where its reader gave them; else as the reader wrote it,
 * in English, marked so for a screen reader on a page in another language.
 */
function ProblemMessage({ problem, words }: { problem: ImportProblem; words: ImportWords }) {
  const message = problemMessage(problem, words.reader);
  const inEnglish = !problem.said && !(problem.issues && words.reader.sayIssue);
  return words.language && inEnglish ? <span lang="en">{message}</span> : <>{message}</>;
}

/** The first rows of a list of what happens to things of the file; the report has every one. */
function ListedTable({
  labelledBy,
  whatHeader,
  rows,
  styles,
  words: { say },
}: {
  labelledBy: string;
  whatHeader: string;
  rows: readonly ListedRow[];
  styles: ReturnType<typeof useImportPageStyles>;
  words: ImportWords;
}) {
  return (
    <>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.severityColumn}>{whatHeader}</TableHeaderCell>
            <TableHeaderCell>{say('Where and why')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, SHOWN_PROBLEMS).map((row, index) => (
            <TableRow key={index}>
              <TableCell>
                <Badge appearance="tint" color={row.color} className={styles.badge}>
                  {row.badge}
                </Badge>
              </TableCell>
              <TableCell>
                <div className={styles.place}>{row.place}</div>
                <div className={styles.message}>{row.message}</div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > SHOWN_PROBLEMS ? (
        <p className={styles.hint}>
          {say('{count} more {count|is|are} in the report.', {
            count: rows.length - SHOWN_PROBLEMS,
          })}
        </p>
      ) : null}
    </>
  );
}

function Plan({
  dryRun,
  styles,
  words,
}: {
  dryRun: DryRun;
  styles: ReturnType<typeof useImportPageStyles>;
  words: ImportWords;
}) {
  const { say, reader } = words;
  const { summaries, problems } = summariesApart(dryRun.problems);
  const onSite = describeSiteTeamChanges(dryRun, reader);
  return (
    <>
      <section
        ref={revealOnShow}
        className={`${styles.section} ${styles.revealed}`}
        aria-labelledby="import-plan-heading"
      >
        <h3 id="import-plan-heading" className={styles.heading}>
          {say('{format}: what the import writes', {
            format: reader.say(formatLabels[dryRun.format]),
          })}
        </h3>
        <dl className={styles.counts}>
          {Object.entries(dryRun.counts).map(([kind, count]) => (
            <div key={kind} className={styles.count}>
              <dt>{reader.say(kindLabels[kind as keyof typeof kindLabels])}</dt>
              <dd className={styles.countValue}>
                {(kind === 'teams' ? teamsChanged(dryRun) : count).toLocaleString(reader.locale)}
              </dd>
            </div>
          ))}
        </dl>
        {onSite ? (
          <p className={styles.hint} data-testid="import-site-team-changes">
            {say('Teams: {count} new; {changed} {onSite}.', {
              count: dryRun.counts.teams,
              changed: dryRun.siteTeamChanges.length,
              onSite,
            })}
          </p>
        ) : null}
        {summaries.map((summary) => (
          <p key={summary.message} className={styles.hint}>
            <ProblemMessage problem={summary} words={words} />
          </p>
        ))}
      </section>
      <section className={styles.section} aria-labelledby="import-problems-heading">
        <h3 id="import-problems-heading" className={styles.heading}>
          {problems.length === 0
            ? say('Everything maps')
            : say('What is changed or left out ({count})', { count: problems.length })}
        </h3>
        {problems.length > 0 ? (
          <ListedTable
            labelledBy="import-problems-heading"
            whatHeader={say('What happens')}
            rows={problems.map((problem) => ({
              badge: say(problem.severity === 'note' ? 'Changed' : 'Left out'),
              color: problem.severity === 'note' ? 'informative' : 'warning',
              place: problemPlace(problem, reader),
              message: <ProblemMessage problem={problem} words={words} />,
            }))}
            styles={styles}
            words={words}
          />
        ) : null}
      </section>
      {dryRun.unmatched.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say('Not found in your directory')}</MessageBarTitle>
            {say('{count} {count|person is|people are} kept by name only: {names}.', {
              count: dryRun.unmatched.length,
              names: dryRun.unmatched.map((who) => who.displayName).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

/**
 * What the run could not write, each with its place in the file, what it is and why, in words
 * (the downloadable report has the same): the outcome's "2 not written" named on the page.
 */
function Failures({
  report,
  styles,
  words,
}: {
  report: ImportReport;
  styles: ReturnType<typeof useImportPageStyles>;
  words: ImportWords;
}) {
  const { say, reader } = words;
  const { failed } = report;
  return (
    <section className={styles.section} aria-labelledby="import-failures-heading">
      <h3 id="import-failures-heading" className={styles.heading}>
        {say('Not written ({count})', { count: failed.length })}
      </h3>
      <ListedTable
        labelledBy="import-failures-heading"
        whatHeader={say('What happened')}
        rows={failed.map((failure) => ({
          badge: say('Not written'),
          color: 'danger',
          place: problemPlace(failure.at, reader),
          // What it was, and why it failed: in the reader's words where the import has them (a
          // refusal the store words itself is its own, in English).
          message: failureInWords(failure, reader),
        }))}
        styles={styles}
        words={words}
      />
    </section>
  );
}

/** What to do after a run that stopped or wrote some things not. */
function nextStep(report: ImportReport, { say }: ImportWords): string {
  if (report.cancelled || report.failed.every((failure) => failure.retryable))
    return say('Import the file again to continue; nothing is written twice.');
  return say(
    'Each is listed below with why: correct the file and import it again. What was written is updated, not made twice.',
  );
}

export function renderImportPage(
  state: ImportPageState,
  styles: ReturnType<typeof useImportPageStyles>,
) {
  const { current, words } = state;
  const { say, reader } = words;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) state.chooseFile(file);
    else state.setDragging(false);
  };
  const busy = current.step === 'reading' || current.step === 'running';
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="import-heading">
        <h2 id="import-heading" className={styles.heading}>
          {say('Import from Viva Goals or a spreadsheet')}
        </h2>
        <p className={styles.hint}>
          {say(
            "A Viva Goals organisation export (.zip), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template, your own sheet with one row per key result (an Objective and a Key result column; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due and Notes if you have them) or one row per objective (its key results in numbered columns: KR1, KR1 Target, KR1 Current, KR2, …), a goal list exported from another OKR tool (one row per goal with a Parent goal column, an outline number such as 1.2, key results indented under their objective, or a Type of Objective, Key result or Initiative on each row), as .csv or .xlsx, or such goal records as JSON, as a tool's API gives them, or Jira issues (CSV), as Jira's Export CSV writes them. You see what would be imported before anything is written; importing the same file again updates what it wrote and adds nothing twice.",
          )}
        </p>
        <div
          className={`${styles.dropZone} ${state.dragging ? styles.dropZoneActive : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            state.setDragging(true);
          }}
          onDragLeave={() => state.setDragging(false)}
          onDrop={onDrop}
          data-testid="import-drop-zone"
        >
          <ArrowUploadRegular fontSize={32} aria-hidden />
          <span>{say('Drag a file here, or')}</span>
          <Button
            id={chooseFileButtonId}
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => document.getElementById(fileInputId)?.click()}
          >
            {say('Choose a file')}
          </Button>
          <input
            id={fileInputId}
            type="file"
            accept=".zip,.csv,.xlsx,.txt,.tsv,.json,application/zip,text/csv,text/tab-separated-values,application/json"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) state.chooseFile(file);
              event.target.value = '';
            }}
          />
        </div>
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} onClick={state.downloadTemplate}>
            {say('Download the template (example)')}
          </Button>
        </div>
      </section>

      {current.step === 'reading' ? (
        <Spinner label={say('Reading {file}…', { file: current.fileName })} />
      ) : null}
      {current.step === 'unreadable' ? (
        <MessageBar
          ref={revealOnShow}
          className={styles.revealed}
          intent="error"
          layout="multiline"
          role="alert"
        >
          <MessageBarBody>
            <MessageBarTitle>{say('This file cannot be imported')}</MessageBarTitle>
            {current.unknown ? (
              <div className={styles.unknownFile}>
                {current.unknown.said ? (
                  <p className={styles.message}>{sayReason([current.unknown.said], reader)}</p>
                ) : (
                  <p className={styles.message} lang={words.language && 'en'}>
                    {current.unknown.wrong}
                  </p>
                )}
                <p className={styles.unknownLead}>{say('The import reads:')}</p>
                <ul className={styles.acceptedList}>
                  {current.unknown.accepted.map((kind) => (
                    <li key={kind}>{reader.say(kind)}</li>
                  ))}
                </ul>
              </div>
            ) : current.problem ? (
              <p className={styles.message}>
                {problemPlace(current.problem, reader)}:{' '}
                <ProblemMessage problem={current.problem} words={words} />
              </p>
            ) : (
              <p className={styles.message} lang={words.language && 'en'}>
                {current.message}
              </p>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {current.step === 'failed' ? (
        <ErrorState error={current.error} onRetry={state.retry} takeFocus />
      ) : null}

      {current.step === 'planned' || current.step === 'running' || current.step === 'finished' ? (
        <Plan dryRun={current.dryRun} styles={styles} words={words} />
      ) : null}

      {current.step === 'running' ? (
        <Field
          label={say('Importing {kind}: {done} of {total}', {
            kind: current.kind ? reader.say(kindLabels[current.kind]) : '',
            done: current.done,
            total: current.total,
          })}
          validationState="none"
        >
          <ProgressBar value={current.total ? current.done / current.total : 0} thickness="large" />
        </Field>
      ) : null}

      {current.step === 'finished' ? (
        <MessageBar
          ref={revealOnShow}
          className={styles.revealed}
          intent={current.report.cancelled || current.report.failed.length ? 'warning' : 'success'}
          layout="multiline"
          role="status"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {current.report.cancelled
                ? say('Import stopped')
                : current.report.failed.length
                  ? say(
                      Object.values(current.report.written).some((count) => count > 0)
                        ? 'Imported, with {count} not written'
                        : 'Not imported: {count} not written',
                      { count: current.report.failed.length },
                    )
                  : say('Imported')}
            </MessageBarTitle>
            {say('{written}.', { written: describeWritten(current.report, reader) })}{' '}
            {current.report.cancelled || current.report.failed.length
              ? nextStep(current.report, words)
              : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {current.step === 'finished' && current.report.failed.length > 0 ? (
        <Failures report={current.report} styles={styles} words={words} />
      ) : null}

      {/* Why Import is off comes before the buttons, which a narrow panel stacks. */}
      {state.nothingToWrite ? (
        <p id={nothingToWriteId} className={styles.hint}>
          {say(
            'Nothing to import: this file would write nothing, as everything in it is already on your site as the file has it, left as your site has it, or skipped (each named above). Choose another file to import.',
          )}
        </p>
      ) : null}
      {state.openOkrs && current.step === 'finished' && current.imported ? (
        <p id={importedOkrsId} className={styles.hint}>
          {current.imported.count > 1
            ? say(
                'They open in All OKRs, every team’s board, on {cycle}: the latest of the {count} cycles imported. Its cycle switcher shows the others.',
                { cycle: current.imported.latest.name, count: current.imported.count },
              )
            : say('They open in All OKRs, every team’s board, on {cycle}.', {
                cycle: current.imported.latest.name,
              })}
        </p>
      ) : null}
      {!state.canImport && current.step === 'planned' ? (
        <p className={styles.hint}>{say('Only an admin of the OKR programme can import.')}</p>
      ) : null}
      {current.step === 'planned' || current.step === 'running' || current.step === 'finished' ? (
        <div id={planActionsId} className={styles.actions}>
          {current.step === 'running' ? (
            <Button icon={<DismissRegular />} onClick={state.cancelImport}>
              {say('Stop')}
            </Button>
          ) : (
            <>
              {/* Once written, the OKRs are what the person came for: importing again is not. */}
              {state.openOkrs ? (
                <Button
                  appearance="primary"
                  icon={<ArrowRightRegular />}
                  aria-describedby={importedOkrsId}
                  onClick={state.openOkrs}
                >
                  {say('See the imported OKRs')}
                </Button>
              ) : null}
              <Button
                id={importButtonId}
                appearance={state.openOkrs ? 'secondary' : 'primary'}
                disabledFocusable={!state.canImport || state.nothingToWrite}
                {...(state.nothingToWrite ? { 'aria-describedby': nothingToWriteId } : {})}
                onClick={state.startImport}
              >
                {say(current.step === 'finished' ? 'Import again' : 'Import')}
              </Button>
            </>
          )}
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={state.downloadReport}
            disabledFocusable={busy}
          >
            {say('Download the report')}
          </Button>
          <Button onClick={state.chooseAnotherFile} disabledFocusable={busy}>
            {say('Choose another file')}
          </Button>
        </div>
      ) : null}

      <section className={styles.section} aria-labelledby="export-heading">
        <h2 id="export-heading" className={styles.heading}>
          {say('Export everything')}
        </h2>
        <p className={styles.hint}>
          {say(
            "Every cycle, team, objective, key result, initiative and check-in, in the Viva Goals export's JSON shape (which this page imports) or as the template spreadsheet (CSV or Excel). Edit the file and import it here again: the OKRs it names are updated, not made twice.",
          )}
        </p>
        <div className={styles.actions}>
          <Button
            icon={<ArrowDownloadRegular />}
            disabledFocusable={state.exporting}
            onClick={() => state.exportAs('json')}
          >
            {say('Export as JSON (.zip)')}
          </Button>
          <Button
            icon={<ArrowDownloadRegular />}
            disabledFocusable={state.exporting}
            onClick={() => state.exportAs('csv')}
          >
            {say('Export as CSV')}
          </Button>
          <Button
            icon={<ArrowDownloadRegular />}
            disabledFocusable={state.exporting}
            onClick={() => state.exportAs('xlsx')}
          >
            {say('Export as Excel')}
          </Button>
          {state.exporting ? <Spinner size="tiny" label={say('Exporting…')} /> : null}
        </div>
        {state.exportError !== undefined ? <ErrorState error={state.exportError} /> : null}
      </section>
    </div>
  );
}
