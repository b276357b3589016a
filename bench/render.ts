/**
 * Figure 5: time to first render of the board in headless Chromium, against the local stack,
 * on the production build (served by a static file server), and long tasks while scrolling.
 *
 * "First render of the board": the UI emits no performance mark yet, so the page watches the
 * DOM for the board's first key result row (`li[data-kr-id]`) and takes `performance.now()`
 * (milliseconds since navigation start) in the next animation frame, the one that paints it.
 * Every run opens the channel tab in a new browser context: nothing cached, a cold first open.
 * The warm open reloads it in the same context once the cold open's cache holds the board and
 * its history: its board from IndexedDB and its hashed scripts from the browser's cache, as the
 * build's `staticwebapp.config.json` has them cached in Teams.
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localStackEnv } from '../src/dev/stack-env';
import { launchBrowser } from '../tests/browser/support/browser';
import { signInOutsideHosts } from '../tests/browser/support/sign-in';
import { coach } from '../tests/store/store-fixture';
import { buildApp, type AppBuild } from './build';
import type { Cleanup } from './cleanup';
import {
  benchAuthor,
  createSyntheticBoard,
  type LocalGraph,
  type SyntheticBoard,
} from './local-graph';
import { counting, formatValue, type Check, type Figure } from './report';
import type { StaticServer } from './static-server';
import { renderSizes } from './options';
import { rendererLongTasks, type TraceEvent } from './renderer-tasks';
import { spreadOf, tenths, type Spread } from './stats';

/** The board size whose JS heap (after a forced GC) is compared with B's. */
const heapSize = 2000;
const firstRowSelector = 'li[data-kr-id]';
const timeoutMs = 60_000;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface PageProbe {
  longTasks: LongTask[];
  firstRow?: number;
  /** Graph responses the page had received in the frame that painted the first row. */
  graphResponsesAtFirstRow?: number;
  /** Serial waves among them: see `installProbe`. */
  graphWavesAtFirstRow?: number;
  /** When the first of them was sent, and the last answered (ms since navigation start). */
  graphFirstSentAtFirstRow?: number;
  graphLastAnsweredAtFirstRow?: number;
}

type ProbedWindow = Window & { __okrBench: PageProbe };

/**
 * Runs in the page before its own scripts: records long tasks, the first board row, and how many
 * Graph responses had come in by the frame that paints it (a resource timing entry is added once
 * its response has been read whole; counted in the page, as the emulator's own count is read only
 * after the bench has seen the row, when the revalidation may have been answered already).
 */
function installProbe({ selector, graphOrigin }: { selector: string; graphOrigin: string }): void {
  const probe: PageProbe = { longTasks: [] };
  performance.setResourceTimingBufferSize(10_000);
  (window as unknown as ProbedWindow).__okrBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const watcher = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    watcher.disconnect();
    const inserted = performance.now();
    requestAnimationFrame(() => {
      performance.mark('okr-bench:first-board-row');
      probe.firstRow = performance.now();
      const answered = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(graphOrigin))
        .sort((a, b) => a.startTime - b.startTime);
      probe.graphResponsesAtFirstRow = answered.length;
      // A request sent after another's answer had come in is counted one wave after it (so it
      // could have waited for that answer); requests sent together are one wave. Only those
      // sent before the row was in the page: what its showing starts (the site roles) is not.
      const waves = new Map<PerformanceEntry, number>();
      const beforeRow = answered.filter((sent) => sent.startTime < inserted);
      probe.graphFirstSentAtFirstRow = beforeRow[0]?.startTime;
      probe.graphLastAnsweredAtFirstRow = Math.max(
        0,
        ...beforeRow.map((entry) => (entry as PerformanceResourceTiming).responseEnd),
      );
      for (const entry of beforeRow) {
        const after = answered.filter(
          (earlier) =>
            waves.has(earlier) &&
            (earlier as PerformanceResourceTiming).responseEnd <= entry.startTime,
        );
        waves.set(entry, 1 + Math.max(0, ...after.map((earlier) => waves.get(earlier)!)));
      }
      probe.graphWavesAtFirstRow = Math.max(0, ...waves.values());
    });
  });
  watcher.observe(document, { childList: true, subtree: true });
}

export interface RenderRun {
  readonly firstRenderMs: number;
  /** The same tab opened again in the same browser (its cache in IndexedDB). */
  readonly warmFirstRenderMs: number;
  /** Graph responses the page had received in the frame that painted the warm board. */
  readonly warmGraphResponses: number;
  /** Baseline B's first contentful paint, opened just before the tab in this run. */
  readonly baselinePaintMs: number;
  readonly firstContentfulPaintMs?: number;
  /** Graph requests the emulator had received when the board showed. */
  readonly graphRequests: number;
  /**
   * Serial waves of Graph requests answered by the frame that painted the first row, cold: a
   * request sent after another's answer came in counts a wave after it.
   */
  readonly graphWaves: number;
  /**
   * Cold: when the first Graph request the row waited for was sent, and when the last of them
   * was answered (ms since navigation start): the start-up (scripts, host, sign-in) before the
   * first, the data between, mapping and rendering after the last. Absent when none was.
   */
  readonly graphFirstSentMs?: number;
  readonly graphLastAnsweredMs?: number;
  readonly longTasksBeforeFirstRender: number;
  readonly krRowsInDom: number;
}

export interface ScrollFigures {
  readonly scrolledPx: number;
  readonly durationMs: number;
  readonly frames: number;
  readonly longestFrameMs: number;
  /** Tasks over 50 ms by the clock (the Long Tasks API), and their time in all. */
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** Tasks over 50 ms of the renderer's own CPU time (a trace's thread time), and theirs. */
  readonly longTasksByThreadTime: number;
  readonly longTaskThreadMs: number;
  /** The most KR rows in the DOM at any frame while scrolling (virtualisation). */
  readonly mostKrRowsInDom: number;
}

export interface RenderFigures {
  readonly keyResults: number;
  readonly runs: readonly RenderRun[];
  readonly firstRender: Spread;
  readonly warmFirstRender: Spread;
  readonly baselinePaint: Spread;
  /** JS heap after a forced GC (bytes): the tab with this board, and B. */
  readonly heap?: { readonly tab: number; readonly baseline: number };
  /** The scroll's figures, or why it could not be measured. */
  readonly scroll?: ScrollFigures | { readonly error: string };
}

function chromiumOrExplain(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is not at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

/** Settles as `work` does, or fails after the bench's timeout saying what did not happen. */
async function within<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for the probe to see the first row, from a plain `evaluate` as B's page is read:
 * Playwright's `waitForFunction` injects its own script into the page, about half a megabyte of
 * heap that B's page would not carry.
 */
function firstRowPainted(page: Page): Promise<void> {
  return within(
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const seen = () =>
            (window as unknown as ProbedWindow).__okrBench.firstRow !== undefined
              ? resolve()
              : requestAnimationFrame(seen);
          seen();
        }),
    ),
    'no board row',
  );
}

/**
 * Waits until the page's cache (IndexedDB, see `src/store/caching`) holds the cycle's board and
 * its check-in history, which the cold open writes in tasks after its first paint: reopened
 * before the history is in, the tab paints from a board alone and renders it again when the
 * history comes, a different state (about 0.7 MB more heap after GC, the rows' views of both
 * renders). Keys as `CachingRepository` names them; asked again every 50 ms until both are there.
 * The bench's KRs are in step with their check-ins, so the board first stored and the board
 * read whole are the same text: whichever was written, the reopened tab reads the same.
 */
function cacheWritten(page: Page, cycleId: string): Promise<void> {
  return within(
    page.evaluate(async (cycleId) => {
      const keys = () =>
        new Promise<string[]>((resolve, reject) => {
          const opening = indexedDB.open('okr-coach-cache');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const database = opening.result;
            const read = database
              .transaction('reads', 'readonly')
              .objectStore('reads')
              .getAllKeys();
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              database.close();
              resolve(read.result.map(String));
            };
          };
        });
      for (;;) {
        const held = await keys();
        const board = held.some((key) => key.includes(`:board:${cycleId}:`));
        const history = held.some((key) => key.endsWith(`:checkInHistory:${cycleId}`));
        if (board && history) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, cycleId),
    'the cache did not get the board and its history',
  );
}

/** JS heap in use after a forced garbage collection, through the DevTools protocol. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Opens baseline B in a new browser context: its first contentful paint, and its page. */
async function openBaseline(
  browser: Browser,
  url: string,
): Promise<{ paintMs: number; page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  const paintMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) return resolve(seen.startTime);
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  return { paintMs, page, close: () => context.close() };
}

async function openBoard(
  browser: Browser,
  url: string,
  graph: LocalGraph,
  cycleId: string,
): Promise<{ page: Page; run: Omit<RenderRun, 'baselinePaintMs'>; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    // tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name`
    // helper; the functions sent to the page need it there too.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installProbe, {
      selector: firstRowSelector,
      graphOrigin: new URL(graph.graphBaseUrl).origin,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // A plain browser page signs in as the local stack's hosts sign pages in (nested app auth).
    await signInOutsideHosts(page, url, coach);
    graph.emulator.resetStats();
    await page.goto(url);
    await firstRowPainted(page);
    const graphRequests = graph.emulator.stats().total;
    const measured = await page.evaluate((selector) => {
      const probe = (window as unknown as ProbedWindow).__okrBench;
      const firstRow = probe.firstRow!;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        firstRenderMs: firstRow,
        ...(paint ? { firstContentfulPaintMs: paint.startTime } : {}),
        longTasksBeforeFirstRender: probe.longTasks.filter((task) => task.start < firstRow).length,
        graphWaves: probe.graphWavesAtFirstRow!,
        ...(probe.graphFirstSentAtFirstRow === undefined
          ? {}
          : {
              graphFirstSentMs: probe.graphFirstSentAtFirstRow,
              graphLastAnsweredMs: probe.graphLastAnsweredAtFirstRow!,
            }),
        krRowsInDom: document.querySelectorAll(selector).length,
      };
    }, firstRowSelector);
    // Reopened: the same tab again, in the same browser, painted from its cache.
    await cacheWritten(page, cycleId);
    await page.goto(url);
    await firstRowPainted(page);
    const { warmFirstRenderMs, warmGraphResponses } = await page.evaluate(() => {
      const probe = (window as unknown as ProbedWindow).__okrBench;
      return {
        warmFirstRenderMs: probe.firstRow!,
        warmGraphResponses: probe.graphResponsesAtFirstRow!,
      };
    });
    return {
      page,
      run: { ...measured, graphRequests, warmFirstRenderMs, warmGraphResponses },
      close: () => context.close(),
    };
  } catch (error) {
    const shown = await context
      .pages()[0]
      ?.locator('body')
      .innerText()
      .catch(() => '');
    await context.close();
    const detail = [
      errors.length > 0 ? `page errors: ${errors.join('; ')}` : '',
      shown ? `the page shows: ${shown.replace(/\s+/g, ' ').slice(0, 200)}` : '',
    ].filter(Boolean);
    throw new Error(
      `The board did not render (${error instanceof Error ? error.message.split('\n')[0] : error})${detail.length > 0 ? `; ${detail.join('; ')}` : ''}`,
    );
  }
}

/**
 * Scrolls the board from top to bottom, a step per animation frame, as a fast reader would,
 * with its long tasks counted by the clock and, from a trace, by the renderer's own CPU time.
 */
async function scrollBoard(browser: Browser, page: Page): Promise<ScrollFigures> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const scrolled = await scrollToBottom(page).catch(async (error: unknown) => {
    await browser.stopTracing();
    throw error;
  });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const byThreadTime = rendererLongTasks(trace.traceEvents);
  return {
    ...scrolled,
    longTasksByThreadTime: byThreadTime.longTasks,
    longTaskThreadMs: byThreadTime.longTaskMs,
  };
}

function scrollToBottom(
  page: Page,
): Promise<Omit<ScrollFigures, 'longTasksByThreadTime' | 'longTaskThreadMs'>> {
  return page.evaluate(
    async ({ selector, stallMs }) => {
      const probe = (window as unknown as ProbedWindow).__okrBench;
      const scroller = document.querySelector(selector)?.closest<HTMLElement>('[role="region"]');
      if (!scroller) throw new Error('The board has no scrolling region.');
      let frames = 0;
      // Now and then headless Chromium stops drawing (no frame for minutes, the CPU idle): said,
      // not waited for.
      const frame = () =>
        new Promise<number>((resolve, reject) => {
          const stalled = setTimeout(
            () =>
              reject(
                new Error(
                  `no animation frame for ${stallMs / 1000} s after ${frames} frames, at ${scroller.scrollTop} px (the page ${document.visibilityState}): Chromium stopped drawing`,
                ),
              ),
            stallMs,
          );
          requestAnimationFrame((now) => {
            clearTimeout(stalled);
            resolve(now);
          });
        });
      const started = await frame();
      const longTasksBefore = probe.longTasks.length;
      let last = started;
      let longestFrameMs = 0;
      let mostKrRowsInDom = 0;
      let stillAtBottom = 0;
      while (stillAtBottom < 5 && frames < 10_000) {
        const before = scroller.scrollTop;
        scroller.scrollTop = before + 400;
        const now = await frame();
        frames += 1;
        longestFrameMs = Math.max(longestFrameMs, now - last);
        last = now;
        mostKrRowsInDom = Math.max(mostKrRowsInDom, document.querySelectorAll(selector).length);
        stillAtBottom = scroller.scrollTop === before ? stillAtBottom + 1 : 0;
      }
      // Long tasks are reported a little after they end.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const during = probe.longTasks.slice(longTasksBefore).filter((task) => task.start >= started);
      return {
        scrolledPx: scroller.scrollTop,
        durationMs: last - started,
        frames,
        longestFrameMs,
        longTasks: during.length,
        longTaskMs: during.reduce((sum, task) => sum + task.duration, 0),
        mostKrRowsInDom,
      };
    },
    { selector: firstRowSelector, stallMs: 30_000 },
  );
}

export interface RenderSetUp {
  readonly graph: LocalGraph;
  /** Serves the builds; the emulator answers its origin. */
  readonly server: StaticServer;
  readonly baseline: AppBuild & { readonly page: string };
  readonly runs: number;
  /** Board sizes to open (a subset of `renderSizes`). */
  readonly sizes: readonly number[];
  readonly log: (message: string) => void;
}

export async function measureRender(
  cleanup: Cleanup,
  { graph, server, baseline, runs, sizes, log }: RenderSetUp,
): Promise<{ figures: Figure[]; checks: Check[]; data: RenderFigures[] }> {
  chromiumOrExplain();
  const boards = new Map<number, SyntheticBoard>();
  for (const size of sizes) {
    boards.set(
      size,
      await createSyntheticBoard(graph, `Render ${size}`, {
        keyResults: size,
        checkInsPerKeyResult: 3,
      }),
    );
  }
  log('Building every surface for the local stack');
  const build = await buildApp(
    cleanup,
    localStackEnv({ graphBaseUrl: graph.graphBaseUrl, appOrigin: server.origin }),
  );
  // B is served by the same server, from a folder of its own.
  await cp(baseline.outDir, join(build.outDir, 'baseline-b'), { recursive: true });
  server.serve(build.outDir);
  const baselineUrl = new URL(`baseline-b/${baseline.page}`, `${server.origin}/`).href;

  const browser = await launchBrowser();
  cleanup.add('Chromium', () => browser.close());
  const data: RenderFigures[] = [];
  for (const [size, board] of boards) {
    log(`Opening the ${size}-KR board ${runs + 1} times (the first warms up)`);
    const url = new URL('teams/tab.html', `${server.origin}/`);
    url.search = new URLSearchParams({
      channel: 'bench',
      teams: board.teamId,
      cycle: board.cycle.id,
      user: benchAuthor.id,
    }).toString();
    const timed: RenderRun[] = [];
    let scroll: RenderFigures['scroll'];
    let heap: RenderFigures['heap'];
    for (let run = 0; run <= runs; run += 1) {
      // Interleaved: B, then the tab, in every run, so both meet the same machine load.
      const b = await openBaseline(browser, baselineUrl);
      const baselineHeap = size === heapSize && run === runs ? await heapAfterGc(b.page) : 0;
      await b.close();
      const opened = await openBoard(browser, url.href, graph, board.cycle.id);
      if (run > 0) timed.push({ ...opened.run, baselinePaintMs: b.paintMs });
      if (baselineHeap > 0) {
        // The reopened tab revalidates its cache after its first paint: its heap is measured
        // once that is done (no request for half a second), as a tab someone is reading.
        await opened.page.waitForLoadState('networkidle', { timeout: timeoutMs });
        heap = { tab: await heapAfterGc(opened.page), baseline: baselineHeap };
      }
      if (run === runs && size === Math.max(...renderSizes)) {
        log(`Scrolling the ${size}-KR board`);
        scroll = await scrollBoard(browser, opened.page).catch((error: unknown) => ({
          error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        }));
      }
      await opened.close();
    }
    data.push({
      keyResults: size,
      runs: timed,
      firstRender: spreadOf(timed.map((r) => r.firstRenderMs)),
      warmFirstRender: spreadOf(timed.map((r) => r.warmFirstRenderMs)),
      baselinePaint: spreadOf(timed.map((r) => r.baselinePaintMs)),
      ...(heap ? { heap } : {}),
      ...(scroll ? { scroll } : {}),
    });
  }
  return { ...renderFigures(data), data };
}

/** Where a cold open's time went: the start-up, the Graph reads, then mapping and rendering. */
function coldOpenPhases(d: RenderFigures, ms: (value: number) => string): Figure[] {
  const sent = d.runs.flatMap((r) =>
    r.graphFirstSentMs === undefined ? [] : [r.graphFirstSentMs],
  );
  const answered = d.runs.flatMap((r) =>
    r.graphLastAnsweredMs === undefined ? [] : [r.graphLastAnsweredMs],
  );
  if (sent.length === 0) return [];
  return [
    {
      label: `first Graph request sent, cold, ${formatValue(d.keyResults)} KRs`,
      value: tenths(spreadOf(sent).median),
      unit: 'ms',
      note: `median, since navigation start: the start-up before it (scripts, host, sign-in); the last answer the row waited for came at ${ms(spreadOf(answered).median)} (median), the row at ${ms(d.firstRender.median)}`,
    },
  ];
}

function renderFigures(data: readonly RenderFigures[]): { figures: Figure[]; checks: Check[] } {
  const ms = (value: number) => formatValue(tenths(value));
  const figures: Figure[] = data.flatMap((d) => {
    const s = d.firstRender;
    const fcp = d.runs.flatMap((r) =>
      r.firstContentfulPaintMs === undefined ? [] : [r.firstContentfulPaintMs],
    );
    const requests = [...new Set(d.runs.map((r) => r.graphRequests))].join(' or ');
    const waves = [...new Set(d.runs.map((r) => r.graphWaves))].join(' or ');
    return [
      {
        label: `first render of the board, ${formatValue(d.keyResults)} KRs`,
        value: tenths(s.median),
        unit: 'ms',
        note: `median of ${counting(s.runs, 'cold open')}; min ${ms(s.min)}, max ${ms(s.max)}, p10 ${ms(s.p10)}, p90 ${ms(s.p90)}`,
      },
      ...(fcp.length > 0
        ? [
            {
              label: `first contentful paint, ${formatValue(d.keyResults)} KRs`,
              value: tenths(spreadOf(fcp).median),
              unit: 'ms',
              note: 'median; the loading state',
            },
          ]
        : []),
      {
        label: `Graph requests until the board showed, ${formatValue(d.keyResults)} KRs`,
        value: d.runs[0]!.graphRequests,
        unit: 'HTTP requests',
        note: `per open: ${requests}`,
      },
      {
        label: `serial Graph round trips before the board showed, ${formatValue(d.keyResults)} KRs`,
        value: Math.max(...d.runs.map((r) => r.graphWaves)),
        unit: 'waves',
        note: `the most of any cold open (per open: ${waves}); requests sent together are one wave`,
      },
      ...coldOpenPhases(d, ms),
      {
        label: `long tasks before the first render, ${formatValue(d.keyResults)} KRs`,
        value: tenths(spreadOf(d.runs.map((r) => r.longTasksBeforeFirstRender)).median),
        unit: 'tasks > 50 ms',
        note: 'median',
      },
      {
        label: `KR rows in the DOM at first render, ${formatValue(d.keyResults)} KRs`,
        value: d.runs[0]!.krRowsInDom,
        unit: 'rows',
      },
    ];
  });
  const checks: Check[] = [];
  const x = (value: number) => Math.round(value * 100) / 100;
  for (const d of data) {
    const b = d.baselinePaint.median;
    const cold = x(d.firstRender.median / b);
    const warm = x(d.warmFirstRender.median / b);
    const kr = formatValue(d.keyResults);
    figures.push(
      {
        label: `baseline B's first contentful paint (runs of the ${kr}-KR board)`,
        value: tenths(b),
        unit: 'ms',
        note: `median of ${counting(d.baselinePaint.runs, 'open')}, each just before the tab's`,
      },
      { label: `first board row, cold, ${kr} KRs ÷ B's first paint`, value: cold, unit: '× B' },
      {
        label: `first board row, warm (reopened tab), ${kr} KRs`,
        value: tenths(d.warmFirstRender.median),
        unit: 'ms',
        note: `${warm}× B; scripts from the browser's cache; Graph responses before it: ${[...new Set(d.runs.map((r) => r.warmGraphResponses))].join(' or ')}`,
      },
    );
    if (d.keyResults === 250) {
      checks.push(
        {
          label: 'goal: first row at 250 KRs, cold ≤ 1.5× B',
          holds: cold <= 1.5,
          detail: `${cold}×`,
        },
        {
          label: 'goal: first row at 250 KRs, warm ≤ 1.1× B',
          holds: warm <= 1.1,
          detail: `${warm}×`,
        },
      );
    }
    if (d.keyResults === 5000) {
      checks.push({
        label: 'goal: first row at 5,000 KRs ≤ 2.5× B',
        holds: cold <= 2.5,
        detail: `${cold}×`,
      });
    }
    checks.push({
      label: `goal: at most 2 serial Graph round trips before the board shows cold, ${kr} KRs`,
      holds: d.runs.every((r) => r.graphWaves <= 2),
      detail: d.runs.map((r) => r.graphWaves).join(', '),
    });
    checks.push({
      label: `goal: no Graph round trip before the warm paint, ${kr} KRs`,
      holds: d.runs.every((r) => r.warmGraphResponses === 0),
      detail: d.runs.map((r) => r.warmGraphResponses).join(', '),
    });
    if (d.heap) {
      const heap = x(d.heap.tab / d.heap.baseline);
      figures.push({
        label: `JS heap after GC, ${kr}-KR board`,
        value: tenths(d.heap.tab / 1e6),
        unit: 'MB',
        note: `B: ${ms(d.heap.baseline / 1e6)} MB; ${heap}× B`,
      });
      checks.push({
        label: `goal: heap after GC at ${kr} KRs ≤ 2× B`,
        holds: heap <= 2,
        detail: `${heap}×`,
      });
    }
  }
  for (const d of data) {
    if (!d.scroll) continue;
    if ('error' in d.scroll) {
      checks.push({
        label: `goal: no long task while scrolling the ${formatValue(d.keyResults)}-KR board`,
        holds: false,
        detail: `not measured: ${d.scroll.error}`,
      });
      continue;
    }
    const s = d.scroll;
    figures.push(
      {
        label: `long tasks while scrolling the ${formatValue(d.keyResults)}-KR board`,
        value: s.longTasks,
        unit: 'tasks > 50 ms',
        note: `${ms(s.longTaskMs)} ms in all; ${formatValue(s.scrolledPx)} px in ${s.frames} frames (400 px a frame) over ${ms(s.durationMs)} ms; longest frame ${ms(s.longestFrameMs)} ms`,
      },
      {
        label: `long tasks by the renderer's own CPU time while scrolling the ${formatValue(d.keyResults)}-KR board`,
        value: s.longTasksByThreadTime,
        unit: 'tasks > 50 ms',
        note: `${ms(s.longTaskThreadMs)} ms of thread time in all; the clock's count also holds the time the host did not run the renderer`,
      },
      {
        label: `most KR rows in the DOM while scrolling, ${formatValue(d.keyResults)} KRs`,
        value: s.mostKrRowsInDom,
        unit: 'rows',
      },
    );
    checks.push({
      label: `goal: no long task while scrolling the ${formatValue(d.keyResults)}-KR board (on a quiet machine: by the renderer's own CPU time)`,
      holds: s.longTasksByThreadTime === 0,
      detail: `${s.longTasksByThreadTime} over 50 ms of thread time, ${s.longTasks} by the clock`,
    });
    checks.push({
      label: `the ${formatValue(d.keyResults)}-KR board is virtualised (a small share of its rows in the DOM)`,
      holds: s.mostKrRowsInDom < d.keyResults / 4,
      detail: `at most ${s.mostKrRowsInDom} of ${formatValue(d.keyResults)}`,
    });
  }
  return { figures, checks };
}
