import { STAGES } from '../../../domain/workflow/stages.ts';
import type { RequestState } from '../../api/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/index.tsx';

/** The states in the order a request passes them, then the side states (filters and legends). */
export const STATES: readonly RequestState[] = ['draf', 'diajukan', 'perlu_revisi', 'ditunda', 'selesai', 'dibatalkan', 'ditolak'];

export const STAGE_NUMBERS: readonly number[] = STAGES.map((s) => s.number);

/** Badge colours; the label always carries the meaning, the colour only helps. */
export const STATE_COLORS: Record<RequestState, string> = {
  draf: 'gray',
  diajukan: 'blue',
  perlu_revisi: 'orange',
  ditunda: 'yellow',
  dibatalkan: 'gray',
  ditolak: 'red',
  selesai: 'teal',
};

export const stateKey = (state: RequestState): MessageKey => `req.state.${state}` as MessageKey;

export function stageName(stage: number, lang: Lang): string {
  const s = STAGES.find((x) => x.number === stage);
  if (!s) return '';
  return lang === 'en' ? s.nameEn : s.name;
}

/**
 * How the stage reads beside the state. A request closed without finishing says where it stopped, so that a
 * rejected or withdrawn request at stage 6 never reads as "Output" done; only `selesai` says the stages are done.
 */
export function stagePhrase(state: RequestState, stage: number | null, lang: Lang): { key: MessageKey; params: Record<string, string | number> } {
  if (stage === null) return { key: 'req.stage.none', params: {} };
  const params = { n: stage, name: stageName(stage, lang) };
  if (state === 'selesai') return { key: 'req.stage.done', params };
  if (state === 'dibatalkan' || state === 'ditolak') return { key: 'req.stage.stoppedAt', params };
  return { key: 'req.stage.at', params };
}
