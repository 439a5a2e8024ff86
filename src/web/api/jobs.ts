import { queryOptions } from '@tanstack/react-query';
import type { FactorSet, RoundingMode, WorkPeriod } from '../../domain/jabatan/master.ts';
import type { EvjabTeamRole, JobDocumentContent, JobDocumentKind } from '../../domain/jabatan/model.ts';
import type { Jenjang, ReferenceList } from '../../domain/jabatan/reference.ts';
import type { EvjabMove, EvjabState } from '../../domain/jabatan/validation.ts';
import { api, apiUpload, oneFileForm, type UploadOptions } from './client.ts';
import type { Page } from './types.ts';

/** Typed client of `modules/job-master` and `modules/job-documents` (Anjab, ABK, Evjab, SKJ). */

interface UserRef {
  id: string;
  name: string;
}

export interface Provenance {
  source: string;
  unconfirmed: boolean;
}

export interface EjBandRow extends Provenance {
  code: string;
  label: string;
  min: number;
  minInclusive: boolean;
}

export interface FactorRow extends Provenance {
  code: string;
  name: string;
  levels: Array<{ level: number; points: number; description: string; placeholder: boolean }>;
}

export interface CompetencyRow extends Provenance {
  code: string;
  kind: 'manajerial' | 'sosial_kultural';
  name: string;
  levels: Array<{ level: number; description: string }>;
}

export interface JobMaster {
  year: number;
  version: number;
  years: number[];
  workingTime: Provenance & { minutes: Record<WorkPeriod, number> };
  rounding: Provenance & { mode: RoundingMode };
  ejBands: EjBandRow[];
  factors: Record<FactorSet, FactorRow[]>;
  classes: Array<Provenance & { grade: number; minPoints: number; maxPoints: number | null }>;
  competencies: CompetencyRow[];
  references: Record<ReferenceList, ReferenceItemRow[]>;
  requiredLevels: RequiredLevelRow[];
  actions: string[];
}

export interface ReferenceItemRow extends Provenance {
  code: string;
  name: string;
  description: string;
}

export interface RequiredLevelRow extends Provenance {
  jenjang: Jenjang;
  code: string;
  level: number;
}

export interface Band {
  code: string;
  label: string;
  min: number;
  minInclusive: boolean;
}

export interface JobProblem {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface Abk {
  masterYear: number;
  workingMinutesPerYear: number;
  rounding: string;
  tasks: Array<{ id: string; resultUnit: string; volume: number; period: WorkPeriod; minutesPerResult: number; yearlyVolume: number; workload: number; staff: number }>;
  incompleteTaskIds: string[];
  workload: number;
  staffExact: number;
  staffNeeded: number;
  staffPresent: number;
  difference: number;
  ej: number | null;
  pj: Band | null;
}

export interface Evaluation {
  masterYear: number;
  points: Array<{ code: string; name: string; level: number; points: number }>;
  total: number;
  grade: number | null;
  problems: JobProblem[];
}

export interface SkjView {
  masterYear: number;
  competencies: Array<{
    code: string; kind: 'manajerial' | 'sosial_kultural'; name: string | null; level: number; description: string | null; unconfirmed: boolean;
    required: number | null; justification: string;
  }>;
  problems: JobProblem[];
}

export interface JobDocumentSummary {
  id: string;
  kind: JobDocumentKind;
  positionId: string;
  positionName: string;
  positionKind: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  status: EvjabState;
  version: number;
  masterYear: number;
  updatedBy: UserRef;
  updatedAt: string;
  createdAt: string;
  actions: string[];
}

export interface JobDocument extends JobDocumentSummary {
  note: string;
  savedAt: string;
  content: JobDocumentContent;
  abk?: Abk;
  evaluation?: Evaluation;
  skj?: SkjView;
}

export interface JobVersionSummary {
  number: number;
  masterYear: number;
  note: string;
  savedBy: UserRef;
  savedAt: string;
}

export interface UnitAbkRow {
  positionId: string;
  positionName: string;
  positionKind: string;
  documentId: string | null;
  masterYear: number | null;
  workload: number | null;
  staffExact: number | null;
  staffNeeded: number | null;
  staffPresent: number | null;
  difference: number | null;
  ej: number | null;
  pj: Band | null;
}

export interface UnitAbk {
  unitId: string;
  unitCode: string;
  unitName: string;
  rows: UnitAbkRow[];
  totals: { workload: number; staffExact: number; staffNeeded: number; staffPresent: number; difference: number };
}

export interface PetaPosition {
  positionId: string;
  name: string;
  kind: string;
  evjabId: string | null;
  evjabStatus: EvjabState | null;
  points: number | null;
  grade: number | null;
  staffNeeded: number | null;
  staffPresent: number | null;
}

export interface PetaNode {
  unitId: string;
  parentId: string | null;
  depth: number;
  code: string;
  name: string;
  positions: PetaPosition[];
}

export interface PetaJabatan {
  unitId: string;
  nodes: PetaNode[];
}

export const jobKeys = {
  all: ['jobs'] as const,
  master: (year?: number) => ['jobs', 'master', year ?? 'current'] as const,
  documents: (q: object) => ['jobs', 'documents', q] as const,
  document: (id: string) => ['jobs', 'document', id] as const,
  versions: (id: string) => ['jobs', 'document', id, 'versions'] as const,
  unitAbk: (unitId: string) => ['jobs', 'unit', unitId, 'abk'] as const,
  peta: (unitId: string) => ['jobs', 'unit', unitId, 'peta'] as const,
  validation: (id: string) => ['jobs', 'document', id, 'validation'] as const,
};

export const jobMasterQuery = (year?: number) =>
  queryOptions({
    queryKey: jobKeys.master(year),
    queryFn: () => api.get<JobMaster>('/api/job-master', year ? { year } : {}),
    staleTime: 5 * 60_000,
  });

export const jobDocumentsQuery = (q: { unitId?: string; positionId?: string; kind?: JobDocumentKind; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: jobKeys.documents(q),
    queryFn: () => api.get<Page<JobDocumentSummary>>('/api/job-documents', { pageSize: 500, ...q }),
  });

export const jobDocumentQuery = (id: string) =>
  queryOptions({ queryKey: jobKeys.document(id), queryFn: () => api.get<JobDocument>(`/api/job-documents/${id}`) });

export const jobVersionsQuery = (id: string) =>
  queryOptions({ queryKey: jobKeys.versions(id), queryFn: () => api.get<Page<JobVersionSummary>>(`/api/job-documents/${id}/versions`, { pageSize: 50 }) });

export const unitAbkQuery = (unitId: string) =>
  queryOptions({ queryKey: jobKeys.unitAbk(unitId), queryFn: () => api.get<UnitAbk>(`/api/job-documents/units/${unitId}/abk`) });

export const petaJabatanQuery = (unitId: string) =>
  queryOptions({ queryKey: jobKeys.peta(unitId), queryFn: () => api.get<PetaJabatan>(`/api/job-documents/units/${unitId}/peta-jabatan`) });

export const createJobDocument = (input: { positionId: string; kind: JobDocumentKind }) => api.post<JobDocument>('/api/job-documents', input);

export const saveJobDocument = (id: string, input: { version: number; content: JobDocumentContent; note?: string; masterYear?: number }) =>
  api.put<JobDocument>(`/api/job-documents/${id}/content`, input);

export type JobExportFormat = 'pdf' | 'docx' | 'xlsx';
export const jobExportUrl = (id: string, format: JobExportFormat) => `/api/job-documents/${id}/export.${format}`;
export const unitAbkExportUrl = (unitId: string, format: JobExportFormat) => `/api/job-documents/units/${unitId}/abk/export.${format}`;

// Master data (administrators)
export const putWorkingTime = (year: number, body: Provenance & { version: number; minutes: Record<WorkPeriod, number> }) =>
  api.put<JobMaster>(`/api/job-master/${year}/working-time`, body);
export const putRounding = (year: number, body: Provenance & { version: number; mode: RoundingMode }) =>
  api.put<JobMaster>(`/api/job-master/${year}/rounding`, body);
export const copyJobMasterYear = (year: number) => api.post<JobMaster>(`/api/job-master/${year}/copy`, {});
export const putEjBands = (year: number, body: { version: number; bands: EjBandRow[] }) => api.put<JobMaster>(`/api/job-master/${year}/ej-bands`, body);
export const putClasses = (year: number, body: { version: number; classes: Array<Provenance & { grade: number; minPoints: number }> }) =>
  api.put<JobMaster>(`/api/job-master/${year}/classes`, body);
export const putFactors = (year: number, set: FactorSet, body: { version: number; factors: FactorRow[] }) =>
  api.put<JobMaster>(`/api/job-master/${year}/factors/${set}`, body);
export const putCompetencies = (year: number, body: { version: number; competencies: CompetencyRow[] }) =>
  api.put<JobMaster>(`/api/job-master/${year}/competencies`, body);
export const putReferences = (year: number, list: ReferenceList, body: { version: number; items: ReferenceItemRow[] }) =>
  api.put<JobMaster>(`/api/job-master/${year}/references/${list}`, body);
export const putRequiredLevels = (year: number, body: { version: number; levels: RequiredLevelRow[] }) =>
  api.put<JobMaster>(`/api/job-master/${year}/required-levels`, body);

// Evjab validation (modules/job-validation)
export interface ValidationEvent {
  id: number;
  action: EvjabMove;
  fromStatus: EvjabState;
  toStatus: EvjabState;
  version: number;
  team: Array<{ name: string; role: string; position: string }> | null;
  decidedOn: string | null;
  minutesNumber: string | null;
  minutesFile: { fileName: string; size: number; sha256: string; at: string } | null;
  notes: string;
  actor: UserRef;
  at: string;
}

export interface EvjabValidation {
  documentId: string;
  status: EvjabState;
  actions: EvjabMove[];
  canUploadMinutes: boolean;
  decision: ValidationEvent | null;
  events: ValidationEvent[];
}

export interface EvjabDecision {
  decision: 'divalidasi' | 'dikembalikan';
  team: Array<{ name: string; role: EvjabTeamRole; position: string }>;
  decidedOn: string | null;
  minutesNumber: string;
  notes: string;
}

export const evjabValidationQuery = (id: string) =>
  queryOptions({ queryKey: jobKeys.validation(id), queryFn: () => api.get<EvjabValidation>(`/api/job-documents/${id}/validation`) });
export const submitEvjab = (id: string) => api.post<EvjabValidation>(`/api/job-documents/${id}/validation/submit`, {});
export const decideEvjab = (id: string, body: EvjabDecision) => api.post<EvjabValidation>(`/api/job-documents/${id}/validation/decision`, body);
export const reopenEvjab = (id: string) => api.post<EvjabValidation>(`/api/job-documents/${id}/validation/reopen`, {});
export const uploadEvjabMinutes = (id: string, file: File, options?: UploadOptions) =>
  apiUpload<EvjabValidation>(`/api/job-documents/${id}/validation/minutes`, oneFileForm(file), options);
export const evjabMinutesHref = (id: string, eventId: number) => `/api/job-documents/${id}/validation/events/${eventId}/minutes`;

/** One saved version with what it computes to, with its own master-data year (`GET /api/job-documents/:id/versions/:n`). */
export interface JobVersion extends JobVersionSummary {
  documentId: string;
  content: JobDocumentContent;
  abk?: Abk;
  evaluation?: Evaluation;
  skj?: SkjView;
}

export const jobVersionQuery = (id: string, n: number) =>
  queryOptions({ queryKey: [...jobKeys.versions(id), n] as const, queryFn: () => api.get<JobVersion>(`/api/job-documents/${id}/versions/${n}`), staleTime: Infinity });
