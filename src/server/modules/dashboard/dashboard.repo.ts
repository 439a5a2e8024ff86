import { and, asc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { requests, services, units } from '../../db/schema.ts';
import { OPEN_STATES } from '../../../domain/workflow/states.ts';
import { catalogueOrder } from '../monitoring/monitoring.repo.ts';

/** The first instant of a WIB year. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

/** Requests submitted in the WIB year. */
const submittedIn = (year: number): SQL =>
  and(isNotNull(requests.registrationNo), gte(requests.submittedAt, yearStart(year)), lt(requests.submittedAt, yearStart(year + 1)))!;

const count = sql<number>`count(*)::int`;
const overdueCount = sql<number>`(count(*) filter (where ${requests.overdue}))::int`;

export async function countsByState(db: Db, year: number) {
  return db.select({ state: requests.state, count }).from(requests).where(submittedIn(year)).groupBy(requests.state);
}

export async function openByStage(db: Db, year: number) {
  return db
    .select({ stage: sql<number>`${requests.stage}`, count, overdue: overdueCount })
    .from(requests)
    .where(and(submittedIn(year), inArray(requests.state, [...OPEN_STATES])))
    .groupBy(requests.stage);
}

/** Every active service (and any inactive one with requests), in catalogue order. */
export async function countsByService(db: Db, year: number) {
  return db
    .select({
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      count: sql<number>`count(${requests.id})::int`,
      overdue: sql<number>`(count(${requests.id}) filter (where ${requests.overdue}))::int`,
    })
    .from(services)
    .leftJoin(requests, and(eq(requests.serviceId, services.id), submittedIn(year)))
    .groupBy(services.id, services.code, services.name, services.nameEn, services.sortOrder, services.active)
    .having(sql`${services.active} or count(${requests.id}) > 0`)
    .orderBy(catalogueOrder, asc(services.sortOrder), asc(services.code));
}

export async function countsByUnit(db: Db, year: number) {
  return db
    .select({ unitId: units.id, code: units.code, name: units.name, count, overdue: overdueCount })
    .from(requests)
    .innerJoin(units, eq(units.id, requests.unitId))
    .where(submittedIn(year))
    .groupBy(units.id, units.code, units.name);
}

/**
 * Per stage, the sums of used and target working days (from the stored clock) of the requests that went
 * through it: they are past it, or completed.
 */
export async function stageSums(db: Db, year: number) {
  const { rows } = await db.execute<{ stage: number; usedSum: number; targetSum: number; count: number }>(sql`
    select (e->>'stage')::int as "stage", sum((e->>'usedDays')::int)::int as "usedSum", sum((e->>'targetDays')::int)::int as "targetSum", count(*)::int as "count"
    from ${requests} cross join lateral jsonb_array_elements(${requests.clockStages}) as e
    where ${submittedIn(year)} and (${requests.state} = 'selesai' or (e->>'stage')::int < ${requests.stage})
    group by 1`);
  return rows;
}

/** Completions per WIB month 'YYYY-MM' of the year. */
export async function completionsByMonth(db: Db, year: number) {
  const month = sql<string>`to_char((${requests.completedAt} at time zone 'UTC') + interval '7 hours', 'YYYY-MM')`;
  return db
    .select({ month, count })
    .from(requests)
    .where(and(eq(requests.state, 'selesai'), gte(requests.completedAt, yearStart(year)), lt(requests.completedAt, yearStart(year + 1))))
    .groupBy(month);
}
