import { z } from 'zod';
import { ZCalendarDate } from '../../../domain/workflow/clock.ts';

export const ZHoliday = z.object({
  id: z.string().uuid(),
  date: z.string(),
  name: z.string(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type THoliday = z.infer<typeof ZHoliday>;
export const ZHolidayList = z.object({ items: z.array(ZHoliday), actions: z.array(z.string()) });
export const ZHolidayQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const ZCreateHoliday = z.object({ date: ZCalendarDate, name: z.string().trim().min(2).max(200) });
export type TCreateHoliday = z.infer<typeof ZCreateHoliday>;
export const ZUpdateHoliday = ZCreateHoliday.partial().extend({ version: z.number().int().min(1) });
export type TUpdateHoliday = z.infer<typeof ZUpdateHoliday>;
