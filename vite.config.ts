import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { surfaces } from './src/surfaces.ts';
import { excelAddinAssets } from './src/excel/addin-assets-plugin.ts';

const root = resolve(import.meta.dirname, 'src');

export default defineConfig({
  root,
  base: './',
  plugins: [react(), excelAddinAssets(root)],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: Object.fromEntries(surfaces.map((s) => [s.id, resolve(root, s.page)])),
    },
  },
});
