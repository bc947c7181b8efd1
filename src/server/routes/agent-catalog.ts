/** The catalogue as the workspace needs it: a sku's sibling variants with titles and live stock. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../domain/errors.ts';
import { findVariant } from '../../engine/actions/action-definition.ts';
import { optionsLabel } from '../../engine/orders/order-items.ts';
import { textIn } from '../../engine/replies/render.ts';
import type { AppDeps } from '../app.ts';
import { requireAgent } from '../auth/require-agent.ts';

const Query = z.object({
  sku: z.string().min(1).max(100),
  lang: z.enum(['zh', 'en']).default('zh'),
});

/** Registers GET /api/agent/variants?sku=… */
export async function registerAgentCatalogRoutes(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  app.get('/api/agent/variants', async (request) => {
    const { agent } = await requireAgent(request, deps);
    const { sku, lang } = Query.parse(request.query);
    const shop = await deps.stores.catalog.loadShop(agent.shopId);
    const found = shop ? findVariant(shop, sku) : null;
    if (!found) throw notFound(`SKU "${sku}"`);
    const variants = [];
    for (const v of found.product.variants) {
      const stock = (await deps.stores.catalog.stockOf(agent.shopId, v.sku)) ?? 0;
      variants.push({ sku: v.sku, label: optionsLabel(v.options, lang), price: v.price, stock });
    }
    return {
      product: { id: found.product.id, title: textIn(found.product.title, lang) },
      variants,
    };
  });
}
