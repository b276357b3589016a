/** Figure 4: initial JavaScript per surface of the production build, and whose code is in it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { surfaces, type Surface } from '../src/surfaces';
import { TEMPLATE_REACT_VERSION } from './baseline-source';
import type { AppBuild } from './build';
import {
  chunksHolding,
  familiesIn,
  initialChunks,
  largestGroups,
  pageScripts,
  type CodeFamily,
  type GroupSize,
} from './bundle-analysis';
import { formatValue, type Check, type Figure } from './report';

export interface SurfaceBundle {
  readonly surface: Surface['id'];
  readonly page: string;
  readonly chunks: readonly string[];
  /** Scripts from other origins the page loads (not part of the build, not counted). */
  readonly external: readonly string[];
  readonly rawBytes: number;
  /** Each chunk and classic script gzipped on its own (zlib level 9), as a server sends it. */
  readonly gzipBytes: number;
  readonly largest: readonly GroupSize[];
  readonly families: Partial<Record<CodeFamily, string[]>>;
}

export interface BundleData {
  /** B as issue #17 defines it: the template on its own React (19). */
  readonly baselineGzipBytes?: number;
  /** B on the product's React 18: what the same libraries cost at their least. */
  readonly baselineOnProductReactGzipBytes?: number;
  readonly surfaces: readonly SurfaceBundle[];
  readonly tabFirstScreens: readonly FirstScreenData[];
  /** The pages that load their screen on demand beside their services, with it. */
  readonly pageFirstScreens: readonly (FirstScreenData & { readonly surface: Surface['id'] })[];
}

interface FirstScreenData {
  readonly label: string;
  readonly modules: readonly string[];
  readonly gzipBytes: number;
  readonly chunks: readonly string[];
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

/**
 * A page's initial JavaScript; with `onDemand` (module paths), also the chunks that hold them and
 * their static imports: what a first screen loaded on demand (its route, its theme) adds.
 */
export async function analyseSurface(
  build: AppBuild,
  surface: Surface,
  onDemand: readonly string[] = [],
): Promise<SurfaceBundle> {
  const html = await readFile(join(build.outDir, surface.page), 'utf8');
  const scripts = pageScripts(html, surface.page);
  if (scripts.modules.length === 0) throw new Error(`${surface.page} has no module script.`);
  const entries = [...scripts.modules, ...chunksHolding(onDemand, build.chunks)];
  const chunks = initialChunks(entries, build.chunks);
  const chunkBytes = new Map<string, number>();
  let gzipBytes = 0;
  for (const chunk of chunks) {
    const code = await readFile(join(build.outDir, chunk.fileName));
    chunkBytes.set(chunk.fileName, code.length);
    gzipBytes += gzipSync(code, { level: 9 }).length;
  }
  let rawBytes = [...chunkBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
  for (const script of scripts.classic) {
    const code = await readFile(join(build.outDir, script));
    rawBytes += code.length;
    gzipBytes += gzipSync(code, { level: 9 }).length;
  }
  return {
    surface: surface.id,
    page: surface.page,
    chunks: chunks.map((chunk) => chunk.fileName),
    external: scripts.external,
    rawBytes,
    gzipBytes,
    largest: largestGroups(chunks, chunkBytes, 5),
    families: familiesIn(chunks, scripts.external),
  };
}

/** Holds when none of `surfaces` loads any of `families` up front; the detail names what does. */
export function keepsOut(
  label: string,
  bundles: readonly SurfaceBundle[],
  families: readonly CodeFamily[],
): Check {
  const leaks = bundles.flatMap((bundle) =>
    families.flatMap((family) => {
      const modules = bundle.families[family];
      if (!modules) return [];
      const shown = modules.slice(0, 2).join(', ');
      const more = modules.length > 2 ? ` and ${modules.length - 2} more` : '';
      return [`${bundle.surface} has ${family}: ${shown}${more}`];
    }),
  );
  return {
    label,
    holds: leaks.length === 0,
    ...(leaks.length > 0 ? { detail: leaks.join('; ') } : {}),
  };
}

/**
 * The tab loads each first screen (the channel board, My OKRs) and its Fluent theme on demand,
 * right after its own initial JavaScript: all of it comes before the first board row.
 */
const tabFirstScreens = [
  {
    label: 'tab, first screen of a channel tab (initial + teams-js + TeamTab + Teams light theme)',
    modules: [
      'src/host/teams-host.ts',
      'src/teams/tab/TeamTab.tsx',
      'src/host/themes/teams-light.ts',
    ],
  },
  {
    // A cold open (nothing cached) also needs the Graph adapter, which loads beside the first
    // screen (not after it) and is not part of it: a warm open paints without it.
    label: 'tab, channel tab opened cold (its first screen + the Graph adapter loaded beside it)',
    modules: [
      'src/host/teams-host.ts',
      'src/teams/tab/TeamTab.tsx',
      'src/host/themes/teams-light.ts',
      'src/store/graph/graph-repository.ts',
    ],
  },
  {
    label:
      'tab, first screen of the personal tab (initial + teams-js + MyOkrs + Teams light theme)',
    modules: [
      'src/host/teams-host.ts',
      'src/teams/tab/MyOkrs.tsx',
      'src/host/themes/teams-light.ts',
    ],
  },
] as const;

/**
 * The meeting pages and the task pane fetch their screen as soon as their JavaScript runs, beside
 * the host, its theme and the services (whose loading screen shows meanwhile): what their first
 * screen needs in all, for a Teams meeting in the light theme and Excel in the light theme.
 */
const pageFirstScreens = [
  {
    surface: 'sidepanel',
    label: 'sidepanel, first screen (initial + teams-js + SidePanel + Teams light theme)',
    modules: [
      'src/host/teams-host.ts',
      'src/ui/meeting/SidePanel/SidePanel.tsx',
      'src/host/themes/teams-light.ts',
    ],
  },
  {
    surface: 'stage',
    label: 'stage, first screen (initial + teams-js + Stage + Teams light theme)',
    modules: [
      'src/host/teams-host.ts',
      'src/ui/meeting/Stage/Stage.tsx',
      'src/host/themes/teams-light.ts',
    ],
  },
  {
    surface: 'taskpane',
    label: 'taskpane, first screen (initial + Office host + TaskPane + web light theme)',
    modules: [
      'src/host/office-host.ts',
      'src/excel/taskpane/TaskPane.tsx',
      'src/host/themes/web-light.ts',
    ],
  },
] as const;

/** The issue's goals for initial JavaScript, as multiples of baseline B's. */
export const initialJsGoals = { tab: 1.8, otherPages: 1.6 } as const;

const ratio = (bytes: number, baseline: number) => Math.round((bytes / baseline) * 100) / 100;

type BaselineBuild = AppBuild & { readonly page: string };

export async function measureBundles(
  build: AppBuild,
  baseline?: BaselineBuild,
  baselineOnProductReact?: BaselineBuild,
): Promise<{ figures: Figure[]; checks: Check[]; data: BundleData }> {
  const bundles: SurfaceBundle[] = [];
  for (const surface of surfaces) bundles.push(await analyseSurface(build, surface));
  const tab = surfaces.find((surface) => surface.id === 'tab')!;
  const firstScreens = await Promise.all(
    tabFirstScreens.map(async (screen) => ({
      ...screen,
      bundle: await analyseSurface(build, tab, screen.modules),
    })),
  );
  const pageScreens = await Promise.all(
    pageFirstScreens.map(async (screen) => ({
      ...screen,
      bundle: await analyseSurface(
        build,
        surfaces.find((surface) => surface.id === screen.surface)!,
        screen.modules,
      ),
    })),
  );
  const figures: Figure[] = bundles.flatMap((bundle) => [
    {
      label: `${bundle.surface} (${bundle.page})`,
      value: kB(bundle.rawBytes),
      unit: 'kB raw',
      note: `largest (kB raw): ${bundle.largest.map((g) => `${g.group} ${formatValue(kB(g.bytes))}`).join(', ')}`,
    },
    {
      label: `${bundle.surface}, gzip`,
      value: kB(bundle.gzipBytes),
      unit: 'kB gzip',
      note: [`${bundle.chunks.length} chunks`, ...bundle.external.map((src) => `plus ${src}`)].join(
        ', ',
      ),
    },
  ]);
  figures.push(
    ...[...firstScreens, ...pageScreens].map(({ label, bundle }) => ({
      label,
      value: kB(bundle.gzipBytes),
      unit: 'kB gzip',
      note: `${bundle.chunks.length} chunks`,
    })),
  );
  const analyseBaseline = (built: BaselineBuild) =>
    analyseSurface(built, { id: 'tab', title: 'B', host: 'teams', page: built.page });
  const baselineBundle = baseline ? await analyseBaseline(baseline) : undefined;
  const onProductReact = baselineOnProductReact
    ? await analyseBaseline(baselineOnProductReact)
    : undefined;
  const b = baselineBundle?.gzipBytes;
  if (b) {
    figures.push({
      label: 'baseline B: Teams Toolkit basic-tab + FluentProvider + one Button, gzip',
      value: kB(b),
      unit: 'kB gzip',
      note: `${baselineBundle.chunks.length} chunk(s); the template's React ${TEMPLATE_REACT_VERSION}, the product's Fluent, teams-js and Vite`,
    });
    if (onProductReact) {
      figures.push({
        label: "B on the product's React 18 (for comparison; not the goals' B)",
        value: kB(onProductReact.gzipBytes),
        unit: 'kB gzip',
        note: `channel tab first screen ${ratio(firstScreens[0]!.bundle.gzipBytes, onProductReact.gzipBytes)}× this`,
      });
    }
    figures.push(
      ...bundles.map((bundle) => ({
        label: `${bundle.surface} initial JS ÷ B`,
        value: ratio(bundle.gzipBytes, b),
        unit: '× B',
      })),
      ...[...firstScreens, ...pageScreens].map(({ label, bundle }) => ({
        label: `${label.split(' (')[0]} ÷ B`,
        value: ratio(bundle.gzipBytes, b),
        unit: '× B',
      })),
    );
  }
  const of = (ids: readonly Surface['id'][]) => bundles.filter((b) => ids.includes(b.surface));
  const teams = surfaces.filter((s) => s.host === 'teams').map((s) => s.id);
  const excel = surfaces.filter((s) => s.host === 'excel').map((s) => s.id);
  const checks: Check[] = [
    keepsOut("the Teams tab's initial JS has no office.js, Excel or Live Share code", of(['tab']), [
      'office.js',
      'Excel',
      'Live Share',
    ]),
    keepsOut("the task pane's initial JS has no Live Share code", of(['taskpane']), ['Live Share']),
    keepsOut('no Teams page loads office.js or Excel code up front', of(teams), [
      'office.js',
      'Excel',
    ]),
    keepsOut('no Excel page loads teams-js up front', of(excel), ['teams-js']),
    keepsOut('no page loads Live Share up front (the stage loads it on demand)', bundles, [
      'Live Share',
    ]),
  ];
  if (b) {
    const channel = firstScreens[0]!.bundle.gzipBytes;
    checks.push({
      label: `goal: the tab's JS before its first screen ≤ ${initialJsGoals.tab}× B`,
      holds: channel <= initialJsGoals.tab * b,
      detail: `channel tab first screen ${ratio(channel, b)}× B (static initial JS ${ratio(bundles.find((x) => x.surface === 'tab')!.gzipBytes, b)}× B)`,
    });
    // A page that loads its screen on demand beside its host is judged by its first screen, as
    // the tab is: what comes before anything shows, not what its HTML names.
    const others = bundles
      .filter((bundle) => bundle.surface !== 'tab')
      .map((bundle) => {
        const screen = pageScreens.find(({ surface }) => surface === bundle.surface);
        return screen
          ? { surface: bundle.surface, gzipBytes: screen.bundle.gzipBytes, counted: 'first screen' }
          : { surface: bundle.surface, gzipBytes: bundle.gzipBytes, counted: 'initial JS' };
      });
    const over = others.filter((page) => page.gzipBytes > initialJsGoals.otherPages * b);
    checks.push({
      label: `goal: every other page's JS before its first screen ≤ ${initialJsGoals.otherPages}× B`,
      holds: over.length === 0,
      detail: others
        .map((page) => `${page.surface} ${ratio(page.gzipBytes, b)}× (${page.counted})`)
        .join(', '),
    });
  }
  return {
    figures,
    checks,
    data: {
      ...(b ? { baselineGzipBytes: b } : {}),
      ...(onProductReact ? { baselineOnProductReactGzipBytes: onProductReact.gzipBytes } : {}),
      surfaces: bundles,
      tabFirstScreens: firstScreens.map(({ label, modules, bundle }) => ({
        label,
        modules,
        gzipBytes: bundle.gzipBytes,
        chunks: bundle.chunks,
      })),
      pageFirstScreens: pageScreens.map(({ surface, label, modules, bundle }) => ({
        surface,
        label,
        modules,
        gzipBytes: bundle.gzipBytes,
        chunks: bundle.chunks,
      })),
    },
  };
}
