import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ReportRound, RoundReport, SopReportEntry, UnitReport, ReportCriterion } from '../../domain/monev/report.ts';

/** Reports of monitoring and evaluation (`/api/monev-reports`): the shapes of src/domain/monev/report.ts. */
export type RoundReportData = RoundReport & { today: string };
export type UnitReportData = UnitReport & { unit: { id: string; code: string; name: string }; today: string };
export interface SopReportData {
  sop: { id: string; title: string; number: string; unit: { id: string; code: string; name: string } };
  criteria: ReportCriterion[];
  entries: SopReportEntry[];
}
export interface ReportOptions {
  rounds: ReportRound[];
  units: { id: string; code: string; name: string }[];
  sops: { id: string; title: string; number: string; unitId: string; unitCode: string }[];
}

export type MonevReportKind = 'putaran' | 'unit' | 'sop';
export type MonevReportFormat = 'xlsx' | 'pdf';

const PATH: Record<MonevReportKind, string> = { putaran: 'rounds', unit: 'units', sop: 'sops' };

export const monevReportKeys = {
  options: ['monev-reports', 'options'] as const,
  report: (kind: MonevReportKind, id: string) => ['monev-reports', kind, id] as const,
};

export const monevReportOptionsQuery = queryOptions({ queryKey: monevReportKeys.options, queryFn: () => api.get<ReportOptions>('/api/monev-reports/options') });
export const roundReportQuery = (id: string) => queryOptions({ queryKey: monevReportKeys.report('putaran', id), queryFn: () => api.get<RoundReportData>(`/api/monev-reports/rounds/${id}`) });
export const unitReportQuery = (id: string) => queryOptions({ queryKey: monevReportKeys.report('unit', id), queryFn: () => api.get<UnitReportData>(`/api/monev-reports/units/${id}`) });
export const sopReportQuery = (id: string) => queryOptions({ queryKey: monevReportKeys.report('sop', id), queryFn: () => api.get<SopReportData>(`/api/monev-reports/sops/${id}`) });

export const monevReportExportUrl = (kind: MonevReportKind, id: string, format: MonevReportFormat) => `/api/monev-reports/${PATH[kind]}/${id}/export.${format}`;
