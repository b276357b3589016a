import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import griffel from '@griffel/vite-plugin';
import { surfaces } from './src/surfaces.ts';
import { excelAddinAssets } from './src/excel/addin-assets-plugin.ts';
import { sourceMapsBesideBuild } from './src/source-maps-plugin.ts';
import { firstScreenPreloads } from './src/first-screen-plugin.ts';
import { commonJsOnce } from './src/commonjs-once-plugin.ts';
import { fluentTokensAsVariables } from './src/fluent-tokens-plugin.ts';

const root = resolve(import.meta.dirname, 'src');
/** Fluent's button, text, icons and utilities, read by nearly every chunk (see `fluent-base` below). */
const fluentBase =
  /[\\/]node_modules[\\/](@fluentui[\\/](react-button|react-text|react-utilities|react-aria|keyboard-keys|react-jsx-runtime|react-shared-contexts|react-icons[\\/]lib[\\/](utils|core))|@griffel[\\/]react)[\\/]/;
/** What of those only popups, toasts, comboboxes, the calendar and the toggle and menu buttons use. */
const notInBase =
  /[\\/]@fluentui[\\/](react-button[\\/]lib[\\/](components[\\/](ToggleButton|MenuButton|SplitButton|CompoundButton)[\\/]|utils[\\/]useToggleState)|react-aria[\\/]lib[\\/]activedescendant[\\/]|react-utilities[\\/]lib[\\/](trigger|virtualParent)[\\/]|react-utilities[\\/]lib[\\/](hooks[\\/](useOnClickOutside|useOnScrollOutside|useAnimationFrame|useTimeout|useBrowserTimer|useForceUpdate|useFirstMount)|utils[\\/](priorityQueue|getPercentInRange|getRTLSafeKey))\.)/;
const graphClient = /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/;

export default defineConfig(({ command }) => ({
  root,
  base: './',
  plugins: [
    react(),
    commonJsOnce(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client']),
    // Griffel ahead of time: each `makeStyles` of ours becomes Fluent's precompiled `__styles`
    // (its class names and CSS rules worked out at build time), so the first render inserts the
    // rules without resolving style objects through stylis; the rules are still inserted at run
    // time, through the CSSOM, as before (no inline CSS for the CSP). Fluent's own components
    // ship precompiled. The build evaluates each styles object (tokens are CSS variables, so one
    // build serves every theme); the dev server keeps runtime styles. Our makeStyles come from
    // @fluentui/react-components, which the tag processor handles like @griffel/react.
    // https://www.npmjs.com/package/@griffel/vite-plugin
    // https://www.npmjs.com/package/@griffel/babel-preset (babelOptions: parsing our TypeScript)
    command === 'build' &&
      griffel({
        include: [/[\\/]src[\\/].*\.tsx?$/],
        babelOptions: { presets: ['@babel/preset-typescript'] },
      }),
    fluentTokensAsVariables(),
    excelAddinAssets(root),
    sourceMapsBesideBuild(),
    // The tab's services (its entry imports them on their own, to start them before React is
    // evaluated), its start-up, and what the channel board and My OKRs share, come with the page;
    // the board's dialogs, imported when first wanted, are fetched into the HTTP cache meanwhile,
    // except what sign-in and the Graph adapter share with them (a cold start imports those at
    // once: src/ui/app/cacheAhead.ts).
    firstScreenPreloads(root, {
      'teams/tab.html': [
        'teams/tab/services-ahead.ts',
        'teams/tab/start.tsx',
        ['teams/tab/TeamTab.tsx', 'teams/tab/MyOkrs.tsx'],
        { framed: 'host/teams-host.ts', unframed: 'host/browser-host.ts' },
        { loadedAtStart: 'store/graph/graph-repository.ts' },
        { loadedAtStart: 'auth/msal-token-provider.ts' },
        { prefetch: 'ui/screens/BoardScreen/BoardOverlays.tsx' },
      ],
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // No map in dist/ (see source-maps-plugin.ts): they are written to dist-sourcemaps/.
    sourcemap: 'hidden',
    // No modulepreload polyfill in each page's entry (about 0.6 kB gzip on every first screen):
    // Teams' and Excel's web views (Edge WebView2, Safari 17+) preload natively, and where one
    // does not, the modules still load through their imports, only later.
    // https://vite.dev/config/build-options#build-modulepreload
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(surfaces.map((s) => [s.id, resolve(root, s.page)])),
      // Small chunks shared by several imports are copied into the chunks that read them (one
      // module state through rolldown's runtime registry): the channel tab's first screen comes
      // in 31 requests instead of 110. Fluent's token names and Griffel's runtime, read by most
      // chunks, stay chunks of their own (copied, they cost each page about 5 kB gzip more).
      // Needs entry signatures that may drop unused exports (no page exports anything).
      // https://rolldown.rs/in-depth/inline-common-chunks
      preserveEntrySignatures: false,
      treeshake: {
        // The Graph client's package declares no `sideEffects`, so its index brought the large
        // file upload tasks into the Graph adapter; its modules only export classes.
        moduleSideEffects: (id) => (graphClient.test(id) ? false : undefined),
      },
      output: {
        // A shared chunk is named by its hash alone: its name is written again in every import
        // of it and in every list of a dynamic import's dependencies (the channel tab's first
        // screen 174.7 → 172.3 kB gzip). The ids the chunks inlined below register keep their
        // names: rolldown names them apart. The source maps keep the modules' names; the pages'
        // entries keep theirs. The `c` keeps a file name from starting with the hash's `-`,
        // which a shell would read as an option.
        chunkFileNames: 'assets/c[hash].js',
        codeSplitting: {
          // Fluent's button, icons and utilities, read by nearly every chunk of every page, in one
          // chunk: copied by the inlining below, they came two or three times in one page (the
          // channel tab's first screen 296 → 277 kB gzip, the config page 139 → 131). Every page
          // loads that chunk, so what only menus, popovers, toasts, comboboxes and the toggle and
          // menu buttons use stays with them (`notInBase`): side panel, stage and task pane first
          // screens 4-7 kB gzip smaller.
          groups: [
            {
              name: 'fluent-base',
              test: (id: string) => fluentBase.test(id) && !notInBase.test(id),
            },
            // What every page's start-up (the services gate, its loading and error states) shares
            // with the first screens: copied by the inlining below into the start-up and again
            // into the board's chunks, it came twice in one page (channel tab first screen 214 →
            // 207 kB gzip, the config page 123 → 121). So did what loads the parts shown on demand
            // (`lazyPart`: the header's story, the views, the toasts, the board's dialogs) and
            // what gives focus a place after Try again.
            {
              name: 'start-up',
              test: /[\\/]src[\\/](ui[\\/](components[\\/]States[\\/](LoadingState|useStatesStyles|useSkeletonClasses|lazyPart|focusAfterRetry)|errors[\\/]describeError|app[\\/](AppServices|roles|onFirstUse)))\.tsx?$/,
              includeDependenciesRecursively: false,
            },
            // What of the start-up's shared modules the services read (the configuration, the
            // store's errors, the tab's settings, the page's Web Storage): apart from the rest,
            // which brings Fluent and React, so that the services a page's entry starts first
            // (`ui/app/servicesAhead`) wait for neither to be compiled. The Web Storage, which the
            // board's words, its tab and its cache read too, came three times in one page.
            {
              name: 'start-up-services',
              test: /[\\/]src[\\/](ui[\\/]app[\\/](config|browserStorage)|store[\\/](errors|caching[\\/]storage)|host[\\/]tab-settings)\.ts$/,
              includeDependenciesRecursively: false,
            },
            // The core modules of the start-up apart from it: the custom functions' page reads
            // them too, and the start-up's chunk would bring Fluent into it (13 → 42 kB gzip).
            // What fetches a chunk again after a failed load (`reloadable`), beside Vite's own
            // preload helper, which it calls: every page's entry reads both, and in a chunk of its
            // own it cost each first screen a request and about 0.1 kB gzip more.
            {
              name: 'preload-helper',
              test: /(\0vite[\\/]preload-helper|[\\/]src[\\/]reloadable\.ts$)/,
              includeDependenciesRecursively: false,
            },
            // With them the user's day (`ui/app/today`), which the tab, the task pane and the
            // custom functions all read: in a chunk of its own it cost the channel tab's first screen
            // 129 bytes gzip and the task pane's 164 (bench figure 4, Dec 7).
            {
              name: 'core-start-up',
              test: /[\\/]src[\\/](core[\\/](dates|board-filter|i18n|model)|ui[\\/]app[\\/]today)\.ts$/,
              includeDependenciesRecursively: false,
            },
            // The core's formats (dates, numbers, values), read by the start-up (it makes the
            // locale's formatter while the page waits for its data) and by every screen: copied
            // into both, they came twice in one page.
            {
              name: 'core-format',
              test: /[\\/]src[\\/]core[\\/](format|status-messages)\.ts$/,
              includeDependenciesRecursively: false,
            },
            // The core's validation messages in German, French and Spanish, read by the add-in's
            // sync and by the board's words in each of those languages: copied into each
            // language's chunk, a German page loaded the French and Spanish messages too.
            {
              name: 'issue-words',
              test: /[\\/]src[\\/]core[\\/]issue-words\.ts$/,
              includeDependenciesRecursively: false,
            },
            // The deep links and theme broadcast of both hosts (the browser's, in every page's
            // start-up, and Teams'): copied into both, they came twice in a Teams page.
            {
              name: 'host-links',
              test: /[\\/]src[\\/](host[\\/](deep-links|theme-broadcast)|core[\\/]deep-links|surfaces)\.ts$/,
              includeDependenciesRecursively: false,
            },
            // The core's messages (every validation text), read by the task pane's check-in and
            // by its custom functions' registration: copied into both, they came twice in its
            // first screen (174 → 171 kB gzip).
            {
              name: 'core-messages',
              test: /[\\/]src[\\/]core[\\/](messages|issues)\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
          experimentalInlineCommonChunks: {
            maxSize: 64 * 1024,
            exclude: /[\\/]node_modules[\\/](@fluentui[\\/]tokens|@griffel[\\/]core)[\\/]/,
          },
        },
      },
    },
  },
}));
