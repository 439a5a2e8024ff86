/**
 * The validation of an Evjab (regulations.md §3.2 "Penetapan hasil": validasi nilai & kelas, berita acara): a draft
 * is submitted by its unit, the bureau validates it or returns it with notes; a validated Evjab is read-only until
 * its unit opens a new version (back to draft). One pure table of moves, used by the server and the interface.
 */

export const EVJAB_STATES = ['draf', 'diajukan', 'divalidasi', 'dikembalikan'] as const;
export type EvjabState = (typeof EVJAB_STATES)[number];

export const EVJAB_MOVES = ['submit', 'validate', 'return', 'reopen'] as const;
export type EvjabMove = (typeof EVJAB_MOVES)[number];

/** Who asks: the position's unit (or an administrator acting for it), the bureau, or anyone else. */
export type EvjabActor = 'unit' | 'bureau' | 'other';

interface MoveRule { from: readonly EvjabState[]; to: EvjabState; by: readonly EvjabActor[] }

export const EVJAB_MOVE_TABLE: Record<EvjabMove, MoveRule> = {
  submit: { from: ['draf', 'dikembalikan'], to: 'diajukan', by: ['unit'] },
  validate: { from: ['diajukan'], to: 'divalidasi', by: ['bureau'] },
  return: { from: ['diajukan'], to: 'dikembalikan', by: ['bureau'] },
  reopen: { from: ['divalidasi'], to: 'draf', by: ['unit'] },
};

export type MoveResult = { ok: true; to: EvjabState } | { ok: false; reason: 'not_allowed' | 'wrong_state' };

/** Whether `actor` may make `move` from `state`: the role is checked first (403), then the state (409). */
export function evjabMove(state: EvjabState, move: EvjabMove, actor: EvjabActor): MoveResult {
  const rule = EVJAB_MOVE_TABLE[move];
  if (!rule.by.includes(actor)) return { ok: false, reason: 'not_allowed' };
  if (!rule.from.includes(state)) return { ok: false, reason: 'wrong_state' };
  return { ok: true, to: rule.to };
}

/** The moves `actor` can make now, for the buttons. */
export function evjabMovesFor(state: EvjabState, actors: readonly EvjabActor[]): EvjabMove[] {
  return EVJAB_MOVES.filter((m) => actors.some((a) => evjabMove(state, m, a).ok));
}

/** The content may be changed (autosave) only in these states. */
export const isEditableState = (state: string) => state === 'draf' || state === 'dikembalikan';
