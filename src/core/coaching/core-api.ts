/**
 * The parts of the domain core that the coaching engine builds on, in one place. The lint rule
 * that keeps `src/core` free of outside imports forbids every `../` path, including this
 * folder's own parent inside the core; this module is the one documented exception.
 */
/* eslint-disable no-restricted-imports */
export { createCatalogue, type Catalogue, type MessageParams } from '../i18n';
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
export { keyResultProgress } from '../progress';
export { expectedProgress, statusFromPace } from '../pace';
export { confidenceTrend, type ConfidenceTrend } from '../confidence';
export { keyResultScore } from '../scoring';
export { unalignedObjectives } from '../alignment';
export { daysElapsed, cycleLengthDays } from '../cycles';
export { daysBetween, toIsoDate } from '../dates';
