/** The parts of the domain core that the coaching engine builds on, in one place. */
export {
  createCatalogue,
  formatMessage,
  localeFallbacks,
  type Catalogue,
  type MessageParams,
} from '../i18n';
export type {
  CheckIn,
  Cycle,
  IsoDate,
  KeyResult,
  Objective,
  ObjectiveCommitment,
  Person,
  Status,
  Team,
} from '../model';
export type { OperatingModel } from '../operating-model';
export { isStayKind, keyResultProgress, reachedTarget } from '../progress';
export { expectedProgress, statusFromPace } from '../pace';
export { confidenceTrend, type ConfidenceTrend } from '../confidence';
export { keyResultScore } from '../scoring';
export { unalignedObjectives } from '../alignment';
export { daysElapsed, cycleLengthDays } from '../cycles';
export { daysBetween } from '../dates';
export type { DayOf } from '../day-of';
