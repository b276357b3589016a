import type { BoardChanges } from '../../../src/store/repository';

/** What a store answers a board's live refresh when nothing changed since its token. */
export const noChanges: BoardChanges = {
  objectives: [],
  keyResults: [],
  initiatives: [],
  checkIns: [],
  removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
  token: 'now',
};
