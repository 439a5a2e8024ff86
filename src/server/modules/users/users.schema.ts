import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';
import { ZBooleanQuery, ZPageQuery } from '../../http/paging.ts';
import { ZEmail } from '../auth/auth.schema.ts';

export const ZUser = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  unitCode: z.string(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserQuery = ZPageQuery.extend({
  unitId: z.string().uuid().optional(),
  role: z.enum(ROLES).optional(),
  includeInactive: ZBooleanQuery.optional(),
});
export type TUserQuery = z.infer<typeof ZUserQuery>;

/** The civil-servant number: 18 digits; an empty value clears it. */
const ZNip = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().regex(/^\d{18}$/, { message: 'nip_invalid' }).nullable(),
);

const ZRoles = z
  .array(z.enum(ROLES))
  .min(1, { message: 'roles_required' })
  .max(ROLES.length)
  .transform((roles) => [...new Set(roles)].sort());

export const ZCreateUser = z.object({
  email: ZEmail,
  name: z.string().trim().min(2).max(200),
  nip: ZNip.optional(),
  unitId: z.string().uuid(),
  roles: ZRoles,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = ZCreateUser.partial().extend({ version: z.number().int().min(1) });
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZCreatedUser = z.object({ user: ZUser, temporaryPassword: z.string() });
export const ZTemporaryPassword = z.object({ temporaryPassword: z.string() });
