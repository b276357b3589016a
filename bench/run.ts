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
import { buildApp, type AppBuild } from './build';
import { measureBundles } from './bundle';
import { Cleanup } from './cleanup';
import { measureCoaching } from './coaching';
import { measureLiveShare } from './live-share';
import { measureExcel } from './excel';
import { createBoards, measureBoardLoads, measureCheckInWrites, boardSizes } from './graph';
import { startLocalGraph, type LocalGraph, type SyntheticBoard } from './local-graph';
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

/** What the figures share, each started on first use. */
class Shared {
  private graphStarted?: Promise<LocalGraph>;
  private boardsCreated?: Promise<Map<number, SyntheticBoard>>;
  private excelMeasured?: ReturnType<typeof measureExcel>;
  private shippingBuild?: Promise<AppBuild>;

  constructor(readonly cleanup: Cleanup) {}

  graph(): Promise<LocalGraph> {
    return (this.graphStarted ??=
      (log('Starting the Graph emulator'), startLocalGraph(this.cleanup)));
  }

  boards(): Promise<Map<number, SyntheticBoard>> {
    return (this.boardsCreated ??= this.graph().then((graph) => {
      log(`Writing synthetic boards of ${boardSizes.join(', ')} KRs`);
      return createBoards(graph, boardSizes);
    }));
  }

  /** The build as it ships: no local-stack settings baked in. */
  shipping(): Promise<AppBuild> {
    return (this.shippingBuild ??=
      (log('Building every surface (vite build)'), buildApp(this.cleanup)));
  }

  excel(): ReturnType<typeof measureExcel> {
    return (this.excelMeasured ??= this.graph().then((graph) => {
      log('Loading and sending through the Excel workbook');
      return measureExcel(graph);
    }));
  }
}

type FigureRun = (shared: Shared, options: BenchOptions) => Promise<Section | Section[]>;

const figures: Record<number, { readonly title: string; readonly run: FigureRun }> = {
  1: {
    title: '1. Graph round trips to load a board (counted at the emulator)',
    run: async (shared) => {
      const [graph, boards] = await Promise.all([shared.graph(), shared.boards()]);
      log('Counting board loads');
      return measureBoardLoads(graph, boards);
    },
  },
  2: {
    title: '2. Graph requests to send N check-ins (counted at the emulator)',
    run: async (shared) => {
      const [graph, boards] = await Promise.all([shared.graph(), shared.boards()]);
      log('Counting check-in writes');
      const repository = await measureCheckInWrites(graph, boards);
      const excel = await shared.excel();
      return section('checkInRequests', figures[2]!.title, {
        figures: [...repository.figures, ...excel.sendFigures],
        checks: [...repository.checks, ...excel.sendChecks],
        data: {
          repository: repository.data,
          excel: excel.data.map(({ rows, graph: g, minimumSendRequests }) => ({
            rows,
            ...g,
            minimumSendRequests,
          })),
        },
      });
    },
  },
  3: {
    title: '3. context.sync() calls per load and per send (office.js workbook, counted Excel)',
    run: async (shared) => {
      const excel = await shared.excel();
      return section('contextSyncs', figures[3]!.title, {
        figures: excel.syncFigures,
        checks: excel.syncChecks,
        data: excel.data.map(({ rows, syncs }) => ({ rows, ...syncs })),
      });
    },
  },
  4: {
    title: '4. Initial JavaScript per surface (production build)',
    run: async (shared) => measureBundles(await shared.shipping()),
  },
  5: {
    title:
      '5. Time to first render of the board (headless Chromium, production build, local stack)',
    run: async (shared, options) => {
      const render = await measureRender(shared.cleanup, await shared.graph(), options.runs, log);
      return section('firstRender', figures[5]!.title, render);
    },
  },
  6: {
    title: '6. Coaching engine throughput and the Live Share vote round trip',
    run: async (shared) => {
      log('Linting the OKR corpus');
      const coaching = measureCoaching();
      log('Voting between two Live Share clients on the local Fluid service');
      const live = await measureLiveShare(shared.cleanup);
      return section('coachingAndLiveShare', figures[6]!.title, {
        figures: [...coaching.figures, ...live.figures],
        data: { coaching: coaching.data, liveShare: live.data },
      });
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
  const cleanup = new Cleanup();
  const stop = () => {
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const shared = new Shared(cleanup);
  const sections: Section[] = [];
  try {
    for (const number of options.only) {
      const figure = figures[number]!;
      try {
        const result = await figure.run(shared, options);
        sections.push(...(Array.isArray(result) ? result : [result]));
      } catch (error) {
        log(`${figure.title}: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
        const firstLine = describeError(error).split('\n')[0]!;
        sections.push({ ...section(`figure${number}`, figure.title), error: firstLine });
      }
    }
  } finally {
    for (const failure of await cleanup.run()) log(`Could not clean up ${failure}`);
  }

  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    machine: describeThisMachine(),
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
