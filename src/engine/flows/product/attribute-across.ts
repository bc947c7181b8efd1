/**
 * "这件T恤是纯棉的吗" with several T-shirts and none in focus: the attribute asked about for each
 * candidate, so the customer gets the facts and picks one, instead of a guess at which one.
 */
import type { Product } from '../../../domain/bundle.ts';
import { textIn } from '../../replies/render.ts';
import { answered, say, type FlowResult, type TurnContext } from '../../turn/turn-context.ts';
import { askedAttributes, attributeLabel } from './attribute-words.ts';
import { productChoices, titleOf } from './product-card.ts';

/** The asked attribute of each of `products`, or null when the question names none they list. */
export function attributeAcross(ctx: TurnContext, products: Product[]): FlowResult | null {
  const [key] = askedAttributes(ctx.u.text).filter((k) =>
    products.some((p) => p.attributes[k] !== undefined),
  );
  if (!key) return null;
  const unknown = say(ctx, { zh: '资料里没写', en: 'not listed' });
  const lines = products.map(
    (p, i) =>
      `${i + 1}. ${titleOf(p, ctx.lang)}${ctx.lang === 'zh' ? '：' : ': '}${textIn(p.attributes[key], ctx.lang) || unknown}`,
  );
  ctx.state.shown = { kind: 'products', ids: products.map((p) => p.id) };
  ctx.state.awaiting = 'product';
  const label = attributeLabel(key, ctx.lang);
  return answered({
    text: say(ctx, {
      zh: `这几款的${label}：\n${lines.join('\n')}\n您问的是哪一款？回复序号就行。`,
      en: `The ${label} of each:\n${lines.join('\n')}\nWhich one do you mean? Reply with a number.`,
    }),
    parts: [productChoices(products, ctx.lang)],
  });
}
