/**
 * All slot rules over one normalised message. Values are normalised per the contract
 * (../../../shared/spec/understanding.md, "Slots"); absent slots are left out.
 */
import type { Slots } from '../../domain/understanding.ts';
import type { NormalizedText } from '../normalize.ts';
import { extractBudget } from './budget.ts';
import { extractHeight, extractWeight } from './body-measures.ts';
import { extractColor } from './color.ts';
import type { ProductMatcher } from './create-product-matcher.ts';
import { extractOrderId } from './order-id.ts';
import { extractPhone } from './phone.ts';
import { extractQuantity } from './quantity.ts';
import { extractSize, extractSizeDirection } from './size.ts';

/** Removes what one rule consumed, so the next does not read it again. */
const without = (text: string, part: string | undefined) =>
  part ? text.split(part).join(' ') : text;

/** Extracts every slot; `shopping` lets a bare amount count as a budget. */
export function extractSlots(n: NormalizedText, products: ProductMatcher, shopping = false): Slots {
  const slots: Slots = {};
  const orderId = extractOrderId(n.numeric);
  if (orderId) slots.order_id = orderId;
  Object.assign(slots, extractPhone(n.numeric, orderId));
  const rest = without(without(n.numeric, orderId), slots.phone);
  const weight = extractWeight(rest);
  const height = extractHeight(rest, weight !== undefined);
  if (height !== undefined) slots.height_cm = height;
  if (weight !== undefined) slots.weight_kg = weight;
  const size = extractSize(n.cased, n.numeric);
  if (size) slots.size = size;
  // A size worn and a direction wanted go together (平时穿M，要选小一码吗).
  const direction = extractSizeDirection(rest);
  if (direction) slots.size_direction = direction;
  const color = extractColor(n.text);
  if (color) slots.color = color;
  const quantity = extractQuantity(rest, n.text);
  if (quantity !== undefined) slots.quantity = quantity;
  const budget = extractBudget(rest, shopping);
  if (budget !== undefined && budget !== height) slots.budget = budget;
  const product = products.match(n.text, n.display);
  if (product) slots.product = product;
  return slots;
}
