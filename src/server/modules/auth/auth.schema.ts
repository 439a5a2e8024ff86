import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const ZEmail = z.string().trim().toLowerCase().max(254).email({ message: 'email_invalid' });
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN, { message: 'password_too_short' })
  .max(PASSWORD_MAX, { message: 'password_too_long' });

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, { message: 'required' }).max(PASSWORD_MAX, { message: 'password_too_long' }),
});

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, { message: 'required' }).max(PASSWORD_MAX, { message: 'password_too_long' }),
  newPassword: ZNewPassword,
});

export const ZForgotPassword = z.object({ email: ZEmail });
export const ZResetPassword = z.object({ token: z.string().min(10).max(200), newPassword: ZNewPassword });

export const ZSessionUser = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  unitCode: z.string(),
  roles: z.array(z.enum(ROLES)),
  mustChangePassword: z.boolean(),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionResponse = z.object({
  user: ZSessionUser.nullable(),
  csrfToken: z.string(),
});
