/**
 * One ES module face for each CommonJS package that many modules import (React above all).
 *
 * Rolldown bundles CommonJS as esbuild does: every ES module that imports a CommonJS package gets
 * its own `__toESM(require_x())`, a fresh namespace object with a bound getter for each export
 * (https://rolldown.rs/in-depth/bundling-cjs). React is imported by about 250 of our and Fluent's
 * modules, so an open board held some 9,000 such getters and their namespace objects. Here each
 * listed package is read through one small ES module that alone does the interop; the others
 * import its named exports like any ES module. `require()` calls (react-dom's own, say) still get
 * the package itself, so there is one React either way.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const face = '\0commonjs-once:';
const identifier = /^[A-Za-z_$][\w$]*$/;

/** The ES module text that re-exports a CommonJS package's exports, read once. */
export function esModuleFace(source: string, exportNames: readonly string[]): string {
  const names = exportNames.filter((name) => identifier.test(name) && name !== 'default');
  return [
    `import commonJs from ${JSON.stringify(source)};`,
    'export default commonJs;',
    ...(names.length > 0 ? [`export const { ${names.join(', ')} } = commonJs;`] : []),
  ].join('\n');
}

export function commonJsOnce(packages: readonly string[]): Plugin {
  const load = createRequire(import.meta.url);
  return {
    name: 'okr-commonjs-once',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!packages.includes(source) || importer?.startsWith(face)) return null;
      if ((options as { kind?: string }).kind === 'require-call') return null;
      return face + source;
    },
    load(id) {
      if (!id.startsWith(face)) return null;
      const source = id.slice(face.length);
      return esModuleFace(source, Object.keys(load(source) as object));
    },
  };
}
