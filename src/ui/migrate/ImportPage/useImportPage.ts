import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ImportFileError,
  matchPeople,
  matchSite,
  planImport,
  readImportFile,
  runImport,
  templateExample,
} from '../../../migrate';
import {
  exportTemplateCsv,
  exportTemplateXlsx,
  exportVivaZip,
  readOrganisation,
  templateCsv,
} from '../../../migrate/export';
import { csvDialectFor } from '../../../core/csv';
import { newestFirst } from '../../../core/cycle-picks';
import type { ImportReport } from '../../../migrate';
import type { OkrRepository } from '../../../store/repository';
import { dryRun, reportCsv, writesNothing, type DryRun } from '../../../migrate/report';
import { useAppServices, useLocale, useLocaleWords } from '../../app/AppServices';
import { today } from '../../app/today';
import { downloadCsv, downloadFile, exportedMessage } from '../../board/exportBoard';
import { useAsyncResource, type AsyncResource } from '../../hooks/useAsyncResource';
import { focusAfterRetry } from '../../components/States/focusAfterRetry';
import { useImportWords } from '../import-words';
import type {
  ImportedCycles,
  ImportPageProps,
  ImportPageState,
  ImportStep,
} from './ImportPage.types';

/** The Import button's id: Try again hands it the focus. */
export const importButtonId = 'import-start';
/** Choose a file, always on the page: the focus waits there when the plan's buttons go. */
export const chooseFileButtonId = 'import-choose-file';
export const fileInputId = 'import-file-input';
/** Import, the report and Choose another file: gone once another file is chosen. */
export const planActionsId = 'import-plan-actions';
/** Why Import is off, read with the button. */
export const nothingToWriteId = 'import-nothing-to-write';
/** Which cycle the imported OKRs open on, read with the button that opens them. */
export const importedOkrsId = 'import-imported-okrs';

/** Where reading the chosen file has got to: nothing chosen, reading, refused, or planned. */
function readStep(
  file: File | undefined,
  reading: AsyncResource<{ readonly dryRun: DryRun }>,
): ImportStep {
  if (!file) return { step: 'choose' };
  const fileName = file.name;
  switch (reading.status) {
    case 'loading':
      return { step: 'reading', fileName };
    case 'error':
      return reading.error instanceof ImportFileError
        ? {
            step: 'unreadable',
            fileName,
            message: reading.error.message,
            ...(reading.error.problem.said ? { problem: reading.error.problem } : {}),
            ...(reading.error.unknown ? { unknown: reading.error.unknown } : {}),
          }
        : { step: 'failed', fileName, error: reading.error };
    case 'ready':
      return { step: 'planned', fileName, dryRun: reading.dryRun };
  }
}

/**
 * The latest of the site's cycles that hold the imported OKRs (several when the file brought
 * past cycles along): the board opens there, and its cycle switcher reaches the others.
 */
async function importedCycles(
  report: ImportReport,
  repository: Pick<OkrRepository, 'listCycles'>,
  locale: string,
): Promise<ImportedCycles | undefined> {
  if (report.cycleIds.length === 0) return undefined;
  const cycles = await repository.listCycles().catch(() => []);
  const [latest] = newestFirst(
    cycles.filter((cycle) => report.cycleIds.includes(cycle.id)),
    locale,
  );
  return latest && { latest, count: report.cycleIds.length };
}

export function useImportPage({
  canImport: allowed,
  notify,
  onOpenOkrs,
}: ImportPageProps): ImportPageState {
  const { repository, operatingModel, roles } = useAppServices();
  const locale = useLocale();
  const words = useImportWords();
  const translated = useLocaleWords();
  const canImport = allowed ?? roles.admin;
  const [chosen, setChosen] = useState<File>();
  /** The import started from the chosen file, once started: running, then finished. */
  const [started, setStarted] = useState<ImportStep>();
  const [dragging, setDragging] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const running = useRef<AbortController>();
  useEffect(() => () => running.current?.abort(), []);

  const readChosen = useMemo(
    () =>
      chosen &&
      (async (signal: AbortSignal) => {
        const bytes = new Uint8Array(await chosen.arrayBuffer());
        // The file's last-saved day dates the current values of a sheet that has no date column.
        const fileDate = today(new Date(chosen.lastModified));
        // Numbers and dates the file leaves open (1,500; 03/04/2026) are read as the user writes them.
        // Cycles named "Q1 FY2027" are read on the organisation's fiscal year.
        const source = await readImportFile(chosen.name, bytes, undefined, {
          fileDate,
          locale,
          fiscalYear: operatingModel.fiscalYear,
        });
        const planned = planImport(source, { today: today(), rules: operatingModel, locale });
        const people = await matchPeople(planned, repository, { signal });
        const plan = await matchSite(people.plan, repository, { signal });
        return { plan, dryRun: dryRun(plan, people.unmatched) };
      }),
    [chosen, locale, operatingModel, repository],
  );
  // A file chosen while another is still read replaces it; leaving the page cancels the read.
  const { data: reading, reload: readAgain } = useAsyncResource(readChosen);
  const plan = reading.status === 'ready' ? reading.plan : undefined;
  const current = useMemo(
    (): ImportStep => started ?? readStep(chosen, reading),
    [started, chosen, reading],
  );

  const nothingToWrite =
    (current.step === 'planned' || current.step === 'finished') && writesNothing(current.dryRun);

  const chooseFile = useCallback((file: File) => {
    // The plan's buttons go with it: focus on one of them would fall to the page's body.
    if (document.activeElement?.closest(`#${planActionsId}`))
      document.getElementById(chooseFileButtonId)?.focus();
    setDragging(false);
    setStarted(undefined);
    setChosen(file);
  }, []);

  const startImport = useCallback(() => {
    if (current.step !== 'planned' && current.step !== 'finished') return;
    if (!plan || !canImport || writesNothing(current.dryRun)) return;
    const { fileName, dryRun: preview } = current;
    const controller = new AbortController();
    running.current = controller;
    setStarted({ step: 'running', fileName, dryRun: preview, done: 0, total: 1 });
    void runImport(plan, repository, {
      signal: controller.signal,
      onProgress: ({ kind, done, total }) =>
        setStarted({
          step: 'running',
          fileName,
          dryRun: preview,
          done,
          total,
          kind,
        }),
    }).then(
      // Said by the page's own status message, with what was written: not a toast as well.
      async (report) => {
        const imported = await importedCycles(report, repository, locale);
        setStarted({
          step: 'finished',
          fileName,
          dryRun: preview,
          report,
          ...(imported ? { imported } : {}),
        });
      },
      (error: unknown) => setStarted({ step: 'failed', fileName, error }),
    );
  }, [canImport, current, plan, repository, locale]);

  const cancelImport = useCallback(() => running.current?.abort(), []);
  // The file picker, as Choose a file opens it: what is shown stays until another file is chosen.
  const chooseAnotherFile = useCallback(() => document.getElementById(fileInputId)?.click(), []);

  // Try again: after an import that failed, its plan again (importing it again writes nothing
  // twice); after a read that failed, the same file read again. The focus goes to Import once it
  // shows, as Try again goes with the error (it emptied the page, and the focus fell to its body).
  const retry = useCallback(() => {
    focusAfterRetry(() => document.getElementById(importButtonId));
    if (started?.step === 'failed') setStarted(undefined);
    else readAgain();
  }, [readAgain, started]);

  const downloadReport = useCallback(() => {
    if (current.step !== 'planned' && current.step !== 'finished') return;
    const report = current.step === 'finished' ? current.report : undefined;
    downloadCsv(
      `${current.fileName.replace(/\.[^.]+$/, '')}-import-report.csv`,
      reportCsv(current.dryRun, report, words.reader),
    );
  }, [current, words.reader]);

  const downloadTemplate = useCallback(
    () => downloadCsv('okr-template.csv', templateCsv(templateExample(), csvDialectFor(locale))),
    [locale],
  );

  const exportAs = useCallback(
    (format: 'json' | 'csv' | 'xlsx') => {
      setExporting(true);
      setExportError(undefined);
      void readOrganisation(repository)
        .then(async (data) => {
          const fileName = `okr-export.${format === 'json' ? 'zip' : format}`;
          if (format === 'json') {
            const now = new Date();
            const zip = await exportVivaZip(data, {
              today: today(now),
              rules: operatingModel,
              exportedAt: now.toISOString(),
            });
            downloadFile(fileName, new Blob([new Uint8Array(zip)], { type: 'application/zip' }));
          } else if (format === 'xlsx') {
            const workbook = await exportTemplateXlsx(data, operatingModel.scoring.max);
            downloadFile(
              fileName,
              new Blob([new Uint8Array(workbook)], {
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              }),
            );
          } else {
            const csv = exportTemplateCsv(data, operatingModel.scoring.max, csvDialectFor(locale));
            downloadCsv(fileName, csv);
          }
          notify?.(exportedMessage(data.keyResults.length, fileName, 0, translated, locale));
        }, setExportError)
        .finally(() => setExporting(false));
    },
    [locale, notify, operatingModel, repository, translated],
  );

  const imported = current.step === 'finished' ? current.imported : undefined;
  const openOkrs = useMemo(
    () => (imported && onOpenOkrs ? () => onOpenOkrs(imported.latest.id) : undefined),
    [imported, onOpenOkrs],
  );

  return {
    words,
    canImport,
    current,
    ...(openOkrs ? { openOkrs } : {}),
    nothingToWrite,
    dragging,
    exporting,
    ...(exportError !== undefined ? { exportError } : {}),
    chooseFile,
    setDragging,
    startImport,
    cancelImport,
    chooseAnotherFile,
    retry,
    downloadReport,
    downloadTemplate,
    exportAs,
  };
}
