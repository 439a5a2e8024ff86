import type { MonevReportKind } from '../../../api/monev-reports.ts';

/** The search of /monev/laporan: which kind of report (`jenis`) and of what (`id`). */
export interface MonevReportSearch {
  jenis?: MonevReportKind;
  id?: string;
}

const KINDS: readonly MonevReportKind[] = ['putaran', 'unit', 'sop'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseMonevReportSearch(raw: Record<string, unknown>): MonevReportSearch {
  const jenis = KINDS.find((k) => k === raw.jenis);
  const id = typeof raw.id === 'string' && UUID.test(raw.id) ? raw.id : undefined;
  return { ...(jenis ? { jenis } : {}), ...(jenis && id ? { id } : {}) };
}
