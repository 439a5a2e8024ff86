import { z } from 'zod';
import { UNIT_KINDS, ZUnitCodePattern } from '../../../domain/organisation/unit.ts';
import { ZBooleanQuery, ZPageQuery } from '../../http/paging.ts';

export const ZUnitCode = z.string().trim().regex(ZUnitCodePattern, { message: 'unit_code_invalid' });

export const ZUnit = z.object({
  id: z.string().uuid(),
  parentId: z.string().uuid().nullable(),
  parentName: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  active: z.boolean(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TUnit = z.infer<typeof ZUnit>;

export const ZUnitQuery = ZPageQuery.extend({
  includeInactive: ZBooleanQuery.optional(),
  parentId: z.string().uuid().optional(),
});

export const ZCreateUnit = z.object({
  code: ZUnitCode,
  name: z.string().trim().min(2).max(200),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().uuid().nullable(),
});

export const ZUpdateUnit = ZCreateUnit.partial().extend({ version: z.number().int().min(1) });

export const ZUnitMember = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
});
