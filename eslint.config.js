import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const srcRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * The layers of src/ (README, "How the pieces fit"): each top-level folder (or module) and the
 * folders it may import from. `src/dev` is the local stack and may import anything; nothing in
 * this table may import it. A folder missing here may be imported by no layer until it is added.
 */
const layers = {
  core: [],
  store: ['core', 'reloadable'],
  auth: ['core', 'reloadable'],
  host: ['core', 'surfaces', 'reloadable'],
  ui: ['core', 'store', 'auth', 'host', 'migrate', 'surfaces', 'reloadable'],
  teams: ['core', 'store', 'auth', 'host', 'ui', 'surfaces', 'reloadable'],
  excel: ['core', 'store', 'auth', 'host', 'ui', 'surfaces', 'reloadable'],
  migrate: ['core', 'store'],
  jobs: ['core', 'store'],
  surfaces: [],
  reloadable: [],
};

/** The top-level folder (or module, without its extension) of `src/` that `file` is in. */
function layerOf(file) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0].replace(/\.(d\.)?tsx?$/, '');
}

/** `layers/allowed-imports`: a relative import may only reach a layer that the table allows. */
const allowedImports = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from || !(from in layers)) return {};
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source.value));
      if (to === from) return;
      if (to && layers[from].includes(to)) return;
      const allowed = layers[from].length ? layers[from].join(', ') : 'nothing outside itself';
      context.report({
        node: source,
        message: `src/${from} may not import ${to ? `src/${to}` : 'code outside src'} ("${source.value}"); it may import ${allowed}.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** SDKs that only one layer may import: the ports at the edges. */
const sdks = [
  {
    group: ['@microsoft/teams-js', '@microsoft/teams-js/*'],
    only: 'host',
    message: 'Only src/host talks to Teams (teams-js); use the Host interface.',
  },
  {
    group: [
      '@microsoft/live-share',
      '@microsoft/live-share*',
      '@fluidframework/*',
      'fluid-framework',
    ],
    only: 'host',
    message: 'Only src/host joins Live Share (src/host/live-session.ts).',
  },
  {
    group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'],
    only: 'store',
    message: 'Only src/store talks to Microsoft Graph; use the OkrRepository port.',
  },
  {
    group: ['@azure/msal-browser', '@azure/msal-*'],
    only: 'auth',
    message: 'Only src/auth signs in; use a TokenProvider.',
  },
];

/** The layers that run in pages: they sign in through the host, never with development tokens. */
const pageLayers = ['ui', 'teams', 'excel', 'host'];
const pageSignIn = {
  group: ['**/auth/dev-token-provider'],
  message: 'Pages sign in through the host (NAA); development tokens are for Node tools only.',
};

const corePurity = [
  {
    group: ['react', 'react-*', '@fluentui/*', '@microsoft/*', '@azure/*'],
    message: 'src/core is pure TypeScript.',
  },
  { group: ['node:*', 'fs', 'path', 'http'], message: 'src/core does no I/O.' },
];

/**
 * In the layers that load chunks in pages, an `import()` goes through `reloadable` (src/reloadable.ts),
 * so that a chunk that failed to load is fetched again on the next try.
 */
const chunkLayers = ['ui', 'teams', 'excel', 'host', 'store', 'auth'];
const reloadableImports = {
  selector:
    "ImportExpression:not(CallExpression[callee.name='reloadable'] > ArrowFunctionExpression > ImportExpression.body)",
  message:
    "Load a chunk through reloadable(() => import('…')) (src/reloadable.ts): a bare import() that failed fails again at once.",
};

/** The imports and globals each product layer is refused. */
function layerRules(layer) {
  const patterns = [
    ...sdks.filter((sdk) => sdk.only !== layer).map(({ group, message }) => ({ group, message })),
    ...(pageLayers.includes(layer) ? [pageSignIn] : []),
  ];
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`, `src/${layer}.{ts,tsx}`],
    rules: {
      'layers/allowed-imports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: layer === 'core' ? [...corePurity, ...patterns] : patterns },
      ],
      ...(chunkLayers.includes(layer)
        ? { 'no-restricted-syntax': ['error', reloadableImports] }
        : {}),
      ...(layer === 'host'
        ? {}
        : {
            'no-restricted-globals': [
              'error',
              ...['Office', 'Excel', 'OfficeExtension', 'CustomFunctions'].map((name) => ({
                name,
                message: `Only src/host touches office.js (${name}); use src/host/office.ts.`,
              })),
            ],
          }),
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-*', 'coverage', '.local', 'appPackage/build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: {
      'react-hooks': reactHooks,
      layers: { rules: { 'allowed-imports': allowedImports } },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // The layers keep to their imports (README, "How the pieces fit"): a cross-layer import fails lint.
  ...Object.keys(layers).map(layerRules),
);
