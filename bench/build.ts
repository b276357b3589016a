/**
 * A production build of every surface with the repo's `vite.config.ts`, into a temp directory,
 * recording each chunk's static imports and module sizes as the bundler reports them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import type { ChunkInfo } from './bundle-analysis';
import type { Cleanup } from './cleanup';
import { sourceMapsFolder } from '../src/source-maps-plugin';

export interface AppBuild {
  readonly outDir: string;
  readonly chunks: ReadonlyMap<string, ChunkInfo>;
}

const repoRoot = resolve(import.meta.dirname, '..');

/** Records every chunk the bundler writes, with its static imports and module sizes. */
export function chunkRecorder(chunks: Map<string, ChunkInfo>): Plugin {
  return {
    name: 'okr-bench:chunk-recorder',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.set(output.fileName, {
          fileName: output.fileName,
          imports: [...output.imports],
          dynamicImports: [...output.dynamicImports],
          modules: Object.fromEntries(
            Object.entries(output.modules).map(([id, module]) => [id, module.renderedLength]),
          ),
        });
      }
    },
  };
}

/**
 * Builds into a new temp directory (removed by `cleanup`). `env` holds `VITE_*` settings baked
 * into the build, e.g. the local stack's; they are set only while Vite reads them.
 */
export async function buildApp(
  cleanup: Cleanup,
  env: Readonly<Record<string, string>> = {},
): Promise<AppBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'okr-bench-build-'));
  cleanup.add(`the build in ${outDir}`, async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(sourceMapsFolder(outDir), { recursive: true, force: true });
  });
  const chunks = new Map<string, ChunkInfo>();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await build({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      plugins: [chunkRecorder(chunks)],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return { outDir, chunks };
}
