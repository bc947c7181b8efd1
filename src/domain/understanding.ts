/**
 * What the understanding engine reads from one customer message (../shared/spec/understanding.md).
 * These names are a contract: analytics, flows and external evaluations use them.
 */
import { z } from 'zod';

export const INTENTS = [
  'greeting',
  'thanks_bye',
  'human_agent',
  'order_tracking',
  'cancel_order',
  'change_address',
  'return_refund',
  'exchange',
  'refund_status',
  'price_protection',
  'damaged_item',
  'invoice',
  'product_info',
  'size_advice',
  'stock',
  'price_promotion',
  'shipping_policy',
  'recommend',
  'compare',
  'complaint',
  'other',
] as const;

export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

export const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', 'ONE_SIZE'] as const;
export const COLORS = [
  'white',
  'black',
  'grey',
  'red',
  'blue',
  'navy',
  'green',
  'yellow',
  'pink',
  'purple',
  'brown',
  'beige',
  'orange',
] as const;

export const SlotsSchema = z.object({
  order_id: z.string().optional(),
  phone: z.string().optional(),
  phone_last4: z.string().optional(),
  size: z.string().optional(),
  size_direction: z.enum(['up', 'down']).optional(),
  color: z.enum(COLORS).optional(),
  height_cm: z.number().optional(),
  weight_kg: z.number().optional(),
  quantity: z.number().int().optional(),
  budget: z.number().optional(),
  product: z.string().optional(),
});
export type Slots = z.infer<typeof SlotsSchema>;

/** The script the customer wrote in; replies come back in the same one. */
export type Script = 'hans' | 'hant' | 'latin';

/** Why a message alone should bring a person in. */
export type EscalationCause = 'asked_human' | 'anger' | 'threat' | 'safety_money';

export interface Understanding {
  text: string;
  intent: Intent;
  confidence: number;
  slots: Slots;
  frustration: number;
  escalate: boolean;
  escalation_cause: EscalationCause | null;
  language: 'zh' | 'en';
  script: Script;
}

/** What the conversation knows when it asks for understanding. */
export interface UnderstandingContext {
  previousIntent?: Intent;
}

/** The understanding engine as the dialogue sees it. */
export interface Understander {
  understand(text: string, context?: UnderstandingContext): Understanding;
  /** Teaches the segmenter and product-slot extractor a shop's catalogue words. */
  addWords(words: readonly string[]): void;
}
