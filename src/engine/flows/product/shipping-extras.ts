/**
 * Optional shipping fields a shop may add beside the required ones (delivery_days,
 * remote_regions, hk_macau_taiwan). They are outside the bundle contract, so they are parsed
 * here defensively: a malformed extra is ignored, never fatal.
 */
import { z } from 'zod';

const Days = z.array(z.number()).min(1).max(2);

const ExtrasSchema = z.object({
  delivery_days: z
    .array(z.object({ regions: z.array(z.string()), days: Days }))
    .optional()
    .catch(undefined),
  remote_regions: z
    .object({
      regions: z.array(z.string()),
      fee: z.number().optional(),
      free_over: z.number().optional(),
    })
    .optional()
    .catch(undefined),
  hk_macau_taiwan: z
    .object({
      available: z.boolean().default(true),
      carrier: z.string().optional(),
      fee: z.number().optional(),
      free_over: z.number().optional(),
      days: Days.optional(),
    })
    .optional()
    .catch(undefined),
});

/** The extras a shop's shipping policy carries. */
export type ShippingExtras = z.infer<typeof ExtrasSchema>;

/** Reads the optional extras of `policies.shipping`; missing or malformed ones are absent. */
export function shippingExtras(shipping: unknown): ShippingExtras {
  const parsed = ExtrasSchema.safeParse(shipping);
  return parsed.success ? parsed.data : {};
}
