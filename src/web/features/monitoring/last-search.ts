import { parseMonitoringSearch, type MonitoringSearch } from './search.ts';

const KEY = 'manorta.monitoring.search';

/** The table's last view in this tab, so that "back to the table" from a timeline opened by link finds it again. */
export function rememberSearch(search: MonitoringSearch): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(search));
  } catch {
    // Storage refused (private mode, quota): the back link then opens the table's default view.
  }
}

export function lastSearch(): MonitoringSearch {
  try {
    const text = sessionStorage.getItem(KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' ? parseMonitoringSearch(value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
