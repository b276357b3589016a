/**
 * Source maps beside the build, never in it: the deployed folder publishes no `.map` (they carry
 * the whole source, the local stack's tenant and simulators among it), while error reports can
 * still be mapped from `<outDir>-sourcemaps/`, kept as a build artefact. The bundles carry no
 * `sourceMappingURL` (Vite's `sourcemap: 'hidden'`), so no browser asks for them.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const sourceMapsFolder = (outDir: string) => `${outDir.replace(/[\\/]+$/, '')}-sourcemaps`;

export function sourceMapsBesideBuild(): Plugin {
  let outDir = '';
  return {
    name: 'okr-source-maps-beside-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // The bundler writes each chunk's map next to it; they move out once everything is written.
    writeBundle() {
      const folder = sourceMapsFolder(outDir);
      rmSync(folder, { recursive: true, force: true });
      const maps = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.map'),
      );
      for (const file of maps) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        renameSync(join(outDir, file), join(folder, file));
      }
    },
  };
}
