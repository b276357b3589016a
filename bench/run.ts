/**
 * `npm run bench`: measures the performance budgets of DESIGN.md against the local stack and
 * prints every figure with its unit. Benchmarks print numbers; they never fail on timing. The
 * exit code is 1 only when a figure could not be measured at all.
 *
 *   npm run bench                    a table
 *   npm run bench -- --json          one JSON document on stdout
 *   npm run bench -- --markdown      Markdown for the README's Performance section
 *   npm run bench -- --only=1,4      only some figures (numbers as in the table)
 *   npm run bench -- --runs=5        browser runs per board size (figure 5)
 *
 * Progress goes to stderr, so stdout holds only the report.
 */
import { buildBaseline } from './baseline';
import { buildApp, type AppBuild } from './build';
import { measureBundles } from './bundle';
import { Cleanup } from './cleanup';
import { measureCoaching } from './coaching';
import { measureLiveShare } from './live-share';
import { measureExcel } from './excel';
import { measureImport } from './import';
import { createBoards, measureBoardLoads, measureCheckInWrites, boardSizes } from './graph';
import { startLocalGraph, type LocalGraph, type SyntheticBoard } from './local-graph';
import { startStaticServer, type StaticServer } from './static-server';
import { appOriginAliases } from '../src/dev/stack-env';
import { describeThisMachine } from './machine';
import {
  formatJson,
  formatMarkdown,
  formatTable,
  section,
  type BenchReport,
  type Section,
} from './report';
import { parseOptions, type BenchOptions } from './options';
import { measureRender } from './render';

/** What several figures use, each started once, on first use. */
class Shared {
  private readonly started = new Map<string, Promise<unknown>>();

  constructor(private readonly cleanup: Cleanup) {}

  private once<T>(what: string, start: () => Promise<T>): Promise<T> {
    let promise = this.started.get(what) as Promise<T> | undefined;
    if (!promise) {
      log(what);
      promise = start();
      this.started.set(what, promise);
    }
    return promise;
  }

  /** Serves the production builds that figure 5 opens; the emulator answers its pages only. */
  pages(): Promise<StaticServer> {
    return this.once('Starting the static file server', () => startStaticServer(this.cleanup));
  }

  graph(): Promise<LocalGraph> {
    return this.once('Starting the Graph emulator', async () =>
      startLocalGraph(this.cleanup, appOriginAliases((await this.pages()).origin)),
    );
  }

  boards(): Promise<Map<number, SyntheticBoard>> {
    return this.once(`Writing synthetic boards of ${boardSizes.join(', ')} KRs`, async () =>
      createBoards(await this.graph(), boardSizes),
    );
  }

  /** The build as it ships: no local-stack settings baked in. */
  shipping(): Promise<AppBuild> {
    return this.once('Building every surface (vite build)', () => buildApp(this.cleanup));
  }

  /** Baseline B (see baseline.ts): the least a Fluent v9 Teams tab pays. */
  baseline(): ReturnType<typeof buildBaseline> {
    return this.once('Building baseline B from the Teams Toolkit basic-tab template', () =>
      buildBaseline(this.cleanup),
    );
  }

  /** B on the product's React 18, printed beside B for comparison. */
  baselineOnProductReact(): ReturnType<typeof buildBaseline> {
    return this.once("Building B again on the product's React", () =>
      buildBaseline(this.cleanup, 'product'),
    );
  }

  excel(): ReturnType<typeof measureExcel> {
    return this.once('Loading and sending through the Excel workbook', async () =>
      measureExcel(await this.graph()),
    );
  }
}

type Measured = Pick<Section, 'figures' | 'checks' | 'data'>;

interface FigureDefinition {
  readonly id: string;
  readonly title: string;
  /** `own` undoes what only this figure started, as soon as it is measured. */
  measure(shared: Shared, options: BenchOptions, own: Cleanup): Promise<Measured>;
}

const figures: Record<number, FigureDefinition> = {
  1: {
    id: 'boardRoundTrips',
    title: '1. Graph round trips to load a board (counted at the emulator)',
    measure: async (shared) => {
      const [graph, boards] = await Promise.all([shared.graph(), shared.boards()]);
      return measureBoardLoads(graph, boards);
    },
  },
  2: {
    id: 'checkInRequests',
    title: '2. Graph requests to send N check-ins (counted at the emulator)',
    measure: async (shared) => {
      const [graph, boards] = await Promise.all([shared.graph(), shared.boards()]);
      const repository = await measureCheckInWrites(graph, boards);
      const excel = await shared.excel();
      return {
        figures: [...repository.figures, ...excel.sendFigures],
        checks: [...repository.checks, ...excel.sendChecks],
        data: {
          repository: repository.data,
          excel: excel.data.map(({ rows, graph: requests, minimumSendRequests }) => ({
            rows,
            ...requests,
            minimumSendRequests,
          })),
        },
      };
    },
  },
  3: {
    id: 'contextSyncs',
    title: '3. context.sync() calls per load and per send (office.js workbook, counted Excel)',
    measure: async (shared) => {
      const excel = await shared.excel();
      return {
        figures: excel.syncFigures,
        checks: excel.syncChecks,
        data: excel.data.map(({ rows, syncs }) => ({ rows, ...syncs })),
      };
    },
  },
  4: {
    id: 'initialJavaScript',
    title: '4. Initial JavaScript per surface (production build), and as multiples of baseline B',
    measure: async (shared) =>
      measureBundles(
        await shared.shipping(),
        await shared.baseline(),
        await shared.baselineOnProductReact(),
      ),
  },
  5: {
    id: 'firstRender',
    title:
      '5. Time to first render of the board (headless Chromium, production build, local stack)',
    measure: async (shared, options, own) =>
      measureRender(own, {
        graph: await shared.graph(),
        server: await shared.pages(),
        baseline: await shared.baseline(),
        runs: options.runs,
        sizes: options.sizes,
        log,
      }),
  },
  6: {
    id: 'coachingAndLiveShare',
    title: '6. Coaching engine throughput and the Live Share vote round trip',
    measure: async (_shared, _options, own) => {
      log('Linting the OKR corpus');
      const coaching = measureCoaching();
      log('Voting between two Live Share clients on the local Fluid service');
      const live = await measureLiveShare(own);
      return {
        figures: [...coaching.figures, ...live.figures],
        checks: [],
        data: { coaching: coaching.data, liveShare: live.data },
      };
    },
  },
  7: {
    id: 'import',
    title: '7. Moving in from Viva Goals: 5,000 items and 20,000 check-ins into the emulator',
    measure: async (_shared, _options, own) => {
      log('Importing a synthetic Viva Goals organisation export');
      // Its own emulator: the import's 25,000 items would change the other figures' lists.
      return measureImport(await startLocalGraph(own));
    },
  },
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), Object.keys(figures).map(Number));
  // Libraries that log would break the JSON document on stdout: their messages go to stderr.
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  const started = Date.now();
  const machine = describeThisMachine();
  const cleanup = new Cleanup();
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    log('Interrupted: stopping what the bench started');
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const shared = new Shared(cleanup);
  const sections: Section[] = [];
  try {
    for (const number of options.only) {
      if (interrupted) break;
      const figure = figures[number]!;
      const own = new Cleanup();
      cleanup.add(`what figure ${number} started`, () => own.run()); // on Ctrl+C
      try {
        sections.push(section(figure.id, figure.title, await figure.measure(shared, options, own)));
      } catch (error) {
        log(`${figure.title}: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
        const firstLine = describeError(error).split('\n')[0]!;
        sections.push({ ...section(figure.id, figure.title), error: firstLine });
      } finally {
        for (const failure of await own.run()) log(`Could not clean up ${failure}`);
      }
    }
  } finally {
    for (const failure of await cleanup.run()) log(`Could not clean up ${failure}`);
  }

  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    machine,
    sections,
  };
  const format = { table: formatTable, json: formatJson, markdown: formatMarkdown }[options.format];
  process.stdout.write(format(report));
  return sections.some((s) => s.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm run bench: ${describeError(error)}\n`);
    process.exit(2);
  },
);
