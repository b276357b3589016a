/** Summaries of repeated timings: the median and the spread. */
export interface Spread {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p10: number;
  readonly p90: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of the samples, interpolating linearly between neighbours. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  if (!(q >= 0 && q <= 1)) throw new Error(`A quantile is between 0 and 1, not ${q}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}

export function spreadOf(samples: readonly number[]): Spread {
  return {
    runs: samples.length,
    median: quantile(samples, 0.5),
    min: quantile(samples, 0),
    max: quantile(samples, 1),
    p10: quantile(samples, 0.1),
    p90: quantile(samples, 0.9),
  };
}

/** Rounds to a tenth, for printing milliseconds. */
export function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
