/** Only paths inside this portal may be a `next` target (no other sites, no protocol-relative URLs). */
export function safeNext(next: unknown, fallback = '/beranda'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
