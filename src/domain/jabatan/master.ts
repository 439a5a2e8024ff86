/**
 * Master data of the job instruments (regulations.md §2.4–§3.5): the numbers live in the database, one row set per
 * year of validity, seeded by migrations and kept by administrators. These are their shapes; the code never holds
 * the numbers themselves.
 */

export const WORK_PERIODS = ['hari', 'minggu', 'bulan', 'tahun'] as const;
export type WorkPeriod = (typeof WORK_PERIODS)[number];

/** *Waktu kerja efektif* of one year of validity, in minutes per period. */
export interface EffectiveWorkingTime {
  year: number;
  minutes: Record<WorkPeriod, number>;
  /** The regulation the figures come from, shown beside them. */
  source: string;
}

export const ROUNDING_MODES = ['HALF_UP', 'CEIL'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** One band of *efektivitas/efisiensi jabatan*: EJ from `min` (included or not) up to the next band. */
export interface EjBand {
  code: string;
  label: string;
  min: number;
  /** False where the band starts just above `min` ("EJ > 1,00"). */
  minInclusive: boolean;
}

export const FACTOR_SETS = ['fungsional_pelaksana', 'struktural'] as const;
export type FactorSet = (typeof FACTOR_SETS)[number];

export interface FactorLevel {
  level: number;
  points: number;
  description: string;
}

export interface JobFactor {
  /** '1' … '9', or '4A'/'4B' in the struktural set. */
  code: string;
  name: string;
  levels: FactorLevel[];
}

/** A class (*kelas jabatan*) and the lowest total of points that reaches it. */
export interface ClassBound {
  grade: number;
  minPoints: number;
}

/** Master data of one year of validity. */
export interface JobMasterData {
  year: number;
  workingTime: EffectiveWorkingTime;
  rounding: RoundingMode;
  ejBands: EjBand[];
  factors: Record<FactorSet, JobFactor[]>;
  classes: ClassBound[];
}

/** Master data as it is read (database rows or the API's answer): the fields the computations take, and more. */
export interface MasterDataView {
  year: number;
  workingTime: { minutes: Record<WorkPeriod, number>; source: string };
  rounding: { mode: RoundingMode };
  ejBands: EjBand[];
  factors: Record<FactorSet, Array<{ code: string; name: string; levels: FactorLevel[] }>>;
  classes: ClassBound[];
}

/** The computations' view of a year's master data, the same on the server and in the browser. */
export function toJobMasterData(m: MasterDataView): JobMasterData {
  return {
    year: m.year,
    workingTime: { year: m.year, minutes: m.workingTime.minutes, source: m.workingTime.source },
    rounding: m.rounding.mode,
    ejBands: m.ejBands.map((b) => ({ code: b.code, label: b.label, min: b.min, minInclusive: b.minInclusive })),
    factors: {
      fungsional_pelaksana: m.factors.fungsional_pelaksana.map((f) => ({ code: f.code, name: f.name, levels: f.levels })),
      struktural: m.factors.struktural.map((f) => ({ code: f.code, name: f.name, levels: f.levels })),
    },
    classes: m.classes.map((c) => ({ grade: c.grade, minPoints: c.minPoints })),
  };
}
