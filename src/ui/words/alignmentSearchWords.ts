import { formatCount } from '../../core/format';

/** The words of the Alignment view (its search, other cycles' objectives), in English; see `orderWords`. */

export const searchLabel = 'Search objectives by title, owner or team';
export const searchPlaceholder = 'Search objectives';

/** "3 objectives match “onboarding”", said as the search changes. */
export const matchCount = (count: number, query: string) =>
  `${formatCount(count, 'objective matches', 'objectives match')} “${query.trim()}”`;

export const noMatch = {
  title: 'No objective matches',
  message: (query: string) =>
    `No objective of this cycle has “${query.trim()}” in its title, its owner’s name or its team’s.`,
  action: 'Clear the search',
};

/** A cycle's name beside an objective of another cycle, in the alignment tree: "In FY 2026". */
export function ofCycle(cycle: string): string {
  return `In ${cycle}`;
}
