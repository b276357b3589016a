import { lazy } from 'react';
import type { ProgrammeSection } from './ProgrammeSection.types';

/** The Programme area's tabs, in order. Add a section by adding an entry here. */
export const programmeSections: readonly ProgrammeSection[] = [
  {
    id: 'start',
    label: 'Get started',
    component: lazy(() => import('./sections/FirstRunSection')),
  },
  { id: 'teams', label: 'Teams', component: lazy(() => import('./sections/TeamsSection')) },
  { id: 'cycles', label: 'Cycles', component: lazy(() => import('./sections/CyclesSection')) },
  {
    id: 'people',
    label: 'People and roles',
    component: lazy(() => import('./sections/PeopleSection')),
  },
  {
    id: 'model',
    label: 'Operating model',
    component: lazy(() => import('./sections/OperatingModelSection')),
  },
  {
    id: 'close',
    label: 'Close a cycle',
    component: lazy(() => import('./sections/ClosingSection')),
  },
  { id: 'next', label: 'Next cycle', component: lazy(() => import('./sections/RolloverSection')) },
  {
    id: 'review',
    label: 'Cycle review',
    component: lazy(() => import('./sections/ReviewSection')),
  },
  {
    id: 'import',
    label: 'Import and export',
    component: lazy(() => import('./sections/ImportSection')),
  },
];
