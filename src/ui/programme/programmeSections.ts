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
  {
    id: 'import',
    label: 'Import and export',
    component: lazy(reloadable(() => import('./sections/ImportSection'))),
  },
];
