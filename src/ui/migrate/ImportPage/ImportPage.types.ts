import type { ImportReport } from '../../../migrate';
import type { DryRun } from '../../../migrate/report';

/**
 * Every prop is optional, so the page can be a section of the Programme area as it is (its
 * sections get `notify`).
 */
export interface ImportPageProps {
  /** Only admins write an import; everyone else may preview a file and export. Default: the signed-in user's admin role. */
  readonly canImport?: boolean;
  /** A visible confirmation (the Programme area's toast), when the page is hosted there. */
  readonly notify?: (message: string) => void;
}

export type ImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'unreadable'; readonly fileName: string; readonly message: string }
  | { readonly step: 'failed'; readonly fileName: string; readonly error: unknown }
  | { readonly step: 'planned'; readonly fileName: string; readonly dryRun: DryRun }
  | {
      readonly step: 'running';
      readonly fileName: string;
      readonly dryRun: DryRun;
      readonly done: number;
      readonly total: number;
      readonly kind: string;
    }
  | {
      readonly step: 'finished';
      readonly fileName: string;
      readonly dryRun: DryRun;
      readonly report: ImportReport;
    };

export interface ImportPageState {
  readonly canImport: boolean;
  readonly current: ImportStep;
  readonly dragging: boolean;
  readonly exporting: boolean;
  readonly exportError?: unknown;
  readonly chooseFile: (file: File) => void;
  readonly setDragging: (dragging: boolean) => void;
  readonly startImport: () => void;
  readonly cancelImport: () => void;
  readonly reset: () => void;
  readonly downloadReport: () => void;
  readonly downloadTemplate: () => void;
  readonly exportAs: (format: 'json' | 'csv' | 'xlsx') => void;
}
