import { z } from 'zod';
import { CHANNELS, ZFormField, ZRequiredAttachment, ZServiceCode, ZStandardDays } from '../../../domain/catalogue/service.ts';
import { ZBooleanQuery } from '../../http/paging.ts';
import { JOB_DOCUMENT_KINDS } from '../../../domain/jabatan/model.ts';

export const ZService = z.object({
  id: z.string().uuid(),
  code: z.string(),
  channel: z.enum(CHANNELS),
  sortOrder: z.number().int(),
  name: z.string(),
  nameEn: z.string(),
  description: z.string(),
  requirements: z.array(z.string()),
  formFields: z.array(ZFormField),
  requiredAttachments: z.array(ZRequiredAttachment),
  output: z.string(),
  standardDays: z.array(z.number().int()),
  /** Submissions need the pimpinan unit's endorsement before the bureau checks them. */
  requiresEndorsement: z.boolean(),
  /** A request links one SOP of its unit, which must be free of checker errors at submission. */
  attachesSop: z.boolean(),
  /** A request attaches job documents of this kind of its unit (Anjab for ANJAB and ABK, Evjab, SKJ), complete at submission; null: none. */
  jobDocumentKind: z.enum(JOB_DOCUMENT_KINDS).nullable(),
  active: z.boolean(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TService = z.infer<typeof ZService>;

export const ZServiceList = z.object({ items: z.array(ZService), actions: z.array(z.string()) });
export const ZServiceListQuery = z.object({ includeInactive: ZBooleanQuery.optional() });
export const ZCodeParams = z.object({ code: z.string().trim().min(1).max(40) });

const ZServiceFields = z.object({
  channel: z.enum(CHANNELS),
  sortOrder: z.number().int().min(0).max(1000),
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  description: z.string().trim().min(1).max(5000),
  requirements: z.array(z.string().trim().min(1).max(500)).max(50),
  formFields: z.array(ZFormField).max(50),
  requiredAttachments: z.array(ZRequiredAttachment).max(20),
  output: z.string().trim().min(1).max(2000),
  standardDays: ZStandardDays,
  requiresEndorsement: z.boolean().optional(),
  attachesSop: z.boolean().optional(),
  jobDocumentKind: z.enum(JOB_DOCUMENT_KINDS).nullable().optional(),
});

export const ZCreateService = ZServiceFields.extend({
  code: z.string().trim().refine((code) => ZServiceCode.safeParse(code).success, { message: 'service_code_invalid' }),
});
export type TCreateService = z.infer<typeof ZCreateService>;

export const ZUpdateService = ZServiceFields.partial().extend({ version: z.number().int().min(1) });
export type TUpdateService = z.infer<typeof ZUpdateService>;
