/**
 * The customer chat's built files (web/widget/dist, made by `npm run build:web`): the loader at
 * /widget.js (short cache: its URL never changes), the panel's hashed assets at /widget/assets/*
 * (cached for a year, immutable), and the hosted chat page's HTML with the shop's config.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Text } from '../../domain/bundle.ts';
import { unavailable } from '../../domain/errors.ts';

/** Where `npm run build:web` writes the widget. */
export const WIDGET_DIST = fileURLToPath(new URL('../../../web/widget/dist/', import.meta.url));

const notBuilt = () =>
  unavailable('The chat widget is not built yet. Run `npm run build:web` (npm ci does it too).');

async function readBuilt(dist: string, file: string): Promise<string> {
  try {
    return await fs.readFile(path.join(dist, file), 'utf8');
  } catch {
    throw notBuilt();
  }
}

/** Registers /widget.js and /widget/assets/*. */
export async function registerWidgetAssetRoutes(
  app: FastifyInstance,
  dist: string = WIDGET_DIST,
): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.join(dist, 'assets'),
    prefix: '/widget/assets/',
    decorateReply: false,
    index: false,
    maxAge: '365d',
    immutable: true,
  });
  app.get('/widget.js', async (request, reply) => {
    const code = await readBuilt(dist, 'widget.js');
    const etag = `"${createHash('sha256').update(code).digest('base64url').slice(0, 22)}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=300, stale-while-revalidate=86400')
      .header('access-control-allow-origin', '*');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('text/javascript; charset=utf-8').send(code);
  });
}

/** What the hosted page needs to know about its shop. */
export interface ChatPageShop {
  id: string;
  name: Text;
  currency: string;
  timezone: string;
}

const nameIn = (name: Text, lang: 'zh' | 'en') =>
  typeof name === 'string' ? name : (name[lang] ?? Object.values(name)[0] ?? '');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The hosted chat page of `shop`: the built HTML with the shop's config written in as JSON. */
export async function hostedChatPage(shop: ChatPageShop, dist: string = WIDGET_DIST) {
  const html = await readBuilt(dist, 'chat.html');
  const config = {
    shop: shop.id,
    shop_name: { zh: nameIn(shop.name, 'zh'), en: nameIn(shop.name, 'en') },
    currency: shop.currency,
    timezone: shop.timezone,
  };
  // JSON in a script element: escaping "<" keeps a shop name from closing the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return html
    .replace(
      '<!--kefu:config-->',
      `<script type="application/json" id="kefu-config">${json}</script>`,
    )
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(config.shop_name.zh)} · 在线客服</title>`,
    );
}

/** Headers of the hosted page: never cached (it names the current assets), framable anywhere. */
export const CHAT_PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self' ws: wss:; frame-ancestors *; base-uri 'none'; form-action 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};
