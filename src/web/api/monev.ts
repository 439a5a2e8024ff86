import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { EvaluationSummary, MonevAssessment, MonevReminderKind, UnitSummary } from '../../domain/monev/monev.ts';

/** Monitoring and evaluation of effective SOPs (`/api/monev`). */
export interface MonevCriterion {
  id: string;
  ordinal: number;
  textId: string;
  textEn: string;
  source: string;
  unconfirmed: boolean;
  active: boolean;
}

export interface MonevRound {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  status: 'open' | 'closed';
  reminderDays: number[];
  openedAt: string;
  closedAt: string | null;
  version: number;
  units: number;
  submitted: number;
  mine: { submittedAt: string | null; late: boolean } | null;
  actions: string[];
}

export type { EvaluationSummary, UnitSummary };

export interface MonevRoundUnit {
  unitId: string;
  code: string;
  name: string;
  assessed: number;
  total: number;
  submittedAt: string | null;
  submittedBy: { id: string; name: string } | null;
  late: boolean;
  lastReminder: { at: string; kind: MonevReminderKind } | null;
  summary: UnitSummary;
  actions: string[];
}

export interface MonevRoundDetail extends MonevRound {
  today: string;
  roundUnits: MonevRoundUnit[];
}

export interface MonevAssessmentRow {
  id: string;
  registryId: string;
  sopId: string;
  sopVersion: number;
  title: string;
  number: string;
  assessment: MonevAssessment | null;
  notes: string;
  action: string;
  assessorName: string;
  assessorPosition: string;
  methods: string[];
  criteria: Record<string, boolean>;
  missing: string[];
  evaluation: EvaluationSummary;
  revisionRequestId: string | null;
  updatedAt: string;
  version: number;
  actions: string[];
}

export interface MonevSheet {
  round: MonevRound;
  unit: MonevRoundUnit;
  today: string;
  criteria: MonevCriterion[];
  assessments: MonevAssessmentRow[];
}

export interface OpenOptions {
  today: string;
  period: { start: string; end: string };
  reminderDays: number[];
  units: { id: string; code: string; name: string; effectiveSops: number }[];
}

export interface OpenRoundInput {
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  unitIds?: string[];
  reminderDays?: number[];
}

export type SaveAssessmentInput = Partial<Pick<MonevAssessmentRow, 'assessment' | 'notes' | 'action' | 'assessorName' | 'assessorPosition' | 'methods' | 'criteria'>> & { version?: number };

export const monevKeys = {
  all: ['monev'] as const,
  rounds: (status?: string) => ['monev', 'rounds', status ?? 'all'] as const,
  round: (id: string) => ['monev', 'round', id] as const,
  sheet: (id: string, unitId: string) => ['monev', 'sheet', id, unitId] as const,
  options: ['monev', 'open-options'] as const,
};

export const monevRoundsQuery = (status?: 'open' | 'closed') =>
  queryOptions({ queryKey: monevKeys.rounds(status), queryFn: () => api.get<MonevRound[]>('/api/monev/rounds', status ? { status } : undefined) });
export const monevRoundQuery = (id: string) => queryOptions({ queryKey: monevKeys.round(id), queryFn: () => api.get<MonevRoundDetail>(`/api/monev/rounds/${id}`) });
export const monevSheetQuery = (id: string, unitId: string) =>
  queryOptions({ queryKey: monevKeys.sheet(id, unitId), queryFn: () => api.get<MonevSheet>(`/api/monev/rounds/${id}/units/${unitId}`) });
export const monevOpenOptionsQuery = queryOptions({ queryKey: monevKeys.options, queryFn: () => api.get<OpenOptions>('/api/monev/open-options') });

export const openRound = (input: OpenRoundInput) => api.post<MonevRoundDetail>('/api/monev/rounds', input);
export const updateRound = (id: string, input: { version: number; title?: string; deadline?: string; reminderDays?: number[] }) => api.patch<MonevRoundDetail>(`/api/monev/rounds/${id}`, input);
export const closeRound = (id: string, version: number) => api.post<MonevRoundDetail>(`/api/monev/rounds/${id}/close`, { version });
export const remindAll = (id: string) => api.post<{ sent: number }>(`/api/monev/rounds/${id}/remind`);
export const remindUnit = (id: string, unitId: string) => api.post<{ sent: number }>(`/api/monev/rounds/${id}/units/${unitId}/remind`);
export const reopenUnit = (id: string, unitId: string) => api.post<MonevSheet>(`/api/monev/rounds/${id}/units/${unitId}/reopen`);
export const submitUnit = (id: string, unitId: string) => api.post<MonevSheet>(`/api/monev/rounds/${id}/units/${unitId}/submit`);
export const saveAssessment = (id: string, input: SaveAssessmentInput) => api.put<MonevAssessmentRow>(`/api/monev/assessments/${id}`, input);
export const requestRevision = (id: string) => api.post<{ requestId: string; created: boolean }>(`/api/monev/assessments/${id}/revision-request`);
