import { describe, expect, it } from 'vitest';
import {
  criteriaAnsweredNo, currentHalfYear, daysBetween, evaluationSummary, isComplete, isLate, missingFields, remindersDue, roundDateProblems, unitProgress,
  unitSummary, wibDay, type AssessmentFields,
} from './monev.ts';

const IDS = ['K1', 'K2', 'K3'];
const full = (over: Partial<AssessmentFields> = {}): AssessmentFields => ({
  assessment: 'berjalan_baik',
  notes: 'Berjalan sesuai alur.',
  action: '',
  assessorName: 'Budi',
  assessorPosition: 'Kepala Bagian',
  methods: ['observasi'],
  criteria: { K1: true, K2: true, K3: false },
  ...over,
});
const empty: AssessmentFields = { assessment: null, notes: '', action: '', assessorName: '', assessorPosition: '', methods: [], criteria: {} };

describe('completeness of one SOP row', () => {
  it('lists every missing field and each unanswered criterion', () => {
    expect(missingFields(empty, IDS)).toEqual(['assessment', 'notes', 'assessorName', 'assessorPosition', 'methods', 'criteria.K1', 'criteria.K2', 'criteria.K3']);
    expect(isComplete(full(), IDS)).toBe(true);
  });

  it('requires the action to take only for an SOP that does not work well', () => {
    expect(missingFields(full({ assessment: 'tidak_berjalan_baik' }), IDS)).toEqual(['action']);
    expect(isComplete(full({ assessment: 'tidak_berjalan_baik', action: 'Revisi alur.' }), IDS)).toBe(true);
  });

  it('ignores blank text, unknown methods, and answers to criteria that are not active', () => {
    expect(missingFields(full({ notes: '   ', methods: ['lain'] }), IDS)).toEqual(['notes', 'methods']);
    expect(missingFields(full({ criteria: { K1: true, K2: false, K3: true, K9: true } }), IDS)).toEqual([]);
    expect(missingFields(full({ criteria: { K1: true, K2: false } }), IDS)).toEqual(['criteria.K3']);
  });
});

describe('evaluation summary', () => {
  it('counts yes over answered, with a rounded percentage (app convention) or null when nothing is answered', () => {
    expect(evaluationSummary({ K1: true, K2: true, K3: false }, IDS)).toEqual({ yes: 2, no: 1, answered: 3, total: 3, percentYes: 67 });
    expect(evaluationSummary({ K1: false }, IDS)).toEqual({ yes: 0, no: 1, answered: 1, total: 3, percentYes: 0 });
    expect(evaluationSummary({}, IDS).percentYes).toBeNull();
    expect(evaluationSummary({ K9: true }, IDS).answered).toBe(0);
  });

  it('names the criteria answered no, in the order of the list', () => {
    expect(criteriaAnsweredNo({ K3: false, K1: false, K2: true }, IDS)).toEqual(['K1', 'K3']);
  });

  it('sums a unit: complete rows, working and not working, criteria overall', () => {
    const s = unitSummary([full(), full({ assessment: 'tidak_berjalan_baik', criteria: { K1: false, K2: false, K3: false } }), empty], IDS);
    expect(s).toEqual({ total: 3, complete: 1, working: 1, notWorking: 1, yes: 2, answered: 6, percentYes: 33 });
    expect(unitSummary([], IDS)).toEqual({ total: 0, complete: 0, working: 0, notWorking: 0, yes: 0, answered: 0, percentYes: null });
  });
});

describe('dates, lateness and reminders', () => {
  it('takes the WIB calendar day: 17:00 UTC is already the next day in Jakarta', () => {
    expect(wibDay(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(wibDay(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });

  it('defaults the period to the current half-year', () => {
    expect(currentHalfYear('2026-03-15')).toEqual({ start: '2026-01-01', end: '2026-06-30', half: 1, year: 2026 });
    expect(currentHalfYear('2026-07-01')).toEqual({ start: '2026-07-01', end: '2026-12-31', half: 2, year: 2026 });
  });

  it('refuses a period running backwards, a deadline before the period or in the past', () => {
    expect(roundDateProblems({ periodStart: '2026-07-01', periodEnd: '2026-06-30', deadline: '2026-08-01' }, '2026-07-10')).toEqual([{ field: 'periodEnd', code: 'period_order' }]);
    expect(roundDateProblems({ periodStart: '2026-07-01', periodEnd: '2026-12-31', deadline: '2026-06-01' }, '2026-05-01')).toEqual([{ field: 'deadline', code: 'deadline_before_start' }]);
    expect(roundDateProblems({ periodStart: '2026-07-01', periodEnd: '2026-12-31', deadline: '2026-07-09' }, '2026-07-10')).toEqual([{ field: 'deadline', code: 'deadline_past' }]);
    expect(roundDateProblems({ periodStart: '2026-07-01', periodEnd: '2026-12-31', deadline: '2026-07-10' }, '2026-07-10')).toEqual([]);
  });

  it('makes a unit late only after the deadline day has ended, and never once submitted', () => {
    expect(isLate('2026-07-10', '2026-07-10', false)).toBe(false);
    expect(isLate('2026-07-10', '2026-07-11', false)).toBe(true);
    expect(isLate('2026-07-10', '2026-07-11', true)).toBe(false);
    expect(unitProgress([full(), empty], IDS, { deadline: '2026-07-10', today: '2026-07-11', submitted: false })).toEqual({ assessed: 1, total: 2, submitted: false, late: true });
  });

  it('reminds on the configured days before the deadline, daily once late, never after submitting', () => {
    const at = (today: string, submitted = false) => remindersDue({ today, deadline: '2026-07-10', daysBefore: [7, 1], submitted });
    expect(daysBetween('2026-07-03', '2026-07-10')).toBe(7);
    expect(at('2026-07-03')).toEqual(['before_deadline']);
    expect(at('2026-07-04')).toEqual([]);
    expect(at('2026-07-09')).toEqual(['before_deadline']);
    expect(at('2026-07-10')).toEqual([]);
    expect(at('2026-07-11')).toEqual(['late']);
    expect(at('2026-07-20')).toEqual(['late']);
    expect(at('2026-07-03', true)).toEqual([]);
    expect(at('2026-07-11', true)).toEqual([]);
  });
});
