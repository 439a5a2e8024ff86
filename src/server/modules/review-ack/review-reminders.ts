import type { Database } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { MessageKey } from '../../http/messages.ts';
import { activeUsersWithRole } from '../notifications/notifications.repo.ts';
import { reminderDue } from '../../../domain/sop/review.ts';
import { wibDate } from '../../../domain/workflow/clock.ts';
import * as repo from './review-ack.repo.ts';
import { noticeAbout } from './review-ack.service.ts';

const KEYS = { '30': 'notice_sop_review_30', '10': 'notice_sop_review_10', overdue: 'notice_sop_review_overdue' } as const satisfies Record<string, MessageKey>;

/** 'YYYY-MM-DD' → '28/11/2026', as the e-mails print dates. */
const shortDate = (ymd: string) => ymd.split('-').reverse().join('/');

/**
 * For the daily job `sop-review-reminders`: tells the owning unit's pemrakarsa and pimpinan unit of every SOP in
 * effect whose review falls due in 30 or 10 days (WIB), or has passed, once per version, due date and kind,
 * whichever instance runs it. Answers how many reminders were sent.
 */
export function createReviewReminders({ database, mailer, clock, publicUrl }: { database: Database; mailer: Mailer; clock: () => Date; publicUrl: string }) {
  const { db } = database;
  return async function sendReviewReminders(): Promise<number> {
    const now = clock();
    const today = wibDate(now);
    let sent = 0;
    for (const review of await repo.openReviewsWithReminders(db)) {
      const kind = reminderDue(today, review.dueOn, review.sent);
      if (!kind) continue;
      const fresh = await db.transaction(async (tx) => {
        if (!(await repo.claimReminder(tx, review.registryId, review.dueOn, kind, now))) return false;
        const people = [...(await activeUsersWithRole(tx, 'pemrakarsa', review.unitId)), ...(await activeUsersWithRole(tx, 'pimpinan_unit', review.unitId))];
        await noticeAbout(tx, mailer, people, {
          kind: `sop_review_${kind}`, key: KEYS[kind], params: { title: review.title, date: shortDate(review.dueOn) }, publicUrl, path: '/tinjauan-sop', now,
        });
        return true;
      });
      if (fresh) sent++;
    }
    if (sent) void mailer.flush();
    return sent;
  };
}
