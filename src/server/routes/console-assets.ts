/**
 * The agent workspace's built files (web/console/dist, made by `npm run build:web`): the hashed
 * assets at /console/assets/* (cached for a year, immutable) and the page's HTML, which
 * pages.ts serves at /console with CONSOLE_PAGE_HEADERS.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { unavailable } from '../../domain/errors.ts';

/** Where `npm run build:web` writes the workspace. */
export const CONSOLE_DIST = fileURLToPath(new URL('../../../web/console/dist/', import.meta.url));

/** Registers /console/assets/* (and /console/ → /console). */
export async function registerConsoleAssetRoutes(
  app: FastifyInstance,
  dist: string = CONSOLE_DIST,
): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.join(dist, 'assets'),
    prefix: '/console/assets/',
    decorateReply: false,
    index: false,
    maxAge: '365d',
    immutable: true,
  });
  app.get('/console/', async (_request, reply) => reply.redirect('/console', 301));
}

/** The built workspace page; 503 with the fix when it has not been built. */
export async function consolePage(dist: string = CONSOLE_DIST): Promise<string> {
  try {
    return await fs.readFile(path.join(dist, 'console.html'), 'utf8');
  } catch {
    throw unavailable('The agent workspace is not built yet. Run `npm run build:web`.');
  }
}

/** Headers of the page: never cached (it names the current assets), never framed. */
export const CONSOLE_PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};
