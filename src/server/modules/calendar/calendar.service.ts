import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './calendar.repo.ts';
import type { TCreateHoliday, THoliday, TUpdateHoliday } from './calendar.schema.ts';

/** The holiday calendar that the service-standard clock counts working days with. */
export function createCalendarService({ database }: { database: Database }) {
  const { db } = database;
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
      return get(actor, id);
    },

    async update(actor: Actor, id: string, input: TUpdateHoliday, ip?: string) {
      const { version, ...changes } = input;
      await db
        .transaction(async (tx) => {
          const current = await repo.getHoliday(tx, id);
          if (!current) throw notFound();
          if (!(await repo.updateHoliday(tx, id, version, changes))) throw versionConflict(present(actor, current));
          await recordAudit(tx, { actorId: actor.id, action: 'holiday.update', entity: 'holiday', entityId: id, data: { from: current, to: changes }, ip });
        })
        .catch(dateTaken(() => changes.date));
      return get(actor, id);
    },

    /** A wrongly entered holiday may simply go; the audit log keeps what it was. */
    async remove(actor: Actor, id: string, ip?: string) {
      await db.transaction(async (tx) => {
        const current = await repo.getHoliday(tx, id);
        if (!current) throw notFound();
        await repo.deleteHoliday(tx, id);
        await recordAudit(tx, { actorId: actor.id, action: 'holiday.delete', entity: 'holiday', entityId: id, data: current, ip });
      });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
