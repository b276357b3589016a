import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyseSurface, keepsOut } from '../../bench/bundle';
import {
  chunksHolding,
  familiesIn,
  initialChunks,
  largestGroups,
  moduleGroup,
  pageScripts,
  type ChunkInfo,
} from '../../bench/bundle-analysis';

/**
 * A tiny build in tests/bench/fixtures/build: the tab imports a shared chunk statically and a
 * Live Share chunk dynamically; the task pane imports the shared chunk and loads office.js.
 */
const outDir = join(__dirname, 'fixtures/build');
const root = '/repo';
const chunk = (
  fileName: string,
  modules: Record<string, number>,
  imports: string[] = [],
  dynamicImports: string[] = [],
): ChunkInfo => ({ fileName, imports, dynamicImports, modules });

const chunks = new Map(
  [
    chunk(
      'assets/tab.js',
      { [`${root}/src/teams/tab/main.tsx`]: 40 },
      ['assets/shared.js'],
      ['assets/live.js'],
    ),
    chunk('assets/taskpane.js', { [`${root}/src/excel/taskpane/main.tsx`]: 30 }, [
      'assets/shared.js',
    ]),
    chunk('assets/shared.js', {
      [`${root}/node_modules/react-dom/cjs/react-dom.production.js`]: 300,
      [`${root}/node_modules/@fluentui/react-tabs/lib/Tab.js`]: 60,
      [`${root}/node_modules/@fluentui/react-tabs/lib/TabList.js`]: 40,
      [`${root}/src/ui/components/Board/Board.tsx`]: 100,
    }),
    chunk('assets/live.js', {
      [`${root}/node_modules/@microsoft/live-share/bin/index.js`]: 500,
      [`${root}/src/ui/meeting/live/joinLiveRound.ts`]: 20,
    }),
  ].map((c) => [c.fileName, c]),
);
const build = { outDir, chunks };
const size = (file: string) => readFileSync(join(outDir, file)).length;
const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

describe("a page's scripts", () => {
  test('module scripts and preloaded modules resolve from the page, or from the root when absolute', () => {
    const tab = pageScripts(readFileSync(join(outDir, 'teams/tab.html'), 'utf8'), 'teams/tab.html');
    expect(tab).toEqual({
      modules: ['assets/tab.js', 'assets/shared.js'],
      external: [],
      classic: [],
    });
    const pane = pageScripts(
      readFileSync(join(outDir, 'excel/taskpane.html'), 'utf8'),
      'excel/taskpane.html',
    );
    expect(pane).toEqual({
      modules: ['assets/taskpane.js'],
      external: ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
      classic: [],
    });
  });

  test("a classic script of the build the page runs counts, as the tab's start-up links script", () => {
    const html = `<script src="../assets/start-links-1a2b3c4d.js" async fetchpriority="high"></script>
      <script type="module" crossorigin src="../assets/tab.js"></script>`;
    expect(pageScripts(html, 'teams/tab.html')).toEqual({
      modules: ['assets/tab.js'],
      external: [],
      classic: ['assets/start-links-1a2b3c4d.js'],
    });
  });

  test('a module the page preloads is fetched with it, as its scripts are', () => {
    const html = `<script type="module" src="../assets/tab.js"></script>
      <link rel="modulepreload" crossorigin href="../assets/screen.js">
      <link rel="stylesheet" href="../assets/tab.css">
      <link rel="modulepreload" href="/assets/start.js">`;
    expect(pageScripts(html, 'teams/tab.html').modules).toEqual([
      'assets/tab.js',
      'assets/screen.js',
      'assets/start.js',
    ]);
  });
});

describe('initial chunks', () => {
  test('follow static imports once each and leave dynamic imports out', () => {
    expect(initialChunks(['assets/tab.js'], chunks).map((c) => c.fileName)).toEqual([
      'assets/tab.js',
      'assets/shared.js',
    ]);
  });

  test('a chunk missing from the build is a clear error', () => {
    expect(() => initialChunks(['assets/gone.js'], chunks)).toThrow(
      'The build has no chunk assets/gone.js.',
    );
  });

  test('an on-demand first screen is found by the modules its chunks hold', () => {
    expect(chunksHolding(['src/ui/meeting/live/joinLiveRound.ts'], chunks)).toEqual([
      'assets/live.js',
    ]);
    expect(() => chunksHolding(['src/teams/tab/Gone.tsx'], chunks)).toThrow(
      'No chunk of the build holds src/teams/tab/Gone.tsx.',
    );
  });
});

describe('module groups', () => {
  test.each([
    [`${root}/node_modules/react-dom/index.js`, 'react-dom'],
    [`${root}/node_modules/@fluentui/react-tabs/lib/Tab.js`, '@fluentui/react-tabs'],
    [`${root}/node_modules/a/node_modules/@scope/b/x.js?commonjs-es-import`, '@scope/b'],
    [`${root}/src/ui/components/Board/Board.tsx`, 'src/ui/components'],
    [`${root}/src/surfaces.ts`, 'src/surfaces.ts'],
    [`${root}/src/core/model.ts`, 'src/core'],
    ['\0vite/modulepreload-polyfill.js', 'modulepreload-polyfill.js'],
  ])('%s belongs to %s', (id, group) => {
    expect(moduleGroup(id)).toBe(group);
  });

  test('the largest groups share out the real chunk sizes in proportion', () => {
    const shared = [chunks.get('assets/shared.js')!];
    expect(largestGroups(shared, undefined, 2)).toEqual([
      { group: 'react-dom', bytes: 300 },
      { group: '@fluentui/react-tabs', bytes: 100 },
    ]);
    // 500 rendered characters minified into 250 bytes: each group gets half its length.
    expect(largestGroups(shared, new Map([['assets/shared.js', 250]]), 3)).toEqual([
      { group: 'react-dom', bytes: 150 },
      { group: '@fluentui/react-tabs', bytes: 50 },
      { group: 'src/ui/components', bytes: 50 },
    ]);
  });
});

describe('whose code a page loads', () => {
  test('Live Share, office.js and Excel code are recognised by module and script', () => {
    expect(familiesIn([chunks.get('assets/live.js')!])).toEqual({
      'Live Share': [
        `${root}/node_modules/@microsoft/live-share/bin/index.js`,
        `${root}/src/ui/meeting/live/joinLiveRound.ts`,
      ],
    });
    expect(
      familiesIn(
        [chunks.get('assets/taskpane.js')!],
        ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
      ),
    ).toEqual({
      Excel: [`${root}/src/excel/taskpane/main.tsx`],
      'office.js': ['/appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    });
  });

  test('a surface: raw and gzip size of its initial chunks, largest groups, families', async () => {
    const tab = await analyseSurface(build, {
      id: 'tab',
      title: 'OKR board',
      host: 'teams',
      page: 'teams/tab.html',
    });
    expect(tab.chunks).toEqual(['assets/tab.js', 'assets/shared.js']);
    expect(tab.rawBytes).toBe(size('assets/tab.js') + size('assets/shared.js'));
    expect(tab.gzipBytes).toBe(gzipped('assets/tab.js') + gzipped('assets/shared.js'));
    const reactDom = Math.round((300 / 500) * size('assets/shared.js'));
    expect(tab.largest).toContainEqual({ group: 'react-dom', bytes: reactDom });
    expect(tab.families).toEqual({});
    const withLive = await analyseSurface(
      build,
      { id: 'tab', title: 'OKR board', host: 'teams', page: 'teams/tab.html' },
      ['src/ui/meeting/live/joinLiveRound.ts'],
    );
    expect(withLive.chunks).toEqual(['assets/tab.js', 'assets/shared.js', 'assets/live.js']);

    const pane = await analyseSurface(build, {
      id: 'taskpane',
      title: 'Excel task pane',
      host: 'excel',
      page: 'excel/taskpane.html',
    });
    expect(keepsOut('the tab keeps Excel out', [tab], ['Excel'])).toEqual({
      label: 'the tab keeps Excel out',
      holds: true,
    });
    expect(keepsOut('no Excel code', [tab, pane], ['Excel', 'Live Share'])).toEqual({
      label: 'no Excel code',
      holds: false,
      detail: `taskpane has Excel: ${root}/src/excel/taskpane/main.tsx`,
    });
  });
});
