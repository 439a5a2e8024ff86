import type { Database } from '../../db/open.ts';
import { notFound } from '../../http/errors.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { wibDay } from '../../../domain/monev/monev.ts';
import { roundReport, sopReport, unitReport, type ReportCriterion } from '../../../domain/monev/report.ts';
import * as monevRepo from '../monev/monev.repo.ts';
import { renderMonevExport, roundExport, sopExport, unitExport, type MonevExportFormat } from './monev-reports.export.ts';
import * as repo from './monev-reports.repo.ts';
import type { TReportOptions, TRoundReport, TSopReport, TUnitReport } from './monev-reports.schema.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The reports of monitoring and evaluation: per round, per unit across rounds, per SOP over time, as JSON, a
 * workbook and a PDF. Read rule (`monevReport.read`): the bureau every unit; a unit's users only their own unit
 * (another unit's round, unit or SOP answers 404, as if it did not exist).
 */
export function createMonevReportsService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;
  const today = () => wibDay(clock());
  /** Without a unit the rule answers for every unit: the bureau. */
  const everyUnit = (actor: Actor) => can(actor, 'monevReport.read');
  const mayRead = (actor: Actor, unitId: string) => can(actor, 'monevReport.read', { unitId });

  async function criteria(): Promise<ReportCriterion[]> {
    return (await monevRepo.listCriteria(db, true)).map((c) => ({ id: c.id, ordinal: c.ordinal, textId: c.textId, textEn: c.textEn, unconfirmed: c.unconfirmed }));
  }

  async function round(actor: Actor, id: string): Promise<TRoundReport> {
    const r = await monevRepo.getRound(db, id);
    if (!r) throw notFound();
    let unitId: string | undefined;
    if (!everyUnit(actor)) {
      const own = await monevRepo.getRoundUnit(db, id, actor.unitId);
      if (!own || !mayRead(actor, actor.unitId)) throw notFound();
      unitId = actor.unitId;
    }
    const [units, rows, list] = await Promise.all([monevRepo.roundUnits(db, id, unitId), monevRepo.listAssessments(db, id, unitId), criteria()]);
    const assessments = rows.map(repo.reportRowOf);
    const day = today();
    return {
      ...roundReport({
        round: repo.reportRoundOf(r),
        units: units.map((u) => ({ unitId: u.unitId, code: u.code, name: u.name, submittedAt: iso(u.submittedAt) })),
        rows: assessments,
        criteria: list,
        today: day,
      }),
      today: day,
    };
  }

  async function unitParts(actor: Actor, unitId: string) {
    const unit = await repo.getUnit(db, unitId);
    if (!unit || !mayRead(actor, unitId)) throw notFound();
    const [rounds, rows, list] = await Promise.all([repo.roundsOfUnit(db, unitId), repo.rowsOfUnit(db, unitId), criteria()]);
    return { unit, rounds, rows, criteria: list, today: today() };
  }

  function unitOf(p: Awaited<ReturnType<typeof unitParts>>): TUnitReport {
    return {
      unit: p.unit,
      today: p.today,
      ...unitReport({ rounds: p.rounds.map((x) => ({ ...repo.reportRoundOf(x.round), submittedAt: iso(x.submittedAt) })), rows: p.rows, criteria: p.criteria, today: p.today }),
    };
  }

  async function sop(actor: Actor, sopId: string): Promise<TSopReport> {
    const s = await repo.getSop(db, sopId);
    if (!s || !mayRead(actor, s.unitId)) throw notFound();
    const [rows, list] = await Promise.all([repo.rowsOfSop(db, sopId), criteria()]);
    const rounds = await repo.roundsById(db, [...new Set(rows.map((r) => r.roundId))]);
    const report = sopReport({ rounds: rounds.map(repo.reportRoundOf), rows, criteria: list });
    const latest = [...rows].sort((a, b) => b.sopVersion - a.sopVersion)[0];
    return {
      sop: { id: s.id, title: latest?.title ?? s.title, number: latest?.number ?? s.number, unit: { id: s.unitId, code: s.unitCode, name: s.unitName } },
      ...report,
    };
  }

  return {
    round,
    unit: async (actor: Actor, unitId: string) => unitOf(await unitParts(actor, unitId)),
    sop,

    /** What the report pickers offer the caller. */
    async options(actor: Actor): Promise<TReportOptions> {
      const o = await repo.options(db, everyUnit(actor) ? undefined : actor.unitId);
      return { rounds: o.rounds.map(repo.reportRoundOf), units: o.units, sops: o.sops };
    },

    async exportRound(actor: Actor, id: string, format: MonevExportFormat) {
      return renderMonevExport(roundExport(await round(actor, id), clock()), format);
    },

    async exportUnit(actor: Actor, unitId: string, format: MonevExportFormat) {
      const p = await unitParts(actor, unitId);
      const report = unitOf(p);
      // Table 7 of each round: the round report restricted to this unit.
      const perRound = p.rounds.map((x) => {
        const r = roundReport({
          round: repo.reportRoundOf(x.round),
          units: [{ unitId, code: p.unit.code, name: p.unit.name, submittedAt: iso(x.submittedAt) }],
          rows: p.rows.filter((row) => row.roundId === x.round.id),
          criteria: p.criteria,
          today: p.today,
        });
        return { roundId: x.round.id, sops: r.units[0]?.sops ?? [] };
      });
      return renderMonevExport(unitExport(report, perRound, clock()), format);
    },

    async exportSop(actor: Actor, sopId: string, format: MonevExportFormat) {
      return renderMonevExport(sopExport(await sop(actor, sopId), today(), clock()), format);
    },
  };
}

export type MonevReportsService = ReturnType<typeof createMonevReportsService>;
