/** drizzle wraps driver errors; the Postgres code sits on the error or on its cause. */
function pgCode(err: unknown): { code?: string; constraint?: string } {
  let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    e = e.cause as typeof e;
  }
  return {};
}

export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = pgCode(err);
  return e.code === '23505' && (!constraint || e.constraint === constraint);
}
