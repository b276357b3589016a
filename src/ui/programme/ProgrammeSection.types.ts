import type { ComponentType, LazyExoticComponent } from 'react';
import type { ToastMessageProps } from '../components/Toasts/toastMessage';
import type { ProgrammeAccess } from './programmeAccess';
import type { ProgrammeDataApi } from './useProgrammeData';
import type { ProgrammeText } from './programme-words';

/** What every section of the Programme area gets. */
export interface ProgrammeSectionProps {
  readonly access: ProgrammeAccess;
  readonly programme: ProgrammeDataApi & {
    readonly data: Extract<ProgrammeDataApi['data'], { status: 'ready' }>;
  };
  /** A visible confirmation after a save, with one action on it (Undo) if it can be taken back. */
  readonly notify: (message: string, action?: ToastMessageProps['action']) => void;
  /** Opens another section (e.g. the closing flow from a cycle's row). */
  readonly open: (sectionId: string, cycleId?: string) => void;
  /** The cycle another section asked this one to open with. */
  readonly cycleId?: string;
  /**
   * Leaves the Programme for the board of every team on a cycle (the imported OKRs'), where the
   * page has a board to go to; asked first while the section holds unsaved changes.
   */
  readonly openBoard?: (cycleId: string) => void;
}

/**
 * One tab of the Programme area. Sections load on demand; a feature adds its own by adding an
 * entry to `programmeSections` (e.g. the importer's "Import" page).
 */
export interface ProgrammeSection {
  readonly id: string;
  readonly label: ProgrammeText;
  readonly component: LazyExoticComponent<ComponentType<ProgrammeSectionProps>>;
}
