import type { FactorSet, WorkPeriod } from './master.ts';
import type { Jenjang } from './reference.ts';

/**
 * The job documents (*dokumen jabatan*) of a position: Anjab (regulations.md §2.2, the superset of the 15- and
 * 17-element structures), Evjab (§3) and SKJ (§4.4). Plain types, free of zod (the schemas are in schema.ts), so the
 * web app's editors can use them without loading a validator. ABK is not a document: it is computed from the
 * Anjab's tasks and present staff (abk.ts). Each content names its kind, so one body can carry any of them.
 */

export const JOB_DOCUMENT_KINDS = ['anjab', 'evjab', 'skj'] as const;
export type JobDocumentKind = (typeof JOB_DOCUMENT_KINDS)[number];

export const JOB_KINDS = ['struktural', 'fungsional', 'pelaksana'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

// ---------------------------------------------------------------- Anjab

export const TRAINING_KINDS = ['penjenjangan', 'teknis', 'fungsional'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export interface Training {
  kind: TrainingKind;
  name: string;
}

export interface AnjabIdentity {
  /** The position in the shared catalogue; the server keeps it equal to the document's position. */
  positionId: string;
  name: string;
  code: string;
  /** *Unit kerja* from the highest unit down to the direct superior's, as printed ("… sampai dengan unit kerja atasan langsung"). */
  unit: string;
  kind: JobKind;
}

export interface AnjabQualifications {
  education: string[];
  trainings: Training[];
  experience: string[];
}

/** A result of a task (*hasil kerja*) with its unit (*satuan hasil*). */
export interface TaskResult {
  name: string;
  unit: string;
}

/** *Tugas pokok*: its steps, results, and the ABK inputs. */
export interface AnjabTask {
  /** Stable within the document (e.g. "t1"). */
  id: string;
  description: string;
  steps: string[];
  results: TaskResult[];
  /** The result unit the ABK counts (*satuan hasil*). */
  resultUnit: string;
  /** *Jumlah hasil* per `period`; null while not known (the task then adds nothing to the ABK). */
  volume: number | null;
  period: WorkPeriod;
  /** *Waktu penyelesaian*: minutes per result; null while not known. */
  minutesPerResult: number | null;
}

export interface MaterialUse {
  name: string;
  use: string;
}

export interface Relation {
  position: string;
  unit: string;
  purpose: string;
}

export interface WorkingCondition {
  /** e.g. "Tempat kerja", "Suhu" (the e-Formasi aspects). */
  aspect: string;
  factor: string;
}

export interface Hazard {
  name: string;
  cause: string;
}

export interface PhysicalConditions {
  sex: string;
  age: string;
  height: string;
  weight: string;
  posture: string;
  appearance: string;
  state: string;
}

export interface AnjabRequirements {
  rank: string;
  education: string[];
  courses: Training[];
  experience: string[];
  knowledge: string[];
  skills: string[];
  aptitudes: string[];
  temperaments: string[];
  interests: string[];
  physicalEffort: string[];
  physicalConditions: PhysicalConditions;
  /** *Fungsi pekerjaan* in data, people and things. */
  jobFunctions: { data: string[]; people: string[]; things: string[] };
}

/** *Prestasi kerja yang diharapkan*. */
export interface ExpectedPerformance {
  result: string;
  quantity: number | null;
  unit: string;
  time: string;
}

export interface AnjabContent {
  kind: 'anjab';
  identity: AnjabIdentity;
  summary: string;
  qualifications: AnjabQualifications;
  tasks: AnjabTask[];
  results: TaskResult[];
  materials: MaterialUse[];
  equipment: MaterialUse[];
  responsibilities: string[];
  authority: string[];
  relations: Relation[];
  workingConditions: WorkingCondition[];
  hazards: Hazard[];
  requirements: AnjabRequirements;
  expectedPerformance: ExpectedPerformance[];
  /** *Butir informasi lain* (the 17-element structure). */
  otherInformation: string;
  /** Staff holding the position now, for the ABK. */
  presentStaff: number;
}

// ---------------------------------------------------------------- Evjab

export interface EvjabChoice {
  /** Factor code of the set, e.g. "1" or "4A". */
  code: string;
  level: number;
  justification: string;
}

export const EVJAB_TEAM_ROLES = ['pengarah', 'ketua', 'sekretaris', 'anggota', 'pendukung'] as const;
export type EvjabTeamRole = (typeof EVJAB_TEAM_ROLES)[number];

export interface EvjabValidation {
  team: { name: string; role: EvjabTeamRole; position: string }[];
  decisionNumber: string;
  /** ISO date (YYYY-MM-DD). */
  decisionDate: string | null;
  /** *Berita acara*. */
  minutes: string;
}

export interface EvjabContent {
  kind: 'evjab';
  positionId: string;
  factorSet: FactorSet;
  choices: EvjabChoice[];
  validation: EvjabValidation;
}

// ---------------------------------------------------------------- SKJ

export const IMPORTANCE = ['mutlak', 'penting', 'perlu'] as const;
export type Importance = (typeof IMPORTANCE)[number];

export interface CompetencyRequirement {
  /** Dictionary code, e.g. "M.01" or "SK.01". */
  code: string;
  level: number;
  /** Why the level differs from the required-level table's (reference.ts), where it does. */
  justification?: string;
}

export interface TechnicalCompetency {
  name: string;
  level: number;
  description: string;
}

export interface SkjContent {
  kind: 'skj';
  /** `jenjang` picks the row of the required-level table the competencies start from (absent in older SKJs). */
  identity: { positionId: string; name: string; group: string; governmentAffairs: string; code: string; jenjang?: Jenjang };
  summary: string;
  managerial: CompetencyRequirement[];
  socioCultural: CompetencyRequirement[];
  technical: TechnicalCompetency[];
  requirements: {
    education: { level: string; field: string; importance: Importance }[];
    trainings: { kind: TrainingKind; name: string; importance: Importance }[];
    experience: { description: string; importance: Importance }[];
    rank: { rank: string; importance: Importance }[];
  };
  performanceIndicators: string[];
}

export type JobDocumentContent = AnjabContent | EvjabContent | SkjContent;

/** The ABK inputs of an Anjab: the tasks whose volume and time are filled in (the others add nothing yet). */
export function abkTasksOf(content: AnjabContent): Array<{ id: string; resultUnit: string; volume: number; period: WorkPeriod; minutesPerResult: number }> {
  return content.tasks.flatMap((t) =>
    t.volume !== null && t.minutesPerResult !== null
      ? [{ id: t.id, resultUnit: t.resultUnit, volume: t.volume, period: t.period, minutesPerResult: t.minutesPerResult }]
      : []);
}
