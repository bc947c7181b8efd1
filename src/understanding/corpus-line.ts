/** One labelled line of the understanding corpus (data/nlu/*.jsonl), checked at the edge. */
import { z } from 'zod';
import { IntentSchema, SlotsSchema } from '../domain/understanding.ts';

/** The shape of a corpus line: {"text","intent","slots","escalate","lang"}. */
export const CorpusLineSchema = z.object({
  text: z.string(),
  intent: IntentSchema,
  slots: SlotsSchema.default({}),
  escalate: z.boolean().default(false),
  lang: z.string().default(''),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;
