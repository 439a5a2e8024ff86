import type { StageNumber } from './stages.ts';

/**
 * Where a request stands, apart from its stage. A request at stage 3 may be in progress (`diajukan`), waiting
 * for its unit (`perlu_revisi`), on hold, or closed as withdrawn / rejected: only `selesai` means finished.
 */
export const REQUEST_STATES = ['draf', 'diajukan', 'perlu_revisi', 'ditunda', 'dibatalkan', 'ditolak', 'selesai'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Submitted and not yet closed: the request can still move. */
export const OPEN_STATES = ['diajukan', 'perlu_revisi', 'ditunda'] as const satisfies readonly RequestState[];
/** The service-standard clock stands still in these. */
export const PAUSED_STATES = ['perlu_revisi', 'ditunda'] as const satisfies readonly RequestState[];
export const CLOSED_STATES = ['dibatalkan', 'ditolak', 'selesai'] as const satisfies readonly RequestState[];

/** `stage` is null only for a draft; a closed request keeps the stage it was closed at. */
export interface Position {
  state: RequestState;
  stage: StageNumber | null;
}

export function isOpen(state: RequestState): boolean {
  return (OPEN_STATES as readonly RequestState[]).includes(state);
}

export function isPaused(state: RequestState): boolean {
  return (PAUSED_STATES as readonly RequestState[]).includes(state);
}

export function isClosed(state: RequestState): boolean {
  return (CLOSED_STATES as readonly RequestState[]).includes(state);
}
