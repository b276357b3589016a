/** What a set of confidence votes shows, computed once for the stage and the coaching prompts. */
export interface VoteStatistics {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  /** max − min */
  readonly range: number;
  /** One decimal. */
  readonly mean: number;
  readonly median: number;
  /** How many people cast each value, lowest value first (values nobody cast are left out). */
  readonly histogram: readonly { readonly value: number; readonly count: number }[];
}

/** The statistics of the votes (non-finite values ignored); undefined when there are none. */
export function voteStatistics(votes: readonly number[]): VoteStatistics | undefined {
  const values = votes.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const count = values.length;
  const min = values[0];
  const max = values[count - 1];
  if (min === undefined || max === undefined) return undefined;
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  const mean = Math.round((values.reduce((sum, value) => sum + value, 0) / count) * 10) / 10;
  const histogram: { value: number; count: number }[] = [];
  for (const value of values) {
    const last = histogram[histogram.length - 1];
    if (last && last.value === value) last.count += 1;
    else histogram.push({ value, count: 1 });
  }
  return { count, min, max, range: max - min, mean, median, histogram };
}

/**
 * Where the vote chart marks the median on its scale: on one value (`from` = `to`), or halfway
 * between two (an even count whose middle votes differ by an odd step: 5.5 is between 5 and 6).
 */
export interface MedianMark {
  readonly median: number;
  readonly from: number;
  readonly to: number;
}

/** The median's mark on the vote chart; undefined without votes (there is no median). */
export function medianMark(statistics: VoteStatistics | undefined): MedianMark | undefined {
  if (!statistics) return undefined;
  const { median } = statistics;
  return { median, from: Math.floor(median), to: Math.ceil(median) };
}

/** The confidence the facilitator proposes to save: the median, rounded to a whole step. */
export function proposedConfidence(statistics: VoteStatistics): number {
  return Math.round(statistics.median);
}
