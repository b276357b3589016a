import { lazy } from 'react';
import type { ProgrammeSection } from './ProgrammeSection.types';
import { reloadable } from '../../reloadable';

/** The Programme area's tabs, in order. Add a section by adding an entry here. */
export const programmeSections: readonly ProgrammeSection[] = [
  {
    id: 'start',
    label: 'Get started',
    component: lazy(reloadable(() => import('./sections/FirstRunSection'))),
  },
  {
    id: 'teams',
    label: 'Teams',
    component: lazy(reloadable(() => import('./sections/TeamsSection'))),
  },
  {
    id: 'cycles',
    label: 'Cycles',
    component: lazy(reloadable(() => import('./sections/CyclesSection'))),
  },
  // Next to Cycles, in the row's first tabs: a team moving in from Viva Goals or a spreadsheet
  // looks for it once its first cycle exists too (as the last tab it was in the overflow menu).
  {
    id: 'import',
    label: 'Import and export',
    component: lazy(reloadable(() => import('./sections/ImportSection'))),
  },
  {
    id: 'people',
    label: 'People and roles',
    component: lazy(reloadable(() => import('./sections/PeopleSection'))),
  },
  {
    id: 'model',
    label: 'Operating model',
    component: lazy(reloadable(() => import('./sections/OperatingModelSection'))),
  },
  {
    id: 'close',
    label: 'Close a cycle',
    component: lazy(reloadable(() => import('./sections/ClosingSection'))),
  },
  {
    id: 'next',
    label: 'Next cycle',
    component: lazy(reloadable(() => import('./sections/RolloverSection'))),
  },
  {
    id: 'review',
    label: 'Cycle review',
    component: lazy(reloadable(() => import('./sections/ReviewSection'))),
  },
];
