import { STAGES, type StageNumber } from '../workflow/stages.ts';
import type { RequestState } from '../workflow/states.ts';

export type Lang = 'id' | 'en';

/** The state names of the glossary (docs: shared/GLOSSARY.md), Indonesian first. */
export const STATE_LABELS: Readonly<Record<RequestState, Record<Lang, string>>> = {
  draf: { id: 'Draf', en: 'Draft' },
  diajukan: { id: 'Diajukan', en: 'Submitted' },
  perlu_revisi: { id: 'Perlu Revisi', en: 'Revision requested' },
  ditunda: { id: 'Ditunda', en: 'On hold' },
  dibatalkan: { id: 'Dibatalkan', en: 'Withdrawn' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  selesai: { id: 'Selesai', en: 'Completed' },
};

export function stageLabel(stage: StageNumber, lang: Lang): string {
  const s = STAGES.find((x) => x.number === stage)!;
  return `${lang === 'id' ? 'Tahap' : 'Stage'} ${s.number}: ${lang === 'id' ? s.name : s.nameEn}`;
}

/**
 * The *Status* column in words: the state, and the stage it stands at or was closed at, e.g.
 * "Perlu Revisi — Tahap 3: Analisis dan Identifikasi". A completed request reads only "Selesai".
 */
export function statusLabel(state: RequestState, stage: StageNumber | null, lang: Lang): string {
  const name = STATE_LABELS[state][lang];
  return stage === null || state === 'selesai' ? name : `${name} — ${stageLabel(stage, lang)}`;
}
