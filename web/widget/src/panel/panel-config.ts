/**
 * The page's configuration: the shop (written into the page by the server as JSON), and the
 * query of the URL (embed=1 inside the widget's iframe, lang, and hl = the host page's lang).
 */
import { z } from 'zod';
import { chooseLanguage, type UiLang } from '../client/choose-language.ts';

const ShopConfig = z.object({
  shop: z.string(),
  shop_name: z.object({ zh: z.string(), en: z.string() }),
  currency: z.string().default('CNY'),
  timezone: z.string().default('Asia/Shanghai'),
});

/** What the panel is started with. */
export interface PanelConfig {
  shop: string;
  shopName: { zh: string; en: string };
  currency: string;
  /** The shop's time zone: order and queue times read as the shop's replies say them. */
  timezone: string;
  lang: UiLang;
  embedded: boolean;
}

/** Reads the config from the document and the URL; null when the page has none. */
export function readPanelConfig(doc: Document, url: URL, browserLangs: readonly string[]) {
  const raw = doc.getElementById('kefu-config')?.textContent ?? 'null';
  const parsed = ShopConfig.safeParse(JSON.parse(raw));
  if (!parsed.success) return null;
  const q = url.searchParams;
  const config: PanelConfig = {
    shop: parsed.data.shop,
    shopName: parsed.data.shop_name,
    currency: parsed.data.currency,
    timezone: parsed.data.timezone,
    lang: chooseLanguage([q.get('lang'), q.get('hl'), ...browserLangs]),
    embedded: q.get('embed') === '1',
  };
  return config;
}
