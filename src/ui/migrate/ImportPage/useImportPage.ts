import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ImportFileError,
  matchPeople,
  planImport,
  readImportFile,
  runImport,
  templateExample,
  type ImportPlan,
} from '../../../migrate';
import {
  exportTemplateCsv,
  exportTemplateXlsx,
  exportVivaZip,
  readOrganisation,
  templateCsv,
} from '../../../migrate/export';
import { dryRun, kindLabels, reportCsv } from '../../../migrate/report';
import { useAppServices } from '../../app/AppServices';
import type { ImportPageProps, ImportPageState, ImportStep } from './ImportPage.types';

/** Offers bytes as a file download (a Blob URL, revoked once the click has been handled). */
function download(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const today = () => new Date().toISOString().slice(0, 10);

export function useImportPage({ canImport: allowed, notify }: ImportPageProps): ImportPageState {
  const { repository, operatingModel, roles } = useAppServices();
  const canImport = allowed ?? roles.admin;
  const [current, setCurrent] = useState<ImportStep>({ step: 'choose' });
  const [dragging, setDragging] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const plan = useRef<ImportPlan>();
  const running = useRef<AbortController>();
  useEffect(() => () => running.current?.abort(), []);

  const chooseFile = useCallback(
    (file: File) => {
      setDragging(false);
      setCurrent({ step: 'reading', fileName: file.name });
      void (async () => {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const source = await readImportFile(file.name, bytes);
          const planned = planImport(source, { today: today(), rules: operatingModel });
          const people = await matchPeople(planned, repository);
          plan.current = people.plan;
          setCurrent({
            step: 'planned',
            fileName: file.name,
            dryRun: dryRun(people.plan, people.unmatched),
          });
        } catch (error) {
          setCurrent(
            error instanceof ImportFileError
              ? { step: 'unreadable', fileName: file.name, message: error.message }
              : { step: 'failed', fileName: file.name, error },
          );
        }
      })();
    },
    [operatingModel, repository],
  );

  const startImport = useCallback(() => {
    if (current.step !== 'planned' && current.step !== 'finished') return;
    if (!plan.current || !canImport) return;
    const { fileName, dryRun: preview } = current;
    const controller = new AbortController();
    running.current = controller;
    setCurrent({ step: 'running', fileName, dryRun: preview, done: 0, total: 1, kind: '' });
    void runImport(plan.current, repository, {
      signal: controller.signal,
      onProgress: ({ kind, done, total }) =>
        setCurrent({
          step: 'running',
          fileName,
          dryRun: preview,
          done,
          total,
          kind: kindLabels[kind],
        }),
    }).then(
      (report) => {
        setCurrent({ step: 'finished', fileName, dryRun: preview, report });
        if (!report.cancelled && report.failed.length === 0) notify?.(`${fileName} is imported.`);
      },
      (error: unknown) => setCurrent({ step: 'failed', fileName, error }),
    );
  }, [canImport, current, notify, repository]);

  const cancelImport = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => {
    plan.current = undefined;
    setCurrent({ step: 'choose' });
  }, []);

  const downloadReport = useCallback(() => {
    if (current.step !== 'planned' && current.step !== 'finished') return;
    const report = current.step === 'finished' ? current.report : undefined;
    download(
      `${current.fileName.replace(/\.[^.]+$/, '')}-import-report.csv`,
      'text/csv;charset=utf-8',
      reportCsv(current.dryRun, report),
    );
  }, [current]);

  const downloadTemplate = useCallback(
    () => download('okr-template.csv', 'text/csv;charset=utf-8', templateCsv(templateExample())),
    [],
  );

  const exportAs = useCallback(
    (format: 'json' | 'csv' | 'xlsx') => {
      setExporting(true);
      setExportError(undefined);
      void readOrganisation(repository)
        .then(async (data) => {
          if (format === 'json')
            download(
              'okr-export.zip',
              'application/zip',
              new Uint8Array(await exportVivaZip(data)),
            );
          else if (format === 'xlsx') {
            download(
              'okr-export.xlsx',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              new Uint8Array(await exportTemplateXlsx(data)),
            );
          } else download('okr-export.csv', 'text/csv;charset=utf-8', exportTemplateCsv(data));
          notify?.('The export is downloaded.');
        }, setExportError)
        .finally(() => setExporting(false));
    },
    [notify, repository],
  );

  return {
    canImport,
    current,
    dragging,
    exporting,
    ...(exportError !== undefined ? { exportError } : {}),
    chooseFile,
    setDragging,
    startImport,
    cancelImport,
    reset,
    downloadReport,
    downloadTemplate,
    exportAs,
  };
}
