/**
 * What still counts against a version once ratified: the ratification supplies the number, the effective date and
 * the official, so the checker's complaints about those identity fields do not hold it back (the server checks the
 * ratified content the same way).
 */
export function blockingErrors(problems: { severity: 'error' | 'warning'; path: string }[]): number {
  const supplied = (path: string) => path === 'identity.number' || path === 'identity.effectiveOn' || path.startsWith('identity.ratifiedBy');
  return problems.filter((p) => p.severity === 'error' && !supplied(p.path)).length;
}

/** An Indonesian civil servant's NIP: 18 digits (spaces as printed, e.g. "19720514 199803 1 002", are allowed). */
export const validNip = (nip: string) => /^\d{18}$/.test(nip.replace(/\s+/g, ''));
