/**
 * The front ends' entry pages: the hosted chat (the built widget panel, see widget-assets.ts),
 * the agent workspace (the built console, see console-assets.ts) and the merchant console (a
 * placeholder page until its issue lands).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../domain/errors.ts';
import type { AppDeps } from '../app.ts';
import { CONSOLE_PAGE_HEADERS, consolePage } from './console-assets.ts';
import { CHAT_PAGE_HEADERS, hostedChatPage } from './widget-assets.ts';

const ShopParams = z.object({ shop: z.string().regex(/^[a-z0-9-]+$/) });

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;

/** Registers /chat/:shop, /console and /console/merchant. */
export async function registerPageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/chat/:shop', async (request, reply) => {
    const { shop } = ShopParams.parse(request.params);
    const found = await deps.stores.catalog.getShop(shop);
    if (!found) throw notFound(`Shop "${shop}"`);
    const html = await hostedChatPage(found);
    return reply.headers(CHAT_PAGE_HEADERS).type('text/html; charset=utf-8').send(html);
  });
  app.get('/console', async (_request, reply) =>
    reply
      .headers(CONSOLE_PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(await consolePage()),
  );
  app.get('/console/merchant', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        page(
          'kefu 商家后台',
          '<h1>商家后台 · Merchant console</h1><p>即将推出 · Coming soon.</p><p><a href="/console">进入客服工作台 · Open the agent workspace</a></p>',
        ),
      ),
  );
}
