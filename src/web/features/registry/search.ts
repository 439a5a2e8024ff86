import type { RegistrySearch, RegistryStatus } from '../../api/registry.ts';

/**
 * The view of /daftar-sop (search, filters, page) as it lives in the URL, so that a reload or a shared link shows
 * the same rows. The names are the API's query names.
 */
export const REGISTRY_STATUSES: readonly RegistryStatus[] = ['effective', 'superseded', 'revoked'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, 200);
  return trimmed ? trimmed : undefined;
}

function integer(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Anything else in the URL is dropped; the default status (in effect) is left out of the URL. */
export function parseRegistrySearch(search: Record<string, unknown>): RegistrySearch {
  const out: RegistrySearch = {};
  const q = text(search.q);
  if (q) out.q = q;
  if (typeof search.unitId === 'string' && UUID.test(search.unitId)) out.unitId = search.unitId;
  const year = integer(search.year, 1900, 2200);
  if (year) out.year = year;
  if (typeof search.status === 'string' && (REGISTRY_STATUSES as readonly string[]).includes(search.status) && search.status !== 'effective') {
    out.status = search.status as RegistryStatus;
  }
  const page = integer(search.page, 2, 100_000);
  if (page) out.page = page;
  return out;
}

/** A filter or search change starts again at the first page. */
export function withFilters(search: RegistrySearch, changes: Partial<Omit<RegistrySearch, 'page'>>): RegistrySearch {
  return parseRegistrySearch({ ...search, ...changes, page: undefined });
}

export const hasFilters = (s: RegistrySearch) => !!(s.q || s.unitId || s.year || s.status);
