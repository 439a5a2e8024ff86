import { describe, expect, it } from 'vitest';
import { ackProgress, addMonths, daysBetween, nextReviewAfterNoChange, reminderDue, reviewDueOn, reviewState } from './review.ts';
import { wibDate } from '../workflow/clock.ts';

describe('review dates', () => {
  it('adds whole months, clamping to the end of a shorter month and crossing years', () => {
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-05-31', 6)).toBe('2026-11-30');
    expect(reviewDueOn('2026-04-01', 24)).toBe('2028-04-01');
    expect(nextReviewAfterNoChange('2027-03-20', 12)).toBe('2028-03-20');
  });

  it('counts calendar days between WIB dates, across months and leap days', () => {
    expect(daysBetween('2026-11-28', '2026-12-28')).toBe(30);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
    // the WIB date of an instant late in the UTC evening is already the next day
    expect(daysBetween(wibDate(new Date('2026-11-27T17:30:00Z')), '2026-12-28')).toBe(30);
  });

  it('says how a review stands on a date', () => {
    expect(reviewState('2026-01-01', '2026-03-01')).toBe('ok');
    expect(reviewState('2026-01-30', '2026-03-01')).toBe('due_soon');
    expect(reviewState('2026-02-19', '2026-03-01')).toBe('due_very_soon');
    expect(reviewState('2026-03-01', '2026-03-01')).toBe('due_very_soon');
    expect(reviewState('2026-03-02', '2026-03-01')).toBe('overdue');
    expect(reviewState('2026-03-02', '2026-03-01', true)).toBe('new_version');
  });
});

describe('which reminder is due', () => {
  const due = '2026-12-31';
  it('30 days ahead, then 10 days ahead, then once past due; never twice', () => {
    expect(reminderDue('2026-11-30', due, [])).toBeNull();
    expect(reminderDue('2026-12-01', due, [])).toBe('30');
    expect(reminderDue('2026-12-02', due, ['30'])).toBeNull();
    expect(reminderDue('2026-12-21', due, ['30'])).toBe('10');
    expect(reminderDue('2026-12-22', due, ['30', '10'])).toBeNull();
    expect(reminderDue('2026-12-31', due, ['30', '10'])).toBeNull();
    expect(reminderDue('2027-01-01', due, ['30', '10'])).toBe('overdue');
    expect(reminderDue('2027-02-01', due, ['30', '10', 'overdue'])).toBeNull();
  });

  it('after missed days sends only the most urgent one, and none while a new version is drafted', () => {
    expect(reminderDue('2026-12-26', due, [])).toBe('10');
    expect(reminderDue('2026-12-27', due, ['10'])).toBeNull();
    expect(reminderDue('2027-01-05', due, [])).toBe('overdue');
    expect(reminderDue('2026-12-01', due, [], true)).toBeNull();
    expect(reminderDue('2027-01-05', due, [], true)).toBeNull();
  });
});

describe('acknowledgement progress', () => {
  it('counts the people asked per unit against who has acknowledged', () => {
    const asked = [
      { userId: 'a', unitId: 'u1' },
      { userId: 'b', unitId: 'u1' },
      { userId: 'c', unitId: 'u2' },
    ];
    expect(ackProgress(asked, ['a', 'x'])).toEqual({
      total: 3, acknowledged: 1, pending: 2, percent: 33,
      byUnit: [{ unitId: 'u1', total: 2, acknowledged: 1 }, { unitId: 'u2', total: 1, acknowledged: 0 }],
    });
    expect(ackProgress([], [])).toEqual({ total: 0, acknowledged: 0, pending: 0, percent: 0, byUnit: [] });
    expect(ackProgress(asked, ['a', 'b', 'c']).percent).toBe(100);
  });
});
