/**
 * Baseline B: the least any Fluent UI v9 Teams tab pays. The Teams Toolkit's own `ts/basic-tab`
 * template (from the `@microsoft/teamsfx-core` npm package, `templates/v4/templates.zip`), its
 * `App` wrapped in `FluentProvider` with `teamsLightTheme` and one Fluent `Button`, built with the
 * template's Vite set-up (the React plugin) on this repo's Fluent, teams-js and Vite.
 *
 * Its React is the template's own (`react@^19`, pinned below), as issue #17 measured B (104.9 kB
 * gzip; "on React 18, the product's React, 81.6 kB"). The bench also builds B on the product's
 * React 18 and prints it beside, for what the same libraries cost at their least.
 *
 * The package and the template's React are fetched once from the npm registry (the only network
 * they need) into `.local/bench/`, and reused from there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import reactPlugin from '@vitejs/plugin-react';
import JSZip from 'jszip';
import { build } from 'vite';
import type { AppBuild } from './build';
import { chunkRecorder } from './build';
import type { ChunkInfo } from './bundle-analysis';
import type { Cleanup } from './cleanup';
import { TEMPLATE_REACT_VERSION, wrapInFluent } from './baseline-source';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..');
/** Pinned: the figures must not move because a new toolkit release changed the template. */
export const TEAMSFX_CORE_VERSION = '3.1.3';
const workDir = join(repoRoot, '.local/bench');
const templateDir = 'ts/basic-tab/';

/** The template's files, from the cached package (fetched with `npm pack` the first time). */
async function basicTabTemplate(): Promise<Map<string, string>> {
  const tarball = join(workDir, `microsoft-teamsfx-core-${TEAMSFX_CORE_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    await mkdir(workDir, { recursive: true });
    await run('npm', [
      'pack',
      `@microsoft/teamsfx-core@${TEAMSFX_CORE_VERSION}`,
      '--pack-destination',
      workDir,
      '--silent',
    ]);
  }
  const zipPath = join(workDir, 'templates-v4.zip');
  if (!existsSync(zipPath)) {
    const { stdout } = await run('tar', ['-xzOf', tarball, 'package/templates/v4/templates.zip'], {
      encoding: 'buffer',
      maxBuffer: 256 * 1024 * 1024,
    });
    await writeFile(zipPath, stdout);
  }
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.startsWith(templateDir)) continue;
    files.set(entry.name.slice(templateDir.length), await entry.async('string'));
  }
  for (const needed of ['index.html', 'src/Tab/client.tsx', 'src/Tab/App.tsx', 'src/Tab/App.css']) {
    if (!files.has(needed)) {
      throw new Error(
        `@microsoft/teamsfx-core@${TEAMSFX_CORE_VERSION} has no ${templateDir}${needed}.`,
      );
    }
  }
  return files;
}

/** Which React B is built on: the template's own (B as the issue defines it) or the product's. */
export type BaselineReact = 'template' | 'product';

/**
 * The template's React installed on its own under the work folder: the folder that holds its
 * `react` and `react-dom` packages.
 */
async function templateReact(): Promise<string> {
  const dir = join(workDir, `react-${TEMPLATE_REACT_VERSION}`);
  const modules = join(dir, 'node_modules');
  const installed = async (name: string) =>
    existsSync(join(modules, name, 'package.json')) &&
    (JSON.parse(await readFile(join(modules, name, 'package.json'), 'utf8')) as { version: string })
      .version === TEMPLATE_REACT_VERSION;
  if (!(await installed('react')) || !(await installed('react-dom'))) {
    await mkdir(dir, { recursive: true });
    const dependencies = { react: TEMPLATE_REACT_VERSION, 'react-dom': TEMPLATE_REACT_VERSION };
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'okr-bench-template-react', private: true, dependencies }, null, 2),
    );
    await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], {
      cwd: dir,
    });
  }
  return modules;
}

/**
 * Writes B into the work folder (inside the repo, so it resolves the repo's packages) and builds
 * it; on the template's React, every `react` and `react-dom` import (Fluent's too) resolves to it.
 */
export async function buildBaseline(
  cleanup: Cleanup,
  react: BaselineReact = 'template',
): Promise<AppBuild & { page: string }> {
  const files = await basicTabTemplate();
  const sourceDir = join(workDir, `baseline-b-${react}-react`);
  await rm(sourceDir, { recursive: true, force: true });
  for (const [name, text] of files) {
    if (!/^(index\.html|src\/Tab\/)/.test(name)) continue;
    const path = join(sourceDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, name === 'src/Tab/client.tsx' ? wrapInFluent(text) : text);
  }
  const outDir = await mkdtemp(join(tmpdir(), 'okr-bench-baseline-'));
  cleanup.add(`the baseline build in ${outDir}`, () =>
    rm(outDir, { recursive: true, force: true }),
  );
  const chunks = new Map<string, ChunkInfo>();
  const modules = react === 'template' ? await templateReact() : undefined;
  await build({
    root: sourceDir,
    configFile: false,
    base: './',
    logLevel: 'silent',
    plugins: [reactPlugin(), chunkRecorder(chunks)],
    // A string alias also matches its subpaths (`react/jsx-runtime`, `react-dom/client`).
    resolve: modules
      ? {
          alias: [
            { find: 'react', replacement: join(modules, 'react') },
            { find: 'react-dom', replacement: join(modules, 'react-dom') },
          ],
        }
      : {},
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, chunks, page: 'index.html' };
}
