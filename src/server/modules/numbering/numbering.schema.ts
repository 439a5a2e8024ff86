import { z } from 'zod';
import { parseTemplate, usesToken } from '../../../domain/numbering/template.ts';
import { ZNumberTemplate } from '../../../domain/numbering/template.schema.ts';

/** The kind every document kind without its own template falls back to. */
export const GENERIC_KIND = 'UMUM';

/** Templates the server can fill: {kodeKlasifikasi} and {kodeSifat} have no source yet. */
const ZFillableTemplate = ZNumberTemplate.superRefine((source, ctx) => {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return;
  if (usesToken(parsed.template, 'kodeKlasifikasi') || usesToken(parsed.template, 'kodeSifat')) ctx.addIssue({ code: 'custom', message: 'template_token_unavailable' });
});

export const ZNumberingTemplate = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  template: z.string(),
  /** The number the template would give now, for the first of the year, in unit "KODE". */
  example: z.string(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TNumberingTemplate = z.infer<typeof ZNumberingTemplate>;
export const ZNumberingTemplateList = z.object({ items: z.array(ZNumberingTemplate), actions: z.array(z.string()) });

const ZKind = z.string().trim().regex(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'service_code_invalid' });

function genericNeedsKind(v: { kind?: string; template?: string }, ctx: z.RefinementCtx) {
  if (v.kind?.toUpperCase() !== GENERIC_KIND || v.template === undefined) return;
  const parsed = parseTemplate(v.template);
  if (parsed.ok && !usesToken(parsed.template, 'kodeJenis')) ctx.addIssue({ code: 'custom', path: ['template'], message: 'template_generic_needs_kind' });
}

export const ZCreateNumberingTemplate = z.object({ kind: ZKind, template: ZFillableTemplate }).superRefine(genericNeedsKind);
export type TCreateNumberingTemplate = z.infer<typeof ZCreateNumberingTemplate>;
export const ZUpdateNumberingTemplate = z.object({ version: z.number().int().min(1), template: ZFillableTemplate });
export type TUpdateNumberingTemplate = z.infer<typeof ZUpdateNumberingTemplate>;
