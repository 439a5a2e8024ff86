import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '../../../domain/workflow/states.ts';
import {
  effectiveSort,
  exportHref,
  parseDashboardSearch,
  hasFilters,
  parseMonitoringSearch,
  REQUEST_STATE_LIST,
  toApiQuery,
  withFilters,
  withoutFilters,
  withPage,
  withPageSize,
  withSort,
  type MonitoringSearch,
} from './search.ts';

const UNIT = '0b7a3c1e-5d2f-4a8b-9c6d-1e2f3a4b5c6d';

describe('parseMonitoringSearch', () => {
  it('is empty for an empty URL: page 1, 20 rows and the default order are not written', () => {
    expect(parseMonitoringSearch({})).toEqual({});
    expect(parseMonitoringSearch({ page: 1, pageSize: 20 })).toEqual({});
  });

  it('keeps every valid value, in the forms the router hands over', () => {
    expect(
      parseMonitoringSearch({
        q: '  SOP kepegawaian ',
        serviceCode: 'MONEV-SOP',
        state: 'perlu_revisi',
        stage: '3',
        unitId: UNIT.toUpperCase(),
        year: 2026,
        overdue: true,
        sort: 'daysUsed',
        dir: 'desc',
        page: '4',
        pageSize: 50,
      }),
    ).toEqual({
      q: 'SOP kepegawaian',
      serviceCode: 'MONEV-SOP',
      state: 'perlu_revisi',
      stage: 3,
      unitId: UNIT,
      year: 2026,
      overdue: true,
      sort: 'daysUsed',
      dir: 'desc',
      page: 4,
      pageSize: 50,
    });
  });

  it('reads a numeric search text as text and "true" as the overdue flag', () => {
    expect(parseMonitoringSearch({ q: 2026, overdue: 'true' })).toEqual({ q: '2026', overdue: true });
  });

  it('drops invalid values and unknown keys', () => {
    expect(
      parseMonitoringSearch({
        q: '   ',
        serviceCode: 'sop; drop table',
        state: 'finished',
        stage: 7,
        unitId: 'not-a-uuid',
        year: 1899,
        overdue: 'yes',
        sort: 'password',
        dir: 'up',
        page: -2,
        pageSize: 1000,
        admin: true,
      }),
    ).toEqual({});
    expect(parseMonitoringSearch({ stage: 0, page: 'two', pageSize: 33, year: 20.5 })).toEqual({});
    expect(parseMonitoringSearch({ q: { nested: true }, state: ['selesai'] })).toEqual({});
  });

  it('gives a sort without a direction the ascending one, and ignores a direction without a sort', () => {
    expect(parseMonitoringSearch({ sort: 'title' })).toEqual({ sort: 'title', dir: 'asc' });
    expect(parseMonitoringSearch({ dir: 'desc' })).toEqual({});
  });

  it('cuts a very long search text', () => {
    expect(parseMonitoringSearch({ q: 'a'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('sorting', () => {
  it('is by registration number, newest first, unless a search text orders by relevance', () => {
    expect(effectiveSort({})).toEqual({ key: 'registrationNo', dir: 'desc' });
    expect(effectiveSort({ q: 'anjab' })).toBeNull();
    expect(effectiveSort({ q: 'anjab', sort: 'title', dir: 'desc' })).toEqual({ key: 'title', dir: 'desc' });
  });

  it('turns the sorted column around and sorts another column ascending, back on page 1', () => {
    expect(withSort({ page: 3 }, 'registrationNo')).toEqual({ sort: 'registrationNo', dir: 'asc' });
    expect(withSort({ sort: 'title', dir: 'asc', page: 2 }, 'title')).toEqual({ sort: 'title', dir: 'desc' });
    expect(withSort({ sort: 'title', dir: 'desc' }, 'title')).toEqual({ sort: 'title', dir: 'asc' });
    expect(withSort({ sort: 'title', dir: 'desc', state: 'selesai' }, 'completedAt')).toEqual({ sort: 'completedAt', dir: 'asc', state: 'selesai' });
    expect(withSort({ q: 'sop' }, 'title')).toEqual({ q: 'sop', sort: 'title', dir: 'asc' });
  });
});

describe('changing the view', () => {
  const view: MonitoringSearch = { q: 'sop', state: 'selesai', sort: 'title', dir: 'desc', page: 3, pageSize: 50 };

  it('goes back to page 1 when a filter or the search changes, and drops emptied values', () => {
    expect(withFilters(view, { serviceCode: 'ANJAB' })).toEqual({ q: 'sop', state: 'selesai', serviceCode: 'ANJAB', sort: 'title', dir: 'desc', pageSize: 50 });
    expect(withFilters(view, { q: '', state: undefined })).toEqual({ sort: 'title', dir: 'desc', pageSize: 50 });
    expect(withFilters(view, { q: '  anjab  ' }).q).toBe('anjab');
  });

  it('clears the search and filters but keeps the sort and page size', () => {
    expect(withoutFilters({ ...view, overdue: true, year: 2026 })).toEqual({ sort: 'title', dir: 'desc', pageSize: 50 });
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters({ sort: 'title', dir: 'asc', page: 2 })).toBe(false);
    expect(hasFilters({ overdue: true })).toBe(true);
  });

  it('pages, and starts again at page 1 with another page size', () => {
    expect(withPage(view, 4).page).toBe(4);
    expect(withPage(view, 1).page).toBeUndefined();
    expect(withPageSize(view, 100)).toEqual({ q: 'sop', state: 'selesai', sort: 'title', dir: 'desc', pageSize: 100 });
    expect(withPageSize(view, 20).pageSize).toBeUndefined();
  });
});

describe('the API query', () => {
  it('always names the page and page size, and the direction only with a sort', () => {
    expect(toApiQuery({})).toEqual({
      q: undefined,
      serviceCode: undefined,
      state: undefined,
      stage: undefined,
      unitId: undefined,
      year: undefined,
      overdue: undefined,
      sort: undefined,
      dir: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('round-trips: the query string read back gives the same view', () => {
    const view: MonitoringSearch = { q: 'peta jabatan', serviceCode: 'ANJAB', state: 'diajukan', stage: 2, unitId: UNIT, year: 2026, overdue: true, sort: 'unit', dir: 'desc', page: 2, pageSize: 50 };
    const query = toApiQuery(view);
    const params = Object.fromEntries(new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])));
    expect(params).toEqual({ q: 'peta jabatan', serviceCode: 'ANJAB', state: 'diajukan', stage: '2', unitId: UNIT, year: '2026', overdue: 'true', sort: 'unit', dir: 'desc', page: '2', pageSize: '50' });
    expect(parseMonitoringSearch(params)).toEqual(view);
  });

  it('downloads the whole current view: same filters and sort, no page', () => {
    const href = exportHref('csv', { q: 'sop & tnd', state: 'selesai', sort: 'completedAt', dir: 'desc', page: 3, pageSize: 50 });
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/monitoring/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'csv', q: 'sop & tnd', state: 'selesai', sort: 'completedAt', dir: 'desc' });
    expect(exportHref('xlsx', {})).toBe('/api/monitoring/export?format=xlsx');
    expect(exportHref('xlsx', { overdue: true })).toBe('/api/monitoring/export?format=xlsx&overdue=true');
  });
});

describe('parseDashboardSearch', () => {
  it('keeps a plausible year only', () => {
    expect(parseDashboardSearch({ year: '2026' })).toEqual({ year: 2026 });
    expect(parseDashboardSearch({ year: 2026, other: 1 })).toEqual({ year: 2026 });
    expect(parseDashboardSearch({ year: 'all' })).toEqual({});
    expect(parseDashboardSearch({ year: 12 })).toEqual({});
  });
});
