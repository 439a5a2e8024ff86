export const ROLES = ['pemrakarsa', 'pimpinan_unit', 'verifikator', 'administrator', 'kepala_biro'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that belong to the governance bureau rather than to a requesting unit. */
export const BUREAU_ROLES: readonly Role[] = ['verifikator', 'administrator', 'kepala_biro'];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}
