import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the baseline page into dist-bench/bare, with the same data files as the app.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  build: { outDir: resolve(import.meta.dirname, '../../../dist-bench/bare'), emptyOutDir: true, target: 'es2022' },
});
