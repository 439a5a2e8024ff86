import { z } from 'zod';
import { STAGE_COUNT } from '../workflow/stages.ts';

export const CHANNELS = ['utama', 'penunjang'] as const;
export type Channel = (typeof CHANNELS)[number];

export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select'] as const;

export const ZServiceCode = z.string().trim().regex(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'service_code_invalid' });

export const ZFormField = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
  label: z.string().trim().min(1).max(200),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  options: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
}).refine((f) => f.type !== 'select' || (f.options?.length ?? 0) > 0, {
  message: 'select_needs_options',
  path: ['options'],
});
export type FormField = z.infer<typeof ZFormField>;

export const ZRequiredAttachment = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
  label: z.string().trim().min(1).max(200),
  required: z.boolean(),
  /** File extensions without the dot, e.g. ["pdf", "docx"]. */
  types: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(10),
  maxMb: z.number().int().min(1).max(100),
});
export type RequiredAttachment = z.infer<typeof ZRequiredAttachment>;

/** Target working days for each of the six stages. */
export const ZStandardDays = z.array(z.number().int().min(0).max(365)).length(STAGE_COUNT);

export { totalStandardDays } from './standard-days.ts';

/** Keys must be unique within a form, or the submitted values could not be told apart. */
export function duplicateKeys(items: readonly { key: string }[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const { key } of items) (seen.has(key) ? dupes : seen).add(key);
  return [...dupes];
}
