import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { holidays } from '../../db/schema.ts';

export type HolidayRow = { id: string; date: string; name: string; version: number };
const columns = { id: holidays.id, date: holidays.date, name: holidays.name, version: holidays.version };

export async function listHolidays(db: Db, year?: number): Promise<HolidayRow[]> {
  return db.select(columns).from(holidays).where(year ? like(holidays.date, `${year}-%`) : undefined).orderBy(asc(holidays.date));
}

/** Every holiday date, for the service-standard clock. */
export async function holidayDates(db: Db | Tx): Promise<string[]> {
  const rows = await db.select({ date: holidays.date }).from(holidays);
  return rows.map((r) => r.date);
}

export async function getHoliday(db: Db | Tx, id: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select(columns).from(holidays).where(eq(holidays.id, id));
  return row;
}

export async function insertHoliday(tx: Tx, values: { date: string; name: string }): Promise<string> {
  const [row] = await tx.insert(holidays).values(values).returning({ id: holidays.id });
  return row.id;
}

export async function updateHoliday(tx: Tx, id: string, version: number, values: Partial<{ date: string; name: string }>): Promise<boolean> {
  const rows = await tx
    .update(holidays)
    .set({ ...values, version: sql`${holidays.version} + 1`, updatedAt: new Date() })
    .where(and(eq(holidays.id, id), eq(holidays.version, version)))
    .returning({ id: holidays.id });
  return rows.length === 1;
}

export async function deleteHoliday(tx: Tx, id: string): Promise<void> {
  await tx.delete(holidays).where(eq(holidays.id, id));
}
