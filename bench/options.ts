/** The bench's command line. Pure, so it is tested without running anything. */
export interface BenchOptions {
  readonly format: 'table' | 'json' | 'markdown';
  /** Figure numbers to measure, in order. */
  readonly only: readonly number[];
  /** Browser runs per board size for the time to first render. */
  readonly runs: number;
  /** Board sizes (KRs) figure 5 opens, in order. */
  readonly sizes: readonly number[];
}

export const defaultRuns = 5;
/** Figure 5's boards: 250 KRs for the first-row goals, 2,000 for the heap, 5,000 for scrolling. */
export const renderSizes = [250, 2000, 5000] as const;

export function parseOptions(args: readonly string[], figures: readonly number[]): BenchOptions {
  let format: BenchOptions['format'] = 'table';
  let only = [...figures];
  let runs = defaultRuns;
  let sizes: readonly number[] = renderSizes;
  for (const arg of args) {
    const [name, value] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (name === '--json' || name === '--markdown') {
      if (format !== 'table') throw new Error('Choose one of --json and --markdown.');
      format = name === '--json' ? 'json' : 'markdown';
    } else if (name === '--only' && value) {
      only = value.split(',').map((part) => {
        const number = Number(part.trim());
        if (!figures.includes(number)) {
          throw new Error(
            `--only takes figure numbers among ${figures.join(', ')}; got "${part}".`,
          );
        }
        return number;
      });
      only = figures.filter((number) => only.includes(number));
    } else if (name === '--runs' && value) {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
        throw new Error(`--runs takes a whole number from 1 to 50; got "${value}".`);
      }
    } else if (name === '--sizes' && value) {
      const parts = value.split(',').map((part) => part.trim());
      const known = renderSizes.map(String);
      const wrong = parts.filter((part) => !known.includes(part));
      if (wrong.length > 0) {
        throw new Error(
          `--sizes takes board sizes among ${renderSizes.join(', ')}; got "${wrong.join(',')}".`,
        );
      }
      sizes = renderSizes.filter((size) => parts.includes(String(size)));
    } else {
      throw new Error(
        `Unknown option "${arg}". Options: --json, --markdown, --only=1,2,…, --runs=N, --sizes=250,….`,
      );
    }
  }
  return { format, only, runs, sizes };
}
