import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { surfaces } from './src/surfaces.ts';
import { excelAddinAssets } from './src/excel/addin-assets-plugin.ts';
import { sourceMapsBesideBuild } from './src/source-maps-plugin.ts';

const root = resolve(import.meta.dirname, 'src');

export default defineConfig({
  root,
  base: './',
  plugins: [react(), excelAddinAssets(root), sourceMapsBesideBuild()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // No map in dist/ (see source-maps-plugin.ts): they are written to dist-sourcemaps/.
    sourcemap: 'hidden',
    rollupOptions: {
      input: Object.fromEntries(surfaces.map((s) => [s.id, resolve(root, s.page)])),
    },
  },
});
