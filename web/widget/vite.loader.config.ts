/**
 * Build of the loader `widget.js`: one classic script (IIFE, no framework) that host pages
 * embed. It must stay under 30 KB gzipped; the build fails otherwise.
 */
import path from 'node:path';
import { defineConfig } from 'vite';
import { sizeBudget } from './build/size-budget.ts';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  publicDir: false,
  plugins: [sizeBudget({ 'widget.js': 30 * 1024 })],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    target: 'es2018',
    minify: true,
    lib: {
      entry: path.join(import.meta.dirname, 'src/loader/widget.ts'),
      formats: ['iife'],
      name: 'KefuWidget',
      fileName: () => 'widget.js',
    },
  },
});
