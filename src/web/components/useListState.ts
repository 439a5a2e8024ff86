import { useCallback, useState } from 'react';

/**
 * Page, search text and filters of one list. Any change of search or filter goes back to page 1, so that a
 * narrower result is never shown from an empty page.
 */
export function useListState<F extends Record<string, string | boolean | undefined>>(initialFilters: F, pageSize = 20) {
  const [page, setPage] = useState(1);
  const [q, setQState] = useState('');
  const [filters, setFilters] = useState<F>(initialFilters);

  const setQ = useCallback((value: string) => {
    setQState(value);
    setPage(1);
  }, []);

  const setFilter = useCallback(<K extends keyof F>(key: K, value: F[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  }, []);

  return { page, setPage, q, setQ, filters, setFilter, pageSize };
}

/** Paging and search over a list the server returns whole (e.g. the members of one unit). */
export function pageOfList<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

export function matchesSearch(q: string, ...texts: (string | null | undefined)[]): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase('id');
  return texts.some((text) => text?.toLocaleLowerCase('id').includes(needle));
}
