import { and, asc, eq, gte, inArray, isNotNull, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { requestSearchWords, requestTransitions, requests, services, units } from '../../db/schema.ts';
import { searchPlan as textSearchPlan, type SearchPlan } from '../../db/text-search.ts';
import type { MonitoringSort } from './monitoring.schema.ts';

const rowColumns = {
  id: requests.id,
  registrationNo: requests.registrationNo,
  documentNumber: requests.documentNumber,
  revisi: requests.revisi,
  tglRevisi: requests.tglRevisi,
  title: requests.title,
  serviceCode: services.code,
  serviceName: services.name,
  serviceNameEn: services.nameEn,
  state: requests.state,
  stage: requests.stage,
  submittedAt: requests.submittedAt,
  completedAt: requests.completedAt,
  unitId: requests.unitId,
  unitCode: units.code,
  unitName: units.name,
  daysUsed: requests.daysUsed,
  targetDays: requests.targetDays,
  overdue: requests.overdue,
};

export interface MonitoringRow {
  id: string;
  registrationNo: number;
  documentNumber: string | null;
  revisi: number;
  tglRevisi: Date | null;
  title: string;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  state: string;
  stage: number | null;
  submittedAt: Date;
  completedAt: Date | null;
  unitId: string;
  unitCode: string;
  unitName: string;
  daysUsed: number;
  targetDays: number;
  overdue: boolean;
}

export interface MonitoringFilter {
  search?: SearchPlan;
  serviceCode?: string;
  state?: string;
  stage?: number;
  unitId?: string;
  year?: number;
  overdue?: boolean;
}

export interface MonitoringOrder {
  sort?: MonitoringSort;
  dir?: 'asc' | 'desc';
}

/** The monitoring search over the requests' title, number and unit (see db/text-search.ts). */
export const searchPlan = (db: Db, q: string) =>
  textSearchPlan(db, q, { vector: requests.searchVector, text: requests.searchText, words: requestSearchWords });

/** The first instant of a WIB year. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

function whereOf(f: MonitoringFilter): SQL {
  return and(
    isNotNull(requests.registrationNo),
    f.search?.match,
    f.serviceCode ? eq(requests.serviceId, sql`(select ${services.id} from ${services} where lower(${services.code}) = ${f.serviceCode.toLowerCase()})`) : undefined,
    f.state ? eq(requests.state, f.state) : undefined,
    f.stage ? eq(requests.stage, f.stage) : undefined,
    f.unitId ? eq(requests.unitId, f.unitId) : undefined,
    f.year ? and(gte(requests.submittedAt, yearStart(f.year)), lt(requests.submittedAt, yearStart(f.year + 1))) : undefined,
    f.overdue === undefined ? undefined : eq(requests.overdue, f.overdue),
  )!;
}

/** Text sorts by byte order of the lower-cased text, the same on every database whatever its collation. */
const textKey = (column: AnyColumn) => sql`lower(${column}) collate "C"`;

const SORT_KEYS: Record<MonitoringSort, { key: AnyColumn | SQL; nullable?: boolean; unique?: boolean }> = {
  registrationNo: { key: requests.registrationNo, unique: true },
  documentNumber: { key: sql`${requests.documentNumber} collate "C"`, nullable: true },
  revisi: { key: requests.revisi },
  tglRevisi: { key: requests.tglRevisi, nullable: true },
  title: { key: textKey(requests.title) },
  // by the rank of the service's name among the (few) services, computed once per query
  service: { key: sql`array_position((select array_agg(s.id order by lower(s.name) collate "C", s.id) from ${services} s), ${requests.serviceId})` },
  state: { key: sql`${requests.state} collate "C"` },
  stage: { key: requests.stage },
  completedAt: { key: requests.completedAt, nullable: true },
  unit: { key: textKey(requests.unitLabel) },
  daysUsed: { key: requests.daysUsed },
  submittedAt: { key: requests.submittedAt },
};

/**
 * A total order: the chosen column, rows without a value last in either direction, then the id. Without a chosen
 * column, the best matches of a search first (`relevance`), else the newest No. Urut.
 */
function orderOf(o: MonitoringOrder, relevance: SearchPlan | undefined): SQL[] {
  if (!o.sort && relevance) return [sql`${relevance.rank} desc`, sql`${requests.registrationNo} desc`];
  const sort = o.sort ?? 'registrationNo';
  const dir = sql.raw(o.dir ?? (o.sort ? 'asc' : 'desc'));
  const { key, nullable, unique } = SORT_KEYS[sort];
  return [sql`${key} ${dir}${nullable ? sql` nulls last` : sql``}`, ...(unique ? [] : [sql`${requests.id} ${dir}`])];
}

/** Counting stops here: past it, the table says "more than". */
export const COUNT_CAP = 10_000;
/**
 * A search counts up to here only, and is ordered by relevance only when it finds at most this many rows; a broader
 * one (a word in nearly every title) lists the newest first. Neither needs to score or count every match.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** How many rows match, counting no further than `cap` + 1. */
async function countMatching(db: Db, where: SQL, cap: number): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from ${requests} where ${where} limit ${cap + 1}) as matching`);
  return rows[0].n;
}

/** A page: the ids in order first (narrow rows, often straight from an index), then their rows. */
async function pageOf(db: Db, where: SQL, order: SQL[], limit: number, offset: number): Promise<MonitoringRow[]> {
  const ids = await db.select({ id: requests.id }).from(requests).where(where).orderBy(...order).limit(limit).offset(offset);
  const rows = new Map((await rowsByIds(db, ids.map((r) => r.id))).map((r) => [r.id, r]));
  return ids.flatMap((r) => rows.get(r.id) ?? []);
}

export async function listMonitoring(db: Db, f: MonitoringFilter, o: MonitoringOrder, page: { limit: number; offset: number }) {
  const where = whereOf(f);
  const cap = f.search ? SEARCH_COUNT_CAP : COUNT_CAP;
  let items: MonitoringRow[];
  let n: number;
  if (f.search && !o.sort) {
    n = await countMatching(db, where, cap);
    items = await pageOf(db, where, orderOf(o, n <= SEARCH_COUNT_CAP ? f.search : undefined), page.limit, page.offset);
  } else {
    [items, n] = await Promise.all([pageOf(db, where, orderOf(o, undefined), page.limit, page.offset), countMatching(db, where, cap)]);
  }
  return { items, total: Math.min(n, cap), totalCapped: n > cap };
}

/** The ids of every matching row in table order, at most `limit` (for the export). */
export async function sortedIds(db: Db, f: MonitoringFilter, o: MonitoringOrder, limit: number): Promise<string[]> {
  const where = whereOf(f);
  const relevance = f.search && !o.sort && (await countMatching(db, where, SEARCH_COUNT_CAP)) <= SEARCH_COUNT_CAP ? f.search : undefined;
  const rows = await db.select({ id: requests.id }).from(requests).where(where).orderBy(...orderOf(o, relevance)).limit(limit);
  return rows.map((r) => r.id);
}

export async function rowsByIds(db: Db, ids: readonly string[]): Promise<MonitoringRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(rowColumns).from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .innerJoin(units, eq(units.id, requests.unitId))
    .where(inArray(requests.id, [...ids]));
  return rows as MonitoringRow[];
}

/** A submitted request's public row; undefined for a draft or an unknown id. */
export async function getListed(db: Db, id: string): Promise<MonitoringRow | undefined> {
  const [row] = await db.select(rowColumns).from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .innerJoin(units, eq(units.id, requests.unitId))
    .where(and(eq(requests.id, id), isNotNull(requests.registrationNo)));
  return row as MonitoringRow | undefined;
}

export async function publicTransitions(db: Db, requestId: string) {
  return db
    .select({
      at: requestTransitions.at,
      action: requestTransitions.action,
      fromState: requestTransitions.fromState,
      fromStage: requestTransitions.fromStage,
      toState: requestTransitions.toState,
      toStage: requestTransitions.toStage,
    })
    .from(requestTransitions)
    .where(eq(requestTransitions.requestId, requestId))
    .orderBy(asc(requestTransitions.at), asc(requestTransitions.id));
}

/** The catalogue's order: the main channel first. */
export const catalogueOrder = sql`case ${services.channel} when 'utama' then 0 else 1 end`;

/** Every service of the catalogue, inactive ones too (they may have requests). */
export async function serviceOptions(db: Db) {
  return db
    .select({ code: services.code, name: services.name, nameEn: services.nameEn })
    .from(services)
    .orderBy(catalogueOrder, asc(services.sortOrder), asc(services.code));
}

export async function unitOptions(db: Db) {
  return db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(sql`exists (select 1 from ${requests} where ${requests.unitId} = ${units.id} and ${requests.registrationNo} is not null)`)
    .orderBy(asc(units.code));
}

/** The WIB year of a timestamptz expression. */
export const wibYear = (expr: SQL) => sql`extract(year from (${expr} at time zone 'UTC') + interval '7 hours')::int`;
/** The first instant of WIB year `year` (an SQL integer expression). */
const wibYearStart = (year: SQL) => sql`(make_timestamp(${year}, 1, 1, 0, 0, 0) at time zone 'UTC') - interval '7 hours'`;

/** The WIB years with submissions, newest first: one index probe per year between the first and the last. */
export async function yearOptions(db: Db): Promise<number[]> {
  const listed = sql`${requests.registrationNo} is not null`;
  const { rows } = await db.execute<{ year: number }>(sql`
    select y as year from generate_series(
      (select ${wibYear(sql`min(${requests.submittedAt})`)} from ${requests} where ${listed}),
      (select ${wibYear(sql`max(${requests.submittedAt})`)} from ${requests} where ${listed})) as y
    where exists (select 1 from ${requests} where ${listed}
      and ${requests.submittedAt} >= ${wibYearStart(sql`y`)} and ${requests.submittedAt} < ${wibYearStart(sql`y + 1`)})
    order by y desc`);
  return rows.map((r) => Number(r.year));
}
