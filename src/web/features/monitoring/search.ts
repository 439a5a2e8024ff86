import type { Query } from '../../api/client.ts';
import { queryString } from '../../api/client.ts';
import { REQUEST_STATES, type RequestState } from '../../../domain/workflow/states.ts';
import { MONITORING_SORTS, type MonitoringSort } from '../../../domain/monitoring/columns.ts';
import { STAGE_NUMBERS, type StageNumber } from '../../../domain/workflow/stages.ts';

/**
 * The monitoring table's view (search, filters, sort, page) as it lives in the URL of /pemantauan, so that a
 * reload, a shared link and back/forward all show the same rows. The names are the API's query names.
 */
export const REQUEST_STATE_LIST = REQUEST_STATES;

export const SORT_KEYS = MONITORING_SORTS;
export type SortKey = MonitoringSort;
export type SortDir = 'asc' | 'desc';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** Without a search text and without a chosen sort, the server lists the newest registrations first. */
export const DEFAULT_SORT: { key: SortKey; dir: SortDir } = { key: 'registrationNo', dir: 'desc' };

export interface MonitoringSearch {
  q?: string;
  serviceCode?: string;
  state?: RequestState;
  stage?: StageNumber;
  unitId?: string;
  year?: number;
  /** Overdue requests only. */
  overdue?: true;
  sort?: SortKey;
  dir?: SortDir;
  page?: number;
  pageSize?: number;
}

export const FILTER_KEYS = ['serviceCode', 'state', 'stage', 'unitId', 'year', 'overdue'] as const satisfies readonly (keyof MonitoringSearch)[];
export type FilterChanges = Partial<Pick<MonitoringSearch, 'q' | (typeof FILTER_KEYS)[number]>>;

const SERVICE_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_Q = 200;

/** The router's search parser turns `?q=2026` into a number and `?overdue=true` into a boolean: accept both forms. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function integer(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The typed search of /pemantauan. Unknown keys and invalid values are dropped, and defaults (page 1, 20 rows)
 * are left out, so that one view has one URL.
 */
export function parseMonitoringSearch(raw: Record<string, unknown>): MonitoringSearch {
  const out: MonitoringSearch = {};
  const q = text(raw.q);
  if (q) out.q = q.slice(0, MAX_Q);
  const serviceCode = text(raw.serviceCode);
  if (serviceCode && SERVICE_CODE.test(serviceCode)) out.serviceCode = serviceCode;
  const state = oneOf(REQUEST_STATE_LIST, raw.state);
  if (state) out.state = state;
  const stage = integer(raw.stage, 1, STAGE_NUMBERS.length);
  if (stage !== undefined) out.stage = stage as StageNumber;
  const unitId = text(raw.unitId);
  if (unitId && UUID.test(unitId)) out.unitId = unitId.toLowerCase();
  const year = integer(raw.year, 2000, 2100);
  if (year !== undefined) out.year = year;
  if (raw.overdue === true || raw.overdue === 'true') out.overdue = true;
  const sort = oneOf(SORT_KEYS, raw.sort);
  if (sort) {
    out.sort = sort;
    out.dir = oneOf(['asc', 'desc'] as const, raw.dir) ?? 'asc';
  }
  const page = integer(raw.page, 1, 100_000);
  if (page !== undefined && page > 1) out.page = page;
  const pageSize = integer(raw.pageSize, 1, 100);
  if (pageSize !== undefined && pageSize !== DEFAULT_PAGE_SIZE && (PAGE_SIZES as readonly number[]).includes(pageSize)) out.pageSize = pageSize;
  return out;
}

/** The sort the rows are in: the chosen one, the default one, or none (a search text orders by relevance). */
export function effectiveSort(search: MonitoringSearch): { key: SortKey; dir: SortDir } | null {
  if (search.sort) return { key: search.sort, dir: search.dir ?? 'asc' };
  return search.q ? null : DEFAULT_SORT;
}

/** Clicking a column header: the same column turns around, another one sorts ascending. Back to page 1. */
export function withSort(search: MonitoringSearch, key: SortKey): MonitoringSearch {
  const current = effectiveSort(search);
  const dir: SortDir = current?.key === key && current.dir === 'asc' ? 'desc' : 'asc';
  const { page: _page, ...rest } = search;
  return { ...rest, sort: key, dir };
}

/** A changed search text or filter starts again at page 1; an emptied value leaves the URL. */
export function withFilters(search: MonitoringSearch, changes: FilterChanges): MonitoringSearch {
  const { page: _page, ...rest } = search;
  const next: MonitoringSearch = { ...rest, ...changes };
  for (const key of Object.keys(next) as (keyof MonitoringSearch)[]) {
    if (next[key] === undefined || next[key] === '') delete next[key];
  }
  return parseMonitoringSearch(next as Record<string, unknown>);
}

export function withoutFilters(search: MonitoringSearch): MonitoringSearch {
  return { ...(search.sort ? { sort: search.sort, dir: search.dir } : {}), ...(search.pageSize ? { pageSize: search.pageSize } : {}) };
}

export function withPage(search: MonitoringSearch, page: number): MonitoringSearch {
  return parseMonitoringSearch({ ...search, page });
}

export function withPageSize(search: MonitoringSearch, pageSize: number): MonitoringSearch {
  const { page: _page, ...rest } = search;
  return parseMonitoringSearch({ ...rest, pageSize });
}

export const hasFilters = (search: MonitoringSearch): boolean => !!search.q || FILTER_KEYS.some((key) => search[key] !== undefined);

function viewQuery(search: MonitoringSearch): Query {
  return {
    q: search.q,
    serviceCode: search.serviceCode,
    state: search.state,
    stage: search.stage,
    unitId: search.unitId,
    year: search.year,
    overdue: search.overdue ? 'true' : undefined,
    sort: search.sort,
    dir: search.sort ? (search.dir ?? 'asc') : undefined,
  };
}

/** GET /api/monitoring's query for the view: the filters, the sort and the page. */
export function toApiQuery(search: MonitoringSearch): Query {
  return { ...viewQuery(search), page: search.page ?? 1, pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** The download of the current view (every page of it, same filters and sort). */
export function exportHref(format: 'xlsx' | 'csv', search: MonitoringSearch): string {
  return `/api/monitoring/export${queryString({ format, ...viewQuery(search) })}`;
}

/** The bureau dashboard's year (/dasbor?year=2026); without it, the server's default. */
export function parseDashboardSearch(raw: Record<string, unknown>): { year?: number } {
  const year = integer(raw.year, 2000, 2100);
  return year === undefined ? {} : { year };
}
