import type { HtmlTagDescriptor, IndexHtmlTransformContext, Rollup } from 'vite';
import { firstScreenPreloads, type PagePreload } from '../../src/first-screen-plugin';

/**
 * A tab page whose entry starts its start-up and one of two screens on demand: the page gets
 * `modulepreload` links for the start-up and for what both screens need, not for what only one
 * needs nor for what Vite already links (the entry's static imports).
 */
const root = '/repo/src';
const chunk = (
  fileName: string,
  moduleIds: string[],
  imports: string[] = [],
  dynamicImports: string[] = [],
) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId: moduleIds[0] ?? null,
    moduleIds,
    imports,
    dynamicImports,
  }) as unknown as Rollup.OutputChunk;

const entry = chunk(
  'assets/tab.js',
  [`${root}/teams/tab/main.tsx`],
  ['assets/runtime.js'],
  ['assets/start.js', 'assets/TeamTab.js', 'assets/MyOkrs.js'],
);
const bundle: Rollup.OutputBundle = Object.fromEntries(
  [
    entry,
    chunk('assets/runtime.js', ['\0rolldown/runtime.js']),
    chunk('assets/start.js', [`${root}/teams/tab/start.tsx`], ['assets/react-dom.js']),
    chunk('assets/react-dom.js', ['/repo/node_modules/react-dom/index.js'], ['assets/runtime.js']),
    chunk('assets/TeamTab.js', [`${root}/teams/tab/TeamTab.tsx`], ['assets/board.js']),
    chunk('assets/MyOkrs.js', [`${root}/teams/tab/MyOkrs.tsx`], ['assets/board.js']),
    chunk(
      'assets/board.js',
      [`${root}/ui/screens/BoardScreen/BoardScreen.tsx`],
      ['assets/react-dom.js'],
    ),
    chunk('assets/AlignmentView.js', [`${root}/teams/tab/AlignmentView.tsx`], ['assets/board.js']),
    chunk(
      'assets/BoardOverlays.js',
      [`${root}/ui/screens/BoardScreen/BoardOverlays.tsx`],
      ['assets/dialog.js', 'assets/validation.js', 'assets/board.js', 'assets/runtime.js'],
    ),
    chunk('assets/dialog.js', ['/repo/node_modules/@fluentui/react-dialog/index.js']),
    chunk('assets/validation.js', [`${root}/core/validation.ts`]),
    chunk('assets/teams-host.js', [`${root}/host/teams-host.ts`], ['assets/teams-js.js']),
    chunk('assets/teams-js.js', ['/repo/node_modules/@microsoft/teams-js/index.js']),
    chunk('assets/browser-host.js', [`${root}/host/browser-host.ts`], ['assets/runtime.js']),
    chunk(
      'assets/graph-repository.js',
      [`${root}/store/graph/graph-repository.ts`],
      ['assets/validation.js'],
    ),
  ].map((output) => [output.fileName, output]),
);

function linksOf(page: string, preloads: readonly PagePreload[]) {
  const plugin = firstScreenPreloads(root, { 'teams/tab.html': preloads });
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => HtmlTagDescriptor[] | undefined;
  };
  const tags = hook.handler('<html></html>', {
    path: `/${page}`,
    filename: `${root}/${page}`,
    bundle,
    chunk: entry,
  });
  const described = (tag: HtmlTagDescriptor) => `${tag.attrs?.rel} ${tag.attrs?.href}`;
  // A template's links are inert until the page moves them out (src/ui/app/laterParts.ts).
  return tags?.flatMap((tag) =>
    tag.tag === 'template'
      ? (tag.children as HtmlTagDescriptor[]).map(
          (link) => `<template id="${tag.attrs?.id}"> ${described(link)}`,
        )
      : tag.tag === 'link'
        ? [described(tag)]
        : [],
  );
}

function preloadsOf(page: string, preloads: readonly PagePreload[]) {
  return linksOf(page, preloads)?.map((link) => link.replace(/^modulepreload /, ''));
}

test('the start-up and what every first screen needs come with the page', () => {
  expect(
    preloadsOf('teams/tab.html', [
      'teams/tab/start.tsx',
      ['teams/tab/TeamTab.tsx', 'teams/tab/MyOkrs.tsx'],
    ]),
  ).toEqual(['../assets/start.js', '../assets/react-dom.js', '../assets/board.js']);
});

test('a single screen comes whole; a page not listed gets nothing', () => {
  expect(preloadsOf('teams/tab.html', ['teams/tab/TeamTab.tsx'])).toEqual([
    '../assets/TeamTab.js',
    '../assets/board.js',
    '../assets/react-dom.js',
  ]);
  expect(preloadsOf('teams/config.html', ['teams/tab/TeamTab.tsx'])).toBeUndefined();
});

test('a screen no chunk holds is a clear build error', () => {
  expect(() => preloadsOf('teams/tab.html', ['teams/tab/Gone.tsx'])).toThrow(
    'No chunk of the build holds /repo/src/teams/tab/Gone.tsx.',
  );
});

/** The tab's plan: its start-up, its two first screens, the dialogs prefetched; and `more`. */
const tabPlan = (...more: PagePreload[]): PagePreload[] => [
  'teams/tab/start.tsx',
  ['teams/tab/TeamTab.tsx', 'teams/tab/MyOkrs.tsx'],
  ...more,
  { prefetch: 'ui/screens/BoardScreen/BoardOverlays.tsx' },
];

test('a part wanted later is prefetched after the first screen: its chunks that no first screen loads, none compiled', () => {
  expect(linksOf('teams/tab.html', tabPlan())).toEqual([
    'modulepreload ../assets/start.js',
    'modulepreload ../assets/react-dom.js',
    'modulepreload ../assets/board.js',
    '<template id="okr-later-parts"> prefetch ../assets/BoardOverlays.js',
    '<template id="okr-later-parts"> prefetch ../assets/dialog.js',
    '<template id="okr-later-parts"> prefetch ../assets/validation.js',
  ]);
});

test('a module the start-up may import at once gets no link, and no prefetch names its chunks', () => {
  // Vite's preload helper skips an import()'s dependencies that any <link> names, so a prefetch
  // of the validation chunk would leave the Graph adapter's import waiting for it.
  const atStart = linksOf(
    'teams/tab.html',
    tabPlan({ loadedAtStart: 'store/graph/graph-repository.ts' }),
  );
  expect(atStart).toEqual(
    linksOf('teams/tab.html', tabPlan())?.filter(
      (link) => link !== '<template id="okr-later-parts"> prefetch ../assets/validation.js',
    ),
  );
});

/** The page's tags, and the start-up links script the build writes with them (by file name). */
function pageWithStartLinks(preloads: readonly PagePreload[]) {
  const plugin = firstScreenPreloads(root, { 'teams/tab.html': preloads });
  const transform = plugin.transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => HtmlTagDescriptor[] | undefined;
  };
  const tags = transform.handler('<html></html>', {
    path: '/teams/tab.html',
    filename: `${root}/teams/tab.html`,
    bundle,
    chunk: entry,
  });
  const emitted = new Map<string, string>();
  const generate = plugin.generateBundle as { handler: (this: unknown) => void };
  generate.handler.call({
    emitFile: ({ fileName, source }: { fileName: string; source: string }) =>
      emitted.set(fileName, source),
  });
  return { tags: tags ?? [], emitted };
}

/** A window with no parent (a plain browser tab), framed, or given Teams mobile's bridge. */
const plainTab = { self: 'tab', top: 'tab' };
const framedTab = { self: 'tab', top: 'Teams' };

/**
 * Runs a start-up links script against a page head, a localStorage and a window (a plain tab's
 * unless given); the links it wrote.
 */
function runStartLinks(
  source: string,
  storage: Pick<Storage, 'getItem'>,
  window: object = plainTab,
) {
  const head: { rel: string; href: string; crossOrigin: string | null }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: null }),
    head: { append: (link: (typeof head)[number]) => head.push(link) },
  };
  new Function('localStorage', 'document', 'window', source)(storage, document, window);
  return head;
}

test('what the start-up may import at once is preloaded by a script only when the cache is empty', () => {
  const { tags, emitted } = pageWithStartLinks(
    tabPlan({ loadedAtStart: 'store/graph/graph-repository.ts' }),
  );
  const script = tags.find((tag) => tag.tag === 'script');
  expect(script).toMatchObject({
    attrs: { async: true, fetchpriority: 'high' },
    injectTo: 'head-prepend',
  });
  const src = String(script?.attrs?.src);
  expect(src).toMatch(/^\.\.\/assets\/start-links-[0-9a-f]{8}\.js$/);
  const source = emitted.get(src.replace('../', ''));
  expect(source).toBeDefined();

  const cold = runStartLinks(source!, { getItem: () => null });
  expect(cold.map(({ rel, href, crossOrigin }) => [rel, href, crossOrigin])).toEqual([
    ['modulepreload', '../assets/graph-repository.js', ''],
    ['modulepreload', '../assets/validation.js', ''],
  ]);
  expect(
    runStartLinks(source!, {
      getItem: (key) => (key === 'okr-coach:cache-may-hold-reads' ? '1' : null),
    }),
  ).toEqual([]);
  expect(
    runStartLinks(source!, {
      getItem: () => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    }),
  ).toEqual([]);
});

test('a page whose start-up imports nothing at once gets no start-up links script', () => {
  const { tags, emitted } = pageWithStartLinks(tabPlan());
  expect(tags.filter((tag) => tag.tag === 'script')).toEqual([]);
  expect(emitted.size).toBe(0);
});

test('the host the page will have is linked on every open: teams-js framed or on Teams mobile, else the browser host', () => {
  const { tags, emitted } = pageWithStartLinks(
    tabPlan({ framed: 'host/teams-host.ts', unframed: 'host/browser-host.ts' }),
  );
  // Not in the markup: which host it is depends on the window the page opens in.
  expect(linksOf('teams/tab.html', tabPlan())).toEqual(
    linksOf(
      'teams/tab.html',
      tabPlan({ framed: 'host/teams-host.ts', unframed: 'host/browser-host.ts' }),
    ),
  );
  const src = String(tags.find((tag) => tag.tag === 'script')?.attrs?.src);
  const source = emitted.get(src.replace('../', ''))!;
  const hrefs = (window: object, cached: boolean) =>
    runStartLinks(source, { getItem: () => (cached ? '1' : null) }, window).map(({ href }) => href);
  const teamsHost = ['../assets/teams-host.js', '../assets/teams-js.js'];
  // A warm open (the cache may hold reads) links its host too.
  expect(hrefs(framedTab, true)).toEqual(teamsHost);
  expect(hrefs({ ...plainTab, nativeInterface: {} }, false)).toEqual(teamsHost);
  // The browser host's runtime chunk is the entry's own import, linked by Vite already.
  expect(hrefs(plainTab, true)).toEqual(['../assets/browser-host.js']);
  const crossOriginParent = {
    self: 'tab',
    get top(): never {
      throw new DOMException(
        'Blocked a frame from accessing a cross-origin frame',
        'SecurityError',
      );
    },
  };
  expect(hrefs(crossOriginParent, true)).toEqual(teamsHost);
});
