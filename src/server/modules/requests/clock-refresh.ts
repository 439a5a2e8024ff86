import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Database, Db, Tx } from '../../db/open.ts';
import { requests, services } from '../../db/schema.ts';
import { stageClock, type ClockEvent } from '../../../domain/workflow/clock.ts';
import { OPEN_STATES } from '../../../domain/workflow/states.ts';
import { holidayDates } from '../calendar/calendar.repo.ts';
import { clockEvents } from './requests.repo.ts';

/** Requests recomputed per round: their events are loaded in one query and stored in one statement. */
const BATCH = 500;

export interface ClockTarget {
  id: string;
  standardDays: number[];
  /** When given, the row is left alone if it moved on meanwhile (the move stored its own clock). */
  version?: number;
}

/**
 * Computes the service-standard clock of each request (src/domain/workflow/clock.ts) and stores it on the row:
 * days used and the standard in total, whether the current stage is overdue (false once closed), each stage, and
 * when (clock_at). Unless `always`, only rows whose stored clock differs are written. Answers how many were.
 */
export async function storeClocks(db: Db | Tx, targets: readonly ClockTarget[], holidays: readonly string[], now: Date, opts: { always?: boolean } = {}): Promise<number> {
  if (targets.length === 0) return 0;
  const events = new Map<string, ClockEvent[]>();
  for (const e of await clockEvents(db, targets.map((t) => t.id))) {
    const list = events.get(e.requestId) ?? [];
    list.push({ at: e.at, state: e.state as ClockEvent['state'], stage: e.stage as ClockEvent['stage'] });
    events.set(e.requestId, list);
  }
  const values = targets.map((t) => {
    const clock = stageClock(events.get(t.id) ?? [], t.standardDays, holidays, now);
    return {
      id: t.id,
      version: t.version ?? null,
      days_used: clock.usedDays,
      target_days: clock.targetDays,
      overdue: clock.current?.overdue ?? false,
      clock_stages: clock.stages,
    };
  });
  const result = await db.execute<{ id: string }>(sql`
    update ${requests} set days_used = v.days_used, target_days = v.target_days, overdue = v.overdue, clock_stages = v.clock_stages, clock_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, version int, days_used int, target_days int, overdue boolean, clock_stages jsonb)
    where ${requests.id} = v.id
      and (v.version is null or ${requests.version} = v.version)
      and (${opts.always ? sql`true` : sql`false`} or (${requests.daysUsed}, ${requests.targetDays}, ${requests.overdue}, ${requests.clockStages}) is distinct from (v.days_used, v.target_days, v.overdue, v.clock_stages))
    returning ${requests.id}`);
  return result.rows.length;
}

/**
 * For a scheduled job (daily, and at start): recomputes the stored clock of every open request, whose days go
 * on counting (or, paused, on being counted as paused), and of any submitted request whose clock was never stored
 * (data from before the stored clock). With `since`, also of the closed requests whose clock was last stored at or
 * after that instant: after a change to the holiday calendar from that day on. Answers how many rows changed.
 */
export function createClockRefresh({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;
  return async function refreshClocks(opts: { since?: Date } = {}): Promise<number> {
    const now = clock();
    const holidays = await holidayDates(db);
    const scope = and(
      isNotNull(requests.registrationNo),
      or(inArray(requests.state, [...OPEN_STATES]), isNull(requests.clockAt), opts.since ? gte(requests.clockAt, opts.since) : undefined),
    );
    let changed = 0;
    let after: string | null = null;
    for (;;) {
      const batch: ClockTarget[] = await db
        .select({ id: requests.id, standardDays: services.standardDays, version: requests.version })
        .from(requests)
        .innerJoin(services, eq(services.id, requests.serviceId))
        .where(and(scope, after ? gt(requests.id, after) : undefined))
        .orderBy(asc(requests.id))
        .limit(BATCH);
      if (batch.length === 0) break;
      changed += await storeClocks(db, batch, holidays, now);
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].id;
    }
    return changed;
  };
}

export type ClockRefresh = ReturnType<typeof createClockRefresh>;
