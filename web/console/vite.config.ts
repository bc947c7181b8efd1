/**
 * Build of the agent workspace served at /console (see src/server/routes/console-assets.ts).
 * Assets are served from /console/assets/ with hashed names; the page itself is never cached.
 */
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  logLevel: 'warn',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: { input: { console: path.join(import.meta.dirname, 'console.html') } },
  },
});
