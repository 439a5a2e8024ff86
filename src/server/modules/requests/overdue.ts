import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db/open.ts';
import { overdueNotices, requests } from '../../db/schema.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { Notifier } from '../notifications/notifier.ts';
import { createClockRefresh } from './clock-refresh.ts';
import { getRequest } from './requests.repo.ts';

/**
 * For a scheduled job: brings the stored clocks up to date, then tells the assigned verifikator and the
 * administrators about each request that went past the service standard of its current stage, once per request
 * and stage, whichever instance runs it. Answers how many requests were newly reported.
 */
export function createOverdueCheck({ database, mailer, notifier, clock }: { database: Database; mailer: Mailer; notifier: Notifier; clock: () => Date }) {
  const { db } = database;
  const refreshClocks = createClockRefresh({ database, clock });
  return async function checkOverdue(): Promise<number> {
    await refreshClocks();
    const now = clock();
    const due = await db
      .select({ id: requests.id })
      .from(requests)
      .leftJoin(overdueNotices, and(eq(overdueNotices.requestId, requests.id), eq(overdueNotices.stage, requests.stage)))
      .where(and(eq(requests.overdue, true), inArray(requests.state, ['diajukan']), isNull(overdueNotices.requestId)));
    let reported = 0;
    for (const { id } of due) {
      const row = await getRequest(db, id);
      if (!row || row.stage === null) continue;
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
