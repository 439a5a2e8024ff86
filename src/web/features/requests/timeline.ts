import type { Person, TimelineEntry } from '../../api/types.ts';

/** Who is named in a history line: the user, or the portal itself (numbering on reaching stage 6). */
export const actorName = (actor: Person | null, system: string) => actor?.name ?? system;

/** Newest first for reading, keeping the server's order for entries at the same instant. */
export function newestFirst(items: readonly TimelineEntry[]): TimelineEntry[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(b.item.at) - Date.parse(a.item.at) || b.index - a.index)
    .map((x) => x.item);
}

/** The verifikator an assignment names, by name where the request still lists them. */
export function assignedNames(data: Record<string, unknown>, known: readonly Person[]): string[] {
  const ids = Array.isArray(data.verifierIds) ? data.verifierIds.filter((x): x is string => typeof x === 'string') : [];
  return ids.map((id) => known.find((p) => p.id === id)?.name ?? '').filter(Boolean);
}

export const documentNumberOf = (data: Record<string, unknown>): string | null =>
  typeof data.documentNumber === 'string' ? data.documentNumber : null;
