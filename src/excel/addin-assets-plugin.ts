/**
 * A Vite plugin for the files the Excel add-in's manifest points at besides its pages:
 * `excel/functions.json`, the custom functions' metadata generated from the JSDoc of
 * `functions/functions.ts` by custom-functions-metadata, and the icons in `excel/icons/`.
 * They are emitted into the build output and served by the dev server; a JSDoc mistake fails
 * the build with the generator's message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import type { Plugin } from 'vite';

export const functionsMetadataPath = 'excel/functions.json';
export const iconSizes = [16, 32, 64, 80] as const;
export const iconPath = (size: (typeof iconSizes)[number]) => `excel/icons/icon-${size}.png`;

export async function functionsMetadata(source: string): Promise<string> {
  const result = await generateCustomFunctionsMetadata(source);
  if (result.errors.length > 0) {
    throw new Error(`Custom functions metadata for ${source}:\n${result.errors.join('\n')}`);
  }
  return result.metadataJson;
}

/** `srcRoot` is the Vite root (`src/`); the add-in's sources live in its `excel/` folder. */
export function excelAddinAssets(srcRoot: string): Plugin {
  const functionsSource = resolve(srcRoot, 'excel/functions/functions.ts');
  const icons = new Map(
    iconSizes.map((size) => [iconPath(size), resolve(srcRoot, iconPath(size))]),
  );
  return {
    name: 'okr-coach:excel-addin-assets',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: functionsMetadataPath,
        source: await functionsMetadata(functionsSource),
      });
      for (const [fileName, file] of icons) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.slice(1) ?? '';
        const icon = icons.get(path);
        if (icon) {
          response.setHeader('Content-Type', 'image/png');
          response.end(readFileSync(icon));
          return;
        }
        if (path !== functionsMetadataPath) return next();
        functionsMetadata(functionsSource).then((json) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(json);
        }, next);
      });
    },
  };
}
