/* The words of a planning period and of what its list of aims is called. */

/**
 * A planning period as a title names it: Q3, H1, FY26, 2026, Q3-2026, "this quarter", "next
 * year". Its words alone say when, never what.
 */
export const periodWord =
  /^(q[1-4]|h[12]|fy|fy\d{2}|fy\d{4}|(19|20)\d{2}|quarter|quarterly|half|half-year|year|yearly|annual|semester|term|cycle|sprint|month|monthly|this|next|first|second|third|fourth)$/;

/** What a period's list of aims is called: "Q3 goals", "2026 objectives", "H1 priorities". */
export const aimListNouns: ReadonlySet<string> = new Set([
  'goal',
  'goals',
  'objective',
  'objectives',
  'okr',
  'okrs',
  'priority',
  'priorities',
  'target',
  'targets',
  'plan',
  'plans',
  'roadmap',
  'agenda',
  'focus',
  'themes',
  'initiatives',
  'aims',
]);
