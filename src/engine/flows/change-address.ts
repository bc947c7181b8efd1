/**
 * Changes the delivery address before shipment: to one of the customer's saved addresses, or to
 * the address they type. The new address is repeated in full for them to confirm.
 */
import type { Address, Order } from '../../domain/bundle.ts';
import { findOrder } from '../orders/find-order.ts';
import { maskPhone, plainText } from '../replies/render.ts';
import { pickShown } from '../turn/pick-shown.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';
import { exchangeFlow } from './exchange.ts';

const ADDRESS_WORDS =
  /地址|收件|收货人|寄到|送到|改寄|address|deliver(?:y)? to|ship(?:ping)? to|recipient|street|road|apartment|flat/i;
import { parseAddress } from './parse-address.ts';

/** Handles "change my address". */
export const changeAddressFlow: Flow = async (ctx) => {
  const { size, size_direction, color } = ctx.u.slots;
  if ((size ?? size_direction ?? color) && !ADDRESS_WORDS.test(ctx.plain)) {
    // "change it from XL to L": a size or colour and no address — an item change, not an address.
    ctx.state.topic = 'exchange';
    return exchangeFlow(ctx);
  }
  const allowed = ctx.shop.policies.address_change_statuses;
  const lookup = await findOrder(ctx, (o) => allowed.includes(o.status));
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  if (!allowed.includes(order.status)) {
    return proposeAction(ctx, {
      type: 'change_address',
      order,
      params: { address: order.address },
      summary: '',
    });
  }
  const address = newAddress(ctx, order);
  if (!address) return askAddress(ctx, order);
  if (address.line === order.address.line && address.region === order.address.region) {
    return answered({
      text: say(ctx, {
        zh: `订单 ${order.id} 的收货地址已经是 ${address.region} ${address.line}，不用修改。要改成别的地址，请把新地址发给我。`,
        en: `Order ${order.id} already goes to ${address.region} ${address.line}. To use another address, send it to me.`,
      }),
    });
  }
  const where =
    `${address.name} ${maskPhone(address.phone)} ${address.region} ${address.line}`.trim();
  return proposeAction(ctx, {
    type: 'change_address',
    order,
    params: { address },
    summary: say(ctx, {
      zh: `把订单 ${order.id} 的收货地址改为：${where}`,
      en: `change the delivery address of order ${order.id} to: ${where}`,
    }),
  });
};

function newAddress(ctx: TurnContext, order: Order): Address | null {
  const saved = ctx.customer?.addresses ?? [];
  if (ctx.state.shown?.kind === 'addresses') {
    const id = pickShown(ctx.plain, ctx.state.shown.ids);
    const chosen = saved.find((a) => a.id === id);
    if (chosen) return chosen;
  }
  const typed = parseAddress(ctx.u.text);
  if (!typed) return savedAddressNamed(ctx, saved);
  const match = saved.find((a) => typed.line.includes(a.line) || a.line === typed.line);
  if (match) return match;
  return {
    name: typed.name ?? order.address.name,
    phone: typed.phone ?? order.address.phone,
    region: typed.region,
    line: typed.line,
  };
}

function askAddress(ctx: TurnContext, order: Order): FlowResult {
  ctx.state.awaiting = 'address';
  const saved = (ctx.customer?.addresses ?? []).filter(
    (a) => a.id && a.line !== order.address.line,
  );
  if (saved.length > 0) ctx.state.shown = { kind: 'addresses', ids: saved.map((a) => a.id ?? '') };
  const list = saved.map((a, i) => `${i + 1}. ${a.region} ${a.line}`).join('\n');
  return answered({
    text:
      say(ctx, {
        zh: `订单 ${order.id} 还没发货，可以改地址。请发给我新的收货地址（省市区 + 详细地址）${saved.length ? '，或从您保存的地址里选一个：' : '。'}`,
        en: `Order ${order.id} hasn't shipped, so the address can still change. Send me the new address (city/district and street)${saved.length ? ', or pick one of your saved addresses:' : '.'}`,
      }) + (list ? `\n${list}` : ''),
  });
}

/** The one saved address whose place words (2+ Chinese characters, or an English word) the message names. */
function savedAddressNamed(ctx: TurnContext, saved: readonly Address[]): Address | null {
  const words = (a: Address) =>
    plainText(`${a.region} ${a.line}`)
      .split(/[\s,，、()（）]+/)
      .flatMap((w) => (/\p{Script=Han}/u.test(w) ? bigrams(w) : w.length >= 4 ? [w] : []));
  const hits = saved.filter((a) => words(a).some((w) => ctx.plain.includes(w) && !GENERIC.has(w)));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

const GENERIC = new Set(['地址', '香港', '中国', '上海', '北京', '号楼', '路号']);
const bigrams = (w: string) =>
  [...w]
    .slice(0, -1)
    .map((c, i) => c + (w[i + 1] ?? ''))
    .filter((b) => /^\p{Script=Han}{2}$/u.test(b));
