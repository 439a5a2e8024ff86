import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/open.ts';
import { overdueNotices, requests } from '../../db/schema.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { stageClock } from '../../../domain/workflow/clock.ts';
import { holidayDates } from '../calendar/calendar.repo.ts';
import type { Notifier } from '../notifications/notifier.ts';
import { clockEvents, getRequest } from './requests.repo.ts';

/**
 * For a scheduled job: tells the assigned verifikator and the administrators about each request that went past
 * the service standard of its current stage, once per request and stage, whichever instance runs it.
 * Answers how many requests were newly reported.
 */
export function createOverdueCheck({ database, mailer, notifier, clock }: { database: Database; mailer: Mailer; notifier: Notifier; clock: () => Date }) {
  const { db } = database;
  return async function checkOverdue(): Promise<number> {
    const now = clock();
    const open = await db.select({ id: requests.id }).from(requests).where(inArray(requests.state, ['diajukan']));
    const holidays = await holidayDates(db);
    const events = await clockEvents(db, open.map((r) => r.id));
    let reported = 0;
    for (const { id } of open) {
      const row = await getRequest(db, id);
      if (!row || row.stage === null) continue;
      const clockOf = stageClock(events.filter((e) => e.requestId === id) as never, row.standardDays, holidays, now);
      if (!clockOf.current?.overdue) continue;
      const fresh = await db.transaction(async (tx) => {
        const inserted = await tx.insert(overdueNotices).values({ requestId: id, stage: row.stage!, at: now }).onConflictDoNothing().returning({ requestId: overdueNotices.requestId });
        if (inserted.length === 0) return false;
        await notifier.notify(tx, [{ kind: 'overdue', to: ['assigned_verifiers', 'administrators'] }], row, { actorId: null, now });
        return true;
      });
      if (fresh) reported++;
    }
    if (reported) void mailer.flush();
    return reported;
  };
}
