/**
 * Baseline B: the least any Fluent UI v9 Teams tab pays. The Teams Toolkit's own `ts/basic-tab`
 * template (from the `@microsoft/teamsfx-core` npm package, `templates/v4/templates.zip`), its
 * `App` wrapped in `FluentProvider` with `teamsLightTheme` and one Fluent `Button`, built with the
 * template's Vite set-up (the React plugin) on this repo's React, Fluent and Vite, so the ratios
 * compare the product with what the same libraries cost at their least.
 *
 * The package is fetched once with `npm pack` (the registry is the only network it needs) into
 * `.local/bench/`, and reused from there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import JSZip from 'jszip';
import { build } from 'vite';
import type { AppBuild } from './build';
import { chunkRecorder } from './build';
import type { ChunkInfo } from './bundle-analysis';
import type { Cleanup } from './cleanup';
import { wrapInFluent } from './baseline-source';

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

/** Writes B into the work folder (inside the repo, so it resolves the repo's packages) and builds it. */
export async function buildBaseline(cleanup: Cleanup): Promise<AppBuild & { page: string }> {
  const files = await basicTabTemplate();
  const sourceDir = join(workDir, 'baseline-b');
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
  await build({
    root: sourceDir,
    configFile: false,
    base: './',
    logLevel: 'silent',
    plugins: [react(), chunkRecorder(chunks)],
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, chunks, page: 'index.html' };
}
