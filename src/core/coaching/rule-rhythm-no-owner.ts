import type { RhythmRule } from './rule-rhythm';

/** A key result nobody owns is a key result nobody checks in on. */
export const noOwner: RhythmRule = {
  id: 'rhythm.no-owner',
  source: 'lamorteOwners',
  check({ kr }) {
    return kr.owner ? undefined : { severity: 'warning' };
  },
};
