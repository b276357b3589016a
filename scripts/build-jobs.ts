/**
 * Builds the Azure Functions app of the reminders job into `dist-jobs/`: host.json, a
 * package.json whose `main` is the bundle, and the bundle itself (src/jobs/reminders/function.ts
 * with everything it imports, Node 22, ESM). The Functions host installs nothing: every
 * dependency is in the bundle. https://learn.microsoft.com/azure/azure-functions/functions-reference-node
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'dist-jobs');

export async function buildJobs(outDir = out): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [resolve(root, 'src/jobs/reminders/function.ts')],
    outfile: resolve(outDir, 'reminders.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    sourcemap: false,
    logLevel: 'warning',
    // Provided by the Functions host at run time.
    external: ['@azure/functions-core'],
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  copyFileSync(resolve(root, 'src/jobs/host.json'), resolve(outDir, 'host.json'));
  writeFileSync(
    resolve(outDir, 'package.json'),
    JSON.stringify(
      { name: 'okr-coach-reminders', private: true, type: 'module', main: 'reminders.mjs' },
      null,
      2,
    ) + '\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildJobs().then(
    () => console.log(`Built the reminders job into ${out}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
