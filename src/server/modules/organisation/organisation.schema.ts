import { z } from 'zod';

const ZName = z.string().trim().min(2).max(200);

export const ZOrganisation = z.object({
  name: z.string(),
  shortName: z.string(),
  bureauName: z.string(),
  address: z.string(),
  /** Months between periodic reviews of an SOP in effect (the regulation fixes no period). */
  sopReviewMonths: z.number().int(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZUpdateOrganisation = z.object({
  version: z.number().int().min(1),
  name: ZName.optional(),
  shortName: z.string().trim().min(2).max(60).optional(),
  bureauName: ZName.optional(),
  address: z.string().trim().max(500).optional(),
  sopReviewMonths: z.number().int().min(1).max(120).optional(),
});
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;
