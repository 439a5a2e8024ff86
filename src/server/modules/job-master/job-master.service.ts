import type { Database, Tx } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, fieldError, notFound } from '../../http/errors.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { FactorSet } from '../../../domain/jabatan/master.ts';
import type { ReferenceList } from '../../../domain/jabatan/reference.ts';
import * as repo from './job-master.repo.ts';
import type {
  TJobMaster, TPutClasses, TPutCompetencies, TPutEjBands, TPutFactors, TPutReferences, TPutRequiredLevels, TPutRounding, TPutWorkingTime,
} from './job-master.schema.ts';

/** The year the current date falls in, by the calendar of Jakarta (WIB, UTC+7). */
export const currentYear = (now: Date) => new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();

const yearUnknown = (year: number) => new AppError(404, 'JOB_MASTER_YEAR_UNKNOWN', 'job_master_year_unknown', { year });

export function createJobMasterService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;

  /** The year asked for, or the latest year of validity not after today's. */
  async function resolveYear(year?: number): Promise<number> {
    if (year !== undefined) return year;
    const latest = await repo.latestYearUpTo(db, currentYear(clock()));
    if (latest === null) {
      const [oldest] = (await repo.listYears(db)).slice(-1);
      if (oldest === undefined) throw yearUnknown(currentYear(clock()));
      return oldest;
    }
    return latest;
  }

  async function get(actor: Actor | null, year?: number): Promise<TJobMaster> {
    const y = await resolveYear(year);
    const rows = await repo.loadMaster(db, y);
    if (!rows) throw yearUnknown(y);
    return { ...rows, years: await repo.listYears(db), actions: can(actor, 'jobMaster.update') ? ['update', 'copy'] : [] };
  }

  /**
   * One edit of a year: checks the version the edit was made on (409 with the current version otherwise), writes,
   * raises the year's version and records the audit entry, all in one transaction.
   */
  async function edit(actor: Actor, year: number, version: number, table: string, data: Record<string, unknown>, ip: string | undefined,
    write: (tx: Tx) => Promise<void>, values: Parameters<typeof repo.bumpYear>[3] = {}) {
    await db.transaction(async (tx) => {
      const head = await repo.getYear(tx, year, { lock: true });
      if (!head) throw yearUnknown(year);
      if (head.version !== version) throw conflict(year, head.version);
      await write(tx);
      if (!(await repo.bumpYear(tx, year, version, { ...values, updatedAt: clock() }))) throw conflict(year, head.version);
      await recordAudit(tx, { actorId: actor.id, action: 'jobMaster.update', entity: 'job_master', entityId: String(year), data: { table, ...data }, ip });
    });
    return get(actor, year);
  }

  return {
    get,
    resolveYear,

    updateWorkingTime(actor: Actor, year: number, input: TPutWorkingTime, ip?: string) {
      const { minutes: m } = input;
      return edit(actor, year, input.version, 'working-time', { minutes: m }, ip, async () => {}, {
        wkeHari: m.hari, wkeMinggu: m.minggu, wkeBulan: m.bulan, wkeTahun: m.tahun, wkeSource: input.source, wkeUnconfirmed: input.unconfirmed,
      });
    },

    updateRounding(actor: Actor, year: number, input: TPutRounding, ip?: string) {
      return edit(actor, year, input.version, 'rounding', { mode: input.mode }, ip, async () => {}, {
        rounding: input.mode, roundingSource: input.source, roundingUnconfirmed: input.unconfirmed,
      });
    },

    updateEjBands(actor: Actor, year: number, input: TPutEjBands, ip?: string) {
      return edit(actor, year, input.version, 'ej-bands', { count: input.bands.length }, ip, (tx) => repo.replaceBands(tx, year, input.bands));
    },

    updateFactors(actor: Actor, year: number, set: FactorSet, input: TPutFactors, ip?: string) {
      return edit(actor, year, input.version, `factors/${set}`, { count: input.factors.length }, ip, (tx) => repo.replaceFactors(tx, year, set, input.factors));
    },

    updateClasses(actor: Actor, year: number, input: TPutClasses, ip?: string) {
      return edit(actor, year, input.version, 'classes', { count: input.classes.length }, ip, (tx) => repo.replaceClasses(tx, year, input.classes));
    },

    updateCompetencies(actor: Actor, year: number, input: TPutCompetencies, ip?: string) {
      return edit(actor, year, input.version, 'competencies', { count: input.competencies.length }, ip, (tx) => repo.replaceCompetencies(tx, year, input.competencies));
    },

    updateReferences(actor: Actor, year: number, list: ReferenceList, input: TPutReferences, ip?: string) {
      return edit(actor, year, input.version, `references/${list}`, { count: input.items.length }, ip, (tx) => repo.replaceReferences(tx, year, list, input.items));
    },

    /** Every competency named must be in the year's dictionary (400 on the row otherwise). */
    updateRequiredLevels(actor: Actor, year: number, input: TPutRequiredLevels, ip?: string) {
      return edit(actor, year, input.version, 'required-levels', { count: input.levels.length }, ip, async (tx) => {
        const rows = await repo.loadMaster(tx, year);
        const known = new Set(rows?.competencies.map((c) => c.code) ?? []);
        const i = input.levels.findIndex((l) => !known.has(l.code));
        if (i >= 0) throw fieldError(400, 'JOB_COMPETENCY_UNKNOWN', `levels.${i}.code`, 'job_problem_competency_unknown', { code: input.levels[i].code, year });
        await repo.replaceRequiredLevels(tx, year, input.levels);
      });
    },

    /** Year N+1 as a copy of year N, to be changed without touching what was computed with N. */
    async copy(actor: Actor, year: number, ip?: string) {
      const to = year + 1;
      await db.transaction(async (tx) => {
        const from = await repo.loadMaster(tx, year);
        if (!from) throw yearUnknown(year);
        if (await repo.getYear(tx, to)) throw new AppError(409, 'JOB_MASTER_YEAR_EXISTS', 'job_master_year_exists', { year: to });
        await repo.copyYear(tx, from, to);
        await recordAudit(tx, { actorId: actor.id, action: 'jobMaster.copy', entity: 'job_master', entityId: String(to), data: { from: year }, ip });
      }).catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError(409, 'JOB_MASTER_YEAR_EXISTS', 'job_master_year_exists', { year: to });
        throw err;
      });
      return get(actor, to);
    },

    /** The computations' master data of a year; 404 when the year does not exist. */
    async domain(year: number) {
      const rows = await repo.loadMaster(db, year);
      if (!rows) throw notFound();
      return repo.toDomain(rows);
    },
  };
}

function conflict(year: number, version: number) {
  return new AppError(409, 'VERSION_CONFLICT', 'job_master_conflict', { year, version }, [], { current: { year, version } });
}

export type JobMasterService = ReturnType<typeof createJobMasterService>;
