/**
 * Build of the chat panel: the hosted page /chat/:shop (also what the widget's iframe shows).
 * Assets are served from /widget/assets/ with hashed names; `vite.loader.config.ts` builds the
 * loader into the same folder afterwards.
 */
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { sizeBudget } from './build/size-budget.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: '/widget/',
  logLevel: 'warn',
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    sizeBudget({ 'assets/chat-': 80 * 1024 }),
  ],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: { input: { chat: path.join(import.meta.dirname, 'chat.html') } },
  },
});
