/**
 * Fluent's design tokens written as the CSS variables they stand for, at build time.
 *
 * `tokens` (@fluentui/tokens) is one object of about 470 strings, `var(--colorNeutralForeground1)`
 * and the like, that Fluent's components and ours read. Fluent's precompiled styles still hold
 * reads of it whose results nothing uses (the Input's `horizontalPadding`, say). A bundler keeps a
 * property read, which could run a getter, so the whole object stayed in the chunk every page
 * loads, 3.5 kB gzip of each first screen (issue 17, figure 4). Fluent counts on a minifier folding
 * those reads into their strings, which it can only do where the object is not shared between
 * chunks (Fluent's bundle-size fixture for a single token import:
 * https://github.com/microsoft/fluentui/pull/21186). Here each `tokens.name` of a module that
 * imports `tokens` from Fluent becomes the string Fluent's own object holds for that name, so no
 * chunk reads the object and none carries it. The values are Fluent's, read from the package.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

export type TokenTable = Readonly<Record<string, string>>;

/** Where a module may import `tokens` from: Fluent's packages, or its own file inside @fluentui/tokens. */
const tokenSources = /^(@fluentui\/(react-components|react-theme|tokens)|\.{1,2}\/tokens\.js)$/;
const namedImports = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
/**
 * Another binding named `tokens` (a variable, a parameter), or the object handed on whole (`f(tokens)`):
 * the module is left as it is, reading the object as Fluent wrote it.
 */
const tokensUsedOtherwise = /\b(?:const|let|var|function|class)\s+tokens\b|[(,]\s*tokens\s*[,)=]/;
const tokenRead = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;

function importsTokens(code: string): boolean {
  return [...code.matchAll(namedImports)].some(
    ([, names = '', source = '']) =>
      tokenSources.test(source) && names.split(',').some((name) => name.trim() === 'tokens'),
  );
}

/**
 * The module with each read of a known token replaced by its value; undefined when the module
 * does not import `tokens` from Fluent, has another binding of that name, or reads none.
 */
export function foldTokenReads(code: string, table: TokenTable): string | undefined {
  if (!code.includes('tokens.') || !importsTokens(code) || tokensUsedOtherwise.test(code))
    return undefined;
  let folded = false;
  const result = code.replace(tokenRead, (read, name: string) => {
    if (!Object.hasOwn(table, name)) return read;
    folded = true;
    return JSON.stringify(table[name]);
  });
  return folded ? result : undefined;
}

export function fluentTokensAsVariables(): Plugin {
  const { tokens } = createRequire(import.meta.url)('@fluentui/tokens') as { tokens: TokenTable };
  return {
    name: 'okr-fluent-tokens-as-variables',
    apply: 'build',
    // After TypeScript and JSX are compiled, and after Griffel's own pass over our styles.
    enforce: 'post',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')) return null;
      const folded = foldTokenReads(code, tokens);
      // Each read is replaced on its own line, so the source maps still point at the right lines.
      return folded === undefined ? null : { code: folded, map: null };
    },
  };
}
