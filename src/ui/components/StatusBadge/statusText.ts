import type { Status } from '../../../core/model';

export const statusText: Readonly<Record<Status, string>> = {
  notStarted: 'Not started',
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  achieved: 'Achieved',
};
