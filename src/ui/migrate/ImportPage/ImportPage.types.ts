import type { Cycle } from '../../../core/model';
import type { ImportReport } from '../../../migrate';
import type { ImportCounts } from '../../../migrate/plan';
import type { ImportProblem, UnknownFile } from '../../../migrate/source';
import type { ImportWords } from '../import-words';
import type { DryRun } from '../../../migrate/report';

/** Every prop is optional: the page is a section of the Programme area and a page of its own. */
export interface ImportPageProps {
  /** Only admins write an import; everyone else may preview a file and export. Default: the signed-in user's admin role. */
  readonly canImport?: boolean;
  /** A visible confirmation of an export (the hosting page's toast). */
  readonly notify?: (message: string) => void;
  /** The hosting page's way to the board of every team on a cycle: the imported OKRs'. */
  readonly onOpenOkrs?: (cycleId: string) => void;
}

/** Where the imported OKRs are: the latest of the cycles holding them, and how many there are. */
export interface ImportedCycles {
  readonly latest: Cycle;
  readonly count: number;
}

export type ImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'unreadable';
      readonly fileName: string;
      readonly message: string;
      /** What was wrong, where, with its sentences to say in the reader's language. */
      readonly problem?: ImportProblem;
      /** A file of no kind the import knows: what was wrong, and each kind it reads. */
      readonly unknown?: UnknownFile;
    }
  | { readonly step: 'failed'; readonly fileName: string; readonly error: unknown }
  | { readonly step: 'planned'; readonly fileName: string; readonly dryRun: DryRun }
  | {
      readonly step: 'running';
      readonly fileName: string;
      readonly dryRun: DryRun;
      readonly done: number;
      readonly total: number;
      /** What is being written, once the run has said. */
      readonly kind?: keyof ImportCounts;
    }
  | {
      readonly step: 'finished';
      readonly fileName: string;
      readonly dryRun: DryRun;
      readonly report: ImportReport;
      /** Read once the run is over; left out where the site's cycles could not be read. */
      readonly imported?: ImportedCycles;
    };

export interface ImportPageState {
  /** The page's words in the reader's language. */
  readonly words: ImportWords;
  readonly canImport: boolean;
  readonly current: ImportStep;
  /** Opens the board on the latest cycle holding the imported OKRs, where the page has a way there. */
  readonly openOkrs?: () => void;
  /** The file's dry run would write nothing: Import is off, saying why, until another file. */
  readonly nothingToWrite: boolean;
  readonly dragging: boolean;
  readonly exporting: boolean;
  readonly exportError?: unknown;
  readonly chooseFile: (file: File) => void;
  readonly setDragging: (dragging: boolean) => void;
  readonly startImport: () => void;
  readonly cancelImport: () => void;
  /** Opens the file picker, keeping what is shown until another file is chosen. */
  readonly chooseAnotherFile: () => void;
  /** Try again after a failure: the failed import's plan again, or the file read again. */
  readonly retry: () => void;
  readonly downloadReport: () => void;
  readonly downloadTemplate: () => void;
  readonly exportAs: (format: 'json' | 'csv' | 'xlsx') => void;
}
