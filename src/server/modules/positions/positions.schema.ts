import { z } from 'zod';
import { POSITION_KINDS } from '../../../domain/organisation/unit.ts';
import { ZBooleanQuery, ZPageQuery } from '../../http/paging.ts';

export const ZPosition = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  unitCode: z.string(),
  name: z.string(),
  kind: z.enum(POSITION_KINDS),
  active: z.boolean(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TPosition = z.infer<typeof ZPosition>;

export const ZPositionQuery = ZPageQuery.extend({
  unitId: z.string().uuid().optional(),
  includeInactive: ZBooleanQuery.optional(),
});
export type TPositionQuery = z.infer<typeof ZPositionQuery>;

export const ZCreatePosition = z.object({
  unitId: z.string().uuid(),
  name: z.string().trim().min(2).max(200),
  kind: z.enum(POSITION_KINDS),
});
export type TCreatePosition = z.infer<typeof ZCreatePosition>;

export const ZUpdatePosition = ZCreatePosition.partial().extend({ version: z.number().int().min(1) });
export type TUpdatePosition = z.infer<typeof ZUpdatePosition>;
