import { describe, expect, it } from 'vitest';
import { EVJAB_MOVES, EVJAB_STATES, evjabMove, evjabMovesFor, isEditableState, type EvjabActor, type EvjabMove, type EvjabState } from './validation.ts';

/** Every move × state × actor, written out: the expected next state, or why not. */
const EXPECTED: Record<EvjabMove, Record<EvjabActor, Partial<Record<EvjabState, EvjabState>>>> = {
  submit: { unit: { draf: 'diajukan', dikembalikan: 'diajukan' }, bureau: {}, other: {} },
  validate: { unit: {}, bureau: { diajukan: 'divalidasi' }, other: {} },
  return: { unit: {}, bureau: { diajukan: 'dikembalikan' }, other: {} },
  reopen: { unit: { divalidasi: 'draf' }, bureau: {}, other: {} },
};
const ROLE_OK: Record<EvjabMove, EvjabActor[]> = { submit: ['unit'], validate: ['bureau'], return: ['bureau'], reopen: ['unit'] };

describe('Evjab validation moves', () => {
  for (const move of EVJAB_MOVES) {
    for (const actor of ['unit', 'bureau', 'other'] as const) {
      for (const state of EVJAB_STATES) {
        const to = EXPECTED[move][actor][state];
        it(`${move} by ${actor} from ${state} → ${to ?? 'refused'}`, () => {
          const result = evjabMove(state, move, actor);
          if (to) expect(result).toEqual({ ok: true, to });
          else expect(result).toEqual({ ok: false, reason: ROLE_OK[move].includes(actor) ? 'wrong_state' : 'not_allowed' });
        });
      }
    }
  }

  it('offers the buttons each actor may press now', () => {
    expect(evjabMovesFor('draf', ['unit'])).toEqual(['submit']);
    expect(evjabMovesFor('diajukan', ['unit'])).toEqual([]);
    expect(evjabMovesFor('diajukan', ['bureau'])).toEqual(['validate', 'return']);
    expect(evjabMovesFor('divalidasi', ['unit', 'bureau'])).toEqual(['reopen']);
    expect(evjabMovesFor('dikembalikan', ['unit'])).toEqual(['submit']);
  });

  it('keeps a submitted or validated Evjab read-only', () => {
    expect(EVJAB_STATES.filter(isEditableState)).toEqual(['draf', 'dikembalikan']);
  });
});
