/**
 * The scenario file format of `kefu eval` (../shared/spec/scenario.md), parsed at the edge.
 * Unknown fields are tolerated everywhere, so files written for a newer runner still load.
 */
import { z } from 'zod';

export { ACTION_TYPES, isActionType, type ActionType } from '../../domain/action-types.ts';
import { ACTION_TYPES } from '../../domain/action-types.ts';

/** Order numbers are opaque strings; a number written by hand is read as its digits. */
const OrderIdSchema = z.union([z.string(), z.number().transform(String)], {
  error: 'expected an order number (a string)',
});

/** One expected action: its type, its order, and any of the spec fields to compare. */
export const ExpectedActionSchema = z.looseObject({
  type: z.enum(ACTION_TYPES),
  order_id: OrderIdSchema.optional(),
  items: z.array(z.record(z.string(), z.unknown())).optional(),
  refund_amount: z.number().optional(),
  sku: z.string().optional(),
  address: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  reason: z.string().optional(),
});
export type ExpectedAction = z.infer<typeof ExpectedActionSchema>;

/** A list of strings; one bare string is read as a list of one. */
const StringsSchema = z.union([z.array(z.string()), z.string().transform((s) => [s])], {
  error: 'expected a list of strings',
});

/** What the scenario checks; an absent (or null) field is not checked. */
export const ExpectationSchema = z.looseObject({
  actions: z.array(ExpectedActionSchema).nullish(),
  handoff: z.boolean().nullish(),
  handoff_by_turn: z.number().int().min(1).nullish(),
  reply_includes: StringsSchema.nullish(),
  reply_excludes: StringsSchema.nullish(),
});
export type Expectation = z.infer<typeof ExpectationSchema>;

/** A turn; a bare string is read as what the customer says. */
const TurnSchema = z.union(
  [z.looseObject({ customer: z.string() }), z.string().transform((customer) => ({ customer }))],
  { error: 'expected a turn: {"customer": "what the customer says"}' },
);

/** One scenario: a shop, a moment, a customer, what they say, and what must happen. */
export const ScenarioSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number().transform(String)], {
    error: 'expected a non-empty string',
  }),
  bundle: z.string().min(1).nullish(),
  now: z
    .string()
    .refine(
      (s) => !Number.isNaN(Date.parse(s)),
      'expected an ISO 8601 time, e.g. 2024-06-20T10:00:00+08:00',
    ),
  customer: z
    .string()
    .nullish()
    .transform((c) => c ?? null),
  agents_online: z.number().int().min(0).default(1),
  turns: z.array(TurnSchema),
  expect: ExpectationSchema.default({}),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
