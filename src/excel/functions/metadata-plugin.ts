/**
 * A Vite plugin that writes `excel/functions.json`, the custom functions' metadata, from the
 * JSDoc of `functions.ts` with custom-functions-metadata: emitted into the build output and
 * served by the dev server. A JSDoc mistake fails the build with the generator's message.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import type { Plugin } from 'vite';

export const functionsMetadataPath = 'excel/functions.json';

export async function functionsMetadata(source: string): Promise<string> {
  const result = await generateCustomFunctionsMetadata(source);
  if (result.errors.length > 0) {
    throw new Error(`Custom functions metadata for ${source}:\n${result.errors.join('\n')}`);
  }
  return result.metadataJson;
}

export function customFunctionsMetadata(source: string): Plugin {
  return {
    name: 'okr-coach:custom-functions-metadata',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: functionsMetadataPath,
        source: await functionsMetadata(source),
      });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${functionsMetadataPath}`) return next();
        functionsMetadata(source).then((json) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(json);
        }, next);
      });
    },
  };
}
