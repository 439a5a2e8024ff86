import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTIONS, TRANSITIONS } from '../../../domain/workflow/transitions.ts';
import { en } from '../../i18n/en.ts';
import { id } from '../../i18n/id.ts';
import { actionBody, actionHintKey, actionLabelKey, BUTTON_ACTIONS, buttonActions, checkActionInput, didKey, dialogFor, REASON_MAX } from './actions.ts';

describe('action buttons', () => {
  it('offer every workflow move but the comment (which has its own form), each labelled, explained and with a history line', () => {
    expect([...BUTTON_ACTIONS].sort()).toEqual(WORKFLOW_ACTIONS.filter((a) => a !== 'comment').sort());
    for (const a of BUTTON_ACTIONS) {
      for (const key of [actionLabelKey(a), actionHintKey(a), didKey(a)]) {
        expect(id[key as keyof typeof id], key).toBeTruthy();
        expect(en[key as keyof typeof en], key).toBeTruthy();
      }
    }
  });

  it('show only what the server lists, in button order, leaving edit, upload and comment to their own places', () => {
    expect(buttonActions(['comment', 'withdraw', 'edit', 'upload', 'submit'])).toEqual(['submit', 'withdraw']);
    expect(buttonActions(['reject', 'assign', 'hold', 'request_revision'])).toEqual(['assign', 'request_revision', 'hold', 'reject']);
    expect(buttonActions([])).toEqual([]);
    expect(buttonActions(['something_new'])).toEqual([]);
  });
});

describe('action dialogs', () => {
  it('ask a reason exactly where the transition table needs one', () => {
    for (const a of BUTTON_ACTIONS) {
      expect(dialogFor(a).reason === 'required', a).toBe(TRANSITIONS[a].needs === 'reason');
      expect(dialogFor(a).verifiers, a).toBe(TRANSITIONS[a].needs === 'verifiers');
    }
  });

  it('mark the closing moves as dangerous', () => {
    expect(dialogFor('reject').tone).toBe('danger');
    expect(dialogFor('withdraw').tone).toBe('danger');
    expect(dialogFor('request_revision').tone).toBe('warning');
    expect(dialogFor('approve_plan').tone).toBe('primary');
  });

  it('check the input as the server does', () => {
    expect(checkActionInput('reject', '   ', [])).toEqual({ reason: 'req.dialog.reasonRequired' });
    expect(checkActionInput('reject', 'Tidak sesuai ketentuan', [])).toEqual({});
    expect(checkActionInput('withdraw', '', [])).toEqual({});
    expect(checkActionInput('hold', 'x'.repeat(REASON_MAX + 1), [])).toEqual({ reason: 'req.dialog.reasonTooLong' });
    expect(checkActionInput('assign', '', [])).toEqual({ verifierIds: 'req.dialog.verifiersRequired' });
    expect(checkActionInput('assign', '', ['v1'])).toEqual({});
  });

  it('send the version read, a trimmed reason only when given, and verifikator only for an assignment', () => {
    expect(actionBody('submit', 3, '  ', [])).toEqual({ version: 3 });
    expect(actionBody('reject', 4, '  Tidak lengkap \n', [])).toEqual({ version: 4, reason: 'Tidak lengkap' });
    expect(actionBody('assign', 5, '', ['a', 'b', 'a'])).toEqual({ version: 5, verifierIds: ['a', 'b'] });
    expect(actionBody('advance', 6, '', ['a'])).toEqual({ version: 6 });
  });
});
