/** The six facilitation stages of the seed, in order. Names are Indonesian; the interface translates them. */
export const STAGES = [
  { number: 1, name: 'Pengajuan dan Perencanaan Fasilitasi', nameEn: 'Submission and facilitation planning' },
  { number: 2, name: 'Penjabaran Konsep Usulan', nameEn: 'Elaboration of the proposed concept' },
  { number: 3, name: 'Analisis dan Identifikasi', nameEn: 'Analysis and identification' },
  { number: 4, name: 'Penjabaran Usulan', nameEn: 'Elaboration of the proposal' },
  { number: 5, name: 'Pelaksanaan dan Pemantauan', nameEn: 'Implementation and monitoring' },
  { number: 6, name: 'Output/Hasil', nameEn: 'Output' },
] as const;

export const STAGE_COUNT = STAGES.length;

export type StageNumber = (typeof STAGES)[number]['number'];

export const STAGE_NUMBERS: readonly StageNumber[] = STAGES.map((s) => s.number);
export const FIRST_STAGE: StageNumber = STAGES[0].number;
export const LAST_STAGE: StageNumber = STAGES[STAGES.length - 1].number;

export function isStageNumber(n: unknown): n is StageNumber {
  return STAGE_NUMBERS.includes(n as StageNumber);
}

/** The stage after `stage`, or null after the last one. */
export function nextStage(stage: StageNumber): StageNumber | null {
  return STAGE_NUMBERS[STAGE_NUMBERS.indexOf(stage) + 1] ?? null;
}
