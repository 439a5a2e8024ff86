import { z } from 'zod';
import { REQUEST_STATES } from '../../../domain/workflow/states.ts';

export const ZDashboardQuery = z.object({
  /** WIB year of submission; the current year when left out. */
  year: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^\d{4}$/, { message: 'monitoring_year_invalid' }).transform(Number)
      .refine((y) => y >= 2000 && y <= 2100, { message: 'monitoring_year_invalid' }).optional(),
  ),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const ZStageCount = z.object({ stage: z.number().int(), count: z.number().int() });

export const ZDashboard = z.object({
  year: z.number().int(),
  /** Requests submitted in the year (drafts never count). */
  total: z.number().int(),
  /** Open requests (submitted, revision requested, on hold) at each stage. */
  byStage: z.array(ZStageCount),
  byState: z.array(z.object({ state: z.enum(REQUEST_STATES), count: z.number().int() })),
  byService: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), count: z.number().int(), overdue: z.number().int() })),
  /** The 15 units with the most requests; the rest add up in `otherUnits`. */
  byUnit: z.array(z.object({ unitId: z.string().uuid(), code: z.string(), name: z.string(), count: z.number().int(), overdue: z.number().int() })),
  otherUnits: z.object({ units: z.number().int(), count: z.number().int(), overdue: z.number().int() }),
  /** Open requests past the standard of their current stage. */
  overdue: z.object({ total: z.number().int(), byStage: z.array(ZStageCount) }),
  /** Working days used at each stage by the requests that went through it, against their standard (averages; null when none did). */
  stageTimes: z.array(z.object({ stage: z.number().int(), avgUsedDays: z.number().nullable(), targetDays: z.number().nullable(), count: z.number().int() })),
  /** Requests completed in each month of the year (WIB), whenever submitted. */
  completionsPerMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
});
export type TDashboard = z.infer<typeof ZDashboard>;
