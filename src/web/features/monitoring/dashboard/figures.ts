import { STAGES } from '../../../../domain/workflow/stages.ts';
import type { BureauDashboard } from '../../../api/types.ts';
import type { Lang } from '../../../i18n/lang.ts';

/** The dashboard's numbers shaped for its charts and tables (pure, so that it is tested without a browser). */

const OPEN = new Set(['diajukan', 'perlu_revisi', 'ditunda']);
export const TOP_UNITS = 15;

export interface StageCount {
  stage: number;
  label: string;
  name: string;
  count: number;
}

/** Every one of the six stages, also those without requests (a missing bar would read as a missing stage). */
export function perStage(rows: readonly { stage: number; count: number }[], lang: Lang): StageCount[] {
  return STAGES.map((s) => ({
    stage: s.number,
    label: `${lang === 'en' ? 'Stage' : 'Tahap'} ${s.number}`,
    name: lang === 'en' ? s.nameEn : s.name,
    count: rows.find((r) => r.stage === s.number)?.count ?? 0,
  }));
}

export function stageTimes(rows: BureauDashboard['stageTimes'], lang: Lang) {
  return STAGES.map((s) => {
    const row = rows.find((r) => r.stage === s.number);
    return {
      stage: s.number,
      label: `${lang === 'en' ? 'Stage' : 'Tahap'} ${s.number}`,
      name: lang === 'en' ? s.nameEn : s.name,
      avgUsedDays: row?.avgUsedDays == null ? null : Math.round(row.avgUsedDays * 10) / 10,
      targetDays: row?.targetDays == null ? null : Math.round(row.targetDays * 10) / 10,
      count: row?.count ?? 0,
    };
  });
}

/** The units with the most requests, most first (ties by code). */
export function topUnits(rows: BureauDashboard['byUnit'], n = TOP_UNITS) {
  return [...rows].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, n);
}

export function byService(rows: BureauDashboard['byService'], lang: Lang) {
  return rows.map((r) => ({ ...r, label: r.code, fullName: lang === 'en' && r.nameEn ? r.nameEn : r.name }));
}

/** "Nov 2026" / "Nov 2026" from 'YYYY-MM'. */
export function monthLabel(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function completions(rows: BureauDashboard['completionsPerMonth'], lang: Lang) {
  return [...rows].sort((a, b) => a.month.localeCompare(b.month)).map((r) => ({ ...r, label: monthLabel(r.month, lang), year: Number(r.month.slice(0, 4)) }));
}

/** The four summary figures of the dashboard's year; "completed" counts the completions in that year. */
export function summary(data: BureauDashboard) {
  const inProgress = data.byState.filter((s) => OPEN.has(s.state)).reduce((sum, s) => sum + s.count, 0);
  const completed = data.completionsPerMonth.filter((c) => c.month.startsWith(`${data.year}-`)).reduce((sum, c) => sum + c.count, 0);
  return { total: data.total, inProgress, overdue: data.overdue.total, completed };
}
