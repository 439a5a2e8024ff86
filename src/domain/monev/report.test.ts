import { describe, expect, it } from 'vitest';
import { criterionTallies, roundReport, sopReport, trendOf, unitReport, type ReportCriterion, type ReportRound, type ReportRow } from './report.ts';

const criteria: ReportCriterion[] = [
  { id: 'K2', ordinal: 2, textId: 'Mudah dipahami', textEn: 'Easy to understand', unconfirmed: false },
  { id: 'K1', ordinal: 1, textId: 'Mampu mendorong peningkatan kinerja', textEn: 'Drives performance', unconfirmed: false },
];

const round = (id: string, periodStart: string, deadline = '2026-07-10'): ReportRound => ({ id, title: `Monev ${id}`, periodStart, periodEnd: periodStart.replace(/-\d\d-\d\d$/, '-12-31'), deadline, status: 'open' });

let n = 0;
const row = (over: Partial<ReportRow>): ReportRow => ({
  id: `a${++n}`, roundId: 'r1', unitId: 'u1', registryId: `g${n}`, sopId: 's1', sopVersion: 2, title: 'SOP', number: '001/SOP', revisionRequestId: null,
  assessment: 'berjalan_baik', notes: 'baik', action: '', assessorName: 'Budi', assessorPosition: 'Kepala', methods: ['observasi'], criteria: { K1: true, K2: true },
  ...over,
});

describe('roundReport', () => {
  it('orders units by code and SOPs by number, numbers the rows, counts progress, lateness, working and not working and % Ya', () => {
    const r = roundReport({
      round: round('r1', '2026-07-01'),
      units: [
        { unitId: 'u2', code: 'B', name: 'Unit B', submittedAt: null },
        { unitId: 'u1', code: 'A', name: 'Unit A', submittedAt: '2026-07-05T00:00:00Z' },
      ],
      rows: [
        row({ unitId: 'u1', sopId: 's2', number: '010/SOP', title: 'Kedua', assessment: 'tidak_berjalan_baik', action: 'Revisi', criteria: { K1: false, K2: true } }),
        row({ unitId: 'u1', sopId: 's1', number: '002/SOP', title: 'Pertama' }),
        row({ unitId: 'u2', sopId: 's3', assessment: null, notes: '', criteria: { K1: true } }),
      ],
      criteria,
      today: '2026-07-11',
    });
    expect(r.criteria.map((c) => c.id)).toEqual(['K1', 'K2']);
    expect(r.units.map((u) => u.code)).toEqual(['A', 'B']);
    const [a, b] = r.units;
    expect(a.sops.map((s) => [s.no, s.number])).toEqual([[1, '002/SOP'], [2, '010/SOP']]);
    expect(a.progress).toEqual({ assessed: 2, total: 2, submitted: true, late: false });
    expect(a.summary).toMatchObject({ working: 1, notWorking: 1, yes: 3, answered: 4, percentYes: 75 });
    expect(a.criteria).toEqual([{ id: 'K1', yes: 1, no: 1, percentYes: 50 }, { id: 'K2', yes: 2, no: 0, percentYes: 100 }]);
    expect(a.sops[1].evaluation).toMatchObject({ yes: 1, no: 1, percentYes: 50 });
    expect(b.progress).toEqual({ assessed: 0, total: 1, submitted: false, late: true });
    expect(r.totals).toEqual({ units: 2, submitted: 1, late: 1, sops: 3, assessed: 2, working: 1, notWorking: 1, unassessed: 1, percentYes: 80 });
  });

  it('is not late on the deadline day itself, and has no % Ya when nothing is answered', () => {
    const r = roundReport({ round: round('r1', '2026-07-01'), units: [{ unitId: 'u1', code: 'A', name: 'A', submittedAt: null }], rows: [row({ criteria: {} })], criteria, today: '2026-07-10' });
    expect(r.units[0].progress.late).toBe(false);
    expect(r.totals.percentYes).toBeNull();
  });
});

describe('criterionTallies and trendOf', () => {
  it('counts yes and no per criterion, ignoring unanswered', () => {
    expect(criterionTallies([{ criteria: { K1: true } }, { criteria: {} }], criteria)).toEqual([{ id: 'K2', yes: 0, no: 0, percentYes: null }, { id: 'K1', yes: 1, no: 0, percentYes: 100 }]);
  });
  it('compares two figures', () => {
    expect([trendOf(50, 75), trendOf(75, 50), trendOf(60, 60), trendOf(null, 60), trendOf(60, undefined)]).toEqual(['up', 'down', 'same', null, null]);
  });
});

describe('unitReport', () => {
  it('puts rounds oldest first as columns, one line per SOP over its versions, with trends', () => {
    const rounds = [{ ...round('r2', '2026-07-01'), submittedAt: null }, { ...round('r1', '2026-01-01'), submittedAt: '2026-01-09T00:00:00Z' }];
    const rep = unitReport({
      rounds,
      rows: [
        row({ roundId: 'r1', sopId: 's1', sopVersion: 2, number: '001/SOP', title: 'Lama', criteria: { K1: false, K2: true } }),
        row({ roundId: 'r2', sopId: 's1', sopVersion: 3, number: '001/SOP/R1', title: 'Baru', criteria: { K1: true, K2: true } }),
        row({ roundId: 'r2', sopId: 's9', number: '000/SOP', title: 'Lain' }),
      ],
      criteria,
      today: '2026-12-01',
    });
    expect(rep.rounds.map((r) => r.round.id)).toEqual(['r1', 'r2']);
    expect(rep.rounds.map((r) => [r.summary.percentYes, r.trend, r.late])).toEqual([[50, null, false], [100, 'up', true]]);
    expect(rep.rounds[0].criteria).toEqual([{ id: 'K1', yes: 0, no: 1, percentYes: 0 }, { id: 'K2', yes: 1, no: 0, percentYes: 100 }]);
    expect(rep.rounds[1].criteria.map((c) => c.yes)).toEqual([2, 2]);
    expect(rep.sops.map((s) => s.sopId)).toEqual(['s9', 's1']);
    const s1 = rep.sops[1];
    expect(s1).toMatchObject({ title: 'Baru', number: '001/SOP/R1', trend: 'up' });
    expect(s1.cells.map((c) => c?.sopVersion)).toEqual([2, 3]);
    expect(rep.sops[0].cells[0]).toBeNull();
  });
});

describe('sopReport', () => {
  it('lists the SOP over rounds, marks a new version and the revision request', () => {
    const rep = sopReport({
      rounds: [round('r2', '2026-07-01'), round('r1', '2026-01-01')],
      rows: [
        row({ roundId: 'r2', sopVersion: 3, criteria: { K1: true, K2: true } }),
        row({ roundId: 'r1', sopVersion: 2, assessment: 'tidak_berjalan_baik', revisionRequestId: 'req1', criteria: { K1: false, K2: false } }),
      ],
      criteria,
    });
    expect(rep.entries.map((e) => [e.round.id, e.sopVersion, e.newVersion, e.revisionRequestId, e.evaluation.percentYes, e.trend])).toEqual([
      ['r1', 2, false, 'req1', 0, null],
      ['r2', 3, true, null, 100, 'up'],
    ]);
  });
});
