import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './calendar.repo.ts';
import type { TCreateHoliday, THoliday, TUpdateHoliday } from './calendar.schema.ts';

/** The holiday calendar that the service-standard clock counts working days with. */
export function createCalendarService({ database, refreshClocks }: { database: Database; refreshClocks?: (opts: { since?: Date }) => Promise<number> }) {
  const { db } = database;
  /** The stored clocks of the monitoring table counted the old calendar: recount those it touches (from the earliest date changed). */
  const recount = async (...dates: (string | undefined)[]) => {
    const earliest = dates.filter((d): d is string => d !== undefined).sort()[0];
    if (earliest && refreshClocks) await refreshClocks({ since: new Date(`${earliest}T00:00:00+07:00`) });
  };
  const present = (actor: Actor | null, row: repo.HolidayRow): THoliday => ({
    ...row,
    actions: itemActions(actor, 'holiday', { id: row.id, active: true }),
  });
  const dateTaken = (date: () => string | undefined) => (err: unknown) => {
    if (isUniqueViolation(err)) throw fieldError(409, 'HOLIDAY_DATE_TAKEN', 'date', 'holiday_date_taken', { date: date() ?? '' });
    throw err;
  };
  async function get(actor: Actor | null, id: string) {
    const row = await repo.getHoliday(db, id);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    async list(actor: Actor, q: { year?: number }) {
      const rows = await repo.listHolidays(db, q.year);
      return { items: rows.map((r) => present(actor, r)), actions: collectionActions(actor, 'holiday') };
    },

    async create(actor: Actor, input: TCreateHoliday, ip?: string) {
      const id = await db
        .transaction(async (tx) => {
          const newId = await repo.insertHoliday(tx, input);
          await recordAudit(tx, { actorId: actor.id, action: 'holiday.create', entity: 'holiday', entityId: newId, data: input, ip });
          return newId;
        })
        .catch(dateTaken(() => input.date));
      await recount(input.date);
      return get(actor, id);
    },

    async update(actor: Actor, id: string, input: TUpdateHoliday, ip?: string) {
      const { version, ...changes } = input;
      const previous = await db
        .transaction(async (tx) => {
          const current = await repo.getHoliday(tx, id);
          if (!current) throw notFound();
          if (!(await repo.updateHoliday(tx, id, version, changes))) throw versionConflict(present(actor, current));
          await recordAudit(tx, { actorId: actor.id, action: 'holiday.update', entity: 'holiday', entityId: id, data: { from: current, to: changes }, ip });
          return current;
        })
        .catch(dateTaken(() => changes.date));
      if (changes.date !== undefined && changes.date !== previous.date) await recount(previous.date, changes.date);
      return get(actor, id);
    },

    /** A wrongly entered holiday may simply go; the audit log keeps what it was. */
    async remove(actor: Actor, id: string, ip?: string) {
      const removed = await db.transaction(async (tx) => {
        const current = await repo.getHoliday(tx, id);
        if (!current) throw notFound();
        await repo.deleteHoliday(tx, id);
        await recordAudit(tx, { actorId: actor.id, action: 'holiday.delete', entity: 'holiday', entityId: id, data: current, ip });
        return current;
      });
      await recount(removed.date);
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
