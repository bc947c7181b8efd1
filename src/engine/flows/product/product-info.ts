/**
 * Facts about a product, only from the bundle: the attribute asked about (材质, 洗护, 版型 …)
 * when the question names one, the shop's FAQ for general questions (起球, 缩水, 会员 …), or a
 * short summary of the key attributes. What the bundle does not hold is said to be unknown,
 * with a person offered; nothing is guessed.
 */
import type { Faq, Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { textIn } from '../../replies/render.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { freshStock } from '../fresh-stock.ts';
import { attributeAcross } from './attribute-across.ts';
import { askedAttributes, attributeLabel, SUMMARY_KEYS } from './attribute-words.ts';
import { faqAnswer } from './faq-answer.ts';
import { productCard, titleOf } from './product-card.ts';
import { askWhich, findFocus, focusProduct } from './product-focus.ts';

/** "这件是纯棉的吗" / "会起球吗" / "is it waterproof". */
export const productInfoFlow: Flow = async (ctx) => {
  const focus = findFocus(ctx);
  if (focus.kind !== 'one') {
    const across = focus.kind === 'many' ? attributeAcross(ctx, focus.products) : null;
    if (across) return across;
    const faq = faqAnswer(ctx.shop, ctx.u.text);
    if (faq) return answered({ text: textIn(faq.a, ctx.lang) });
    return askWhich(ctx, focus.kind === 'many' ? focus.products : []);
  }
  const picked = focusProduct(ctx, focus);
  if ('result' in picked) return picked.result;
  const { product } = picked;
  const question = withoutTitle(ctx.u.text, product);
  const asked = askedAttributes(question, Object.keys(product.attributes));
  const known = asked.filter((k) => product.attributes[k] !== undefined);
  if (known.length > 0) return answered({ text: attributeLines(ctx, product, known) });
  const faq = faqAnswer(ctx.shop, question);
  if (asked.length > 0) return unknownAttribute(ctx, product, asked, faq);
  if (faq) return answered({ text: textIn(faq.a, ctx.lang) });
  const plain = normalizeText(ctx.u.text);
  return summary(ctx, product, !GENERAL.test(plain) && QUESTION.test(plain));
};

/** The question without the product's own title, whose words (纯棉, 宽松) ask nothing. */
function withoutTitle(text: string, product: Product): string {
  const plain = normalizeText(text);
  const titles = Object.values(
    typeof product.title === 'string' ? { t: product.title } : product.title,
  ).map(normalizeText);
  return titles.reduce((t, title) => (title ? t.split(title).join(' ') : t), plain);
}

// A yes/no or detail question ("有口袋吗", "does it have pockets").
const QUESTION =
  /吗|嗎|？|\?|有没有|有沒有|能不能|是不是|会不会|會不會|可不可以|\b(?:does|is|can|will|has|are)\b/i;
// A request for an overview, as opposed to a specific question the details may not answer.
const GENERAL =
  /介绍|介紹|怎么样|怎麼樣|详情|詳情|详细|詳細|说说|說說|了解|看看|tell me about|details|describe|what.*like|more about|^\W*$/i;

function attributeLines(ctx: TurnContext, product: Product, keys: string[]): string {
  const facts = keys.map(
    (k) =>
      `${attributeLabel(k, ctx.lang)}${ctx.lang === 'zh' ? '：' : ': '}${textIn(product.attributes[k], ctx.lang)}`,
  );
  return say(ctx, {
    zh: `${titleOf(product, 'zh')}的${facts.join('；')}。`,
    en: `${titleOf(product, 'en')} — ${facts.join('; ')}.`,
  });
}

function unknownAttribute(
  ctx: TurnContext,
  product: Product,
  asked: string[],
  faq: Faq | null,
): FlowResult {
  const label = asked.map((k) => attributeLabel(k, ctx.lang)).join(ctx.lang === 'zh' ? '、' : ', ');
  const title = titleOf(product, ctx.lang);
  if (faq) {
    return answered({
      text: say(ctx, {
        zh: `${title}的商品资料里没有单独写${label}。店铺的通用说明是：${textIn(faq.a, 'zh')}`,
        en: `The details of ${title} don't list its ${label}. The shop's general answer: ${textIn(faq.a, 'en')}`,
      }),
    });
  }
  return answered({
    text: say(ctx, {
      zh: `${title}的商品资料里没有${label}的信息，我不想给您不准确的答复。需要的话回复“人工”，我请同事帮您确认。`,
      en: `The details of ${title} don't say anything about its ${label}, and I'd rather not guess. Reply "human" and a colleague will check for you.`,
    }),
  });
}

async function summary(ctx: TurnContext, product: Product, specific: boolean): Promise<FlowResult> {
  const keys = SUMMARY_KEYS.filter((k) => product.attributes[k] !== undefined).slice(0, 4);
  const facts = keys.length ? attributeLines(ctx, product, keys) : '';
  const description = textIn(product.description, ctx.lang);
  const stock = await freshStock(ctx, product);
  const gap = ctx.lang === 'zh' ? '' : ' ';
  const body = [facts, description].filter(Boolean).join(gap) || titleOf(product, ctx.lang);
  const text = specific
    ? say(ctx, {
        zh: `商品资料里没有直接提到这一点，我不想乱说。这款的主要信息：${body} 需要确认细节的话回复“人工”。`,
        en: `The product details don't mention that, and I'd rather not guess. What they do say: ${body} Reply "human" if you'd like a colleague to check.`,
      })
    : body;
  return answered({ text, parts: [productCard(ctx, product, stock)] });
}
