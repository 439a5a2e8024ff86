import type { Tx } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import type { Audience, Notice } from '../../../domain/workflow/notify.ts';
import { STAGES } from '../../../domain/workflow/stages.ts';
import * as repo from './notifications.repo.ts';

/** What a notice needs to know about its request. */
export interface NoticeSubject {
  id: string;
  title: string;
  unitId: string;
  stage: number | null;
  documentNumber: string | null;
  assignedVerifierIds: readonly string[];
  /** Assigned before this move: `new_verifiers` are the others. */
  previousVerifierIds?: readonly string[];
}

/**
 * Turns the domain's notices into in-portal notifications and e-mails, inside the caller's transaction: the
 * e-mails wait in the outbox and are sent after commit (mailer.flush).
 */
export function createNotifier({ mailer, publicUrl }: { mailer: Mailer; publicUrl: string }) {
  async function resolve(tx: Tx, audience: Audience, r: NoticeSubject): Promise<repo.Recipient[]> {
    switch (audience) {
      case 'administrators':
        return repo.activeUsersWithRole(tx, 'administrator');
      case 'kepala_biro':
        return repo.activeUsersWithRole(tx, 'kepala_biro');
      case 'unit':
        return repo.activeUsersOfUnit(tx, r.unitId);
      case 'unit_requesters':
        return repo.activeUsersWithRole(tx, 'pemrakarsa', r.unitId);
      case 'unit_heads':
        return repo.activeUsersWithRole(tx, 'pimpinan_unit', r.unitId);
      case 'assigned_verifiers':
        return repo.activeUsersById(tx, r.assignedVerifierIds);
      case 'new_verifiers':
        return repo.activeUsersById(tx, r.assignedVerifierIds.filter((id) => !(r.previousVerifierIds ?? []).includes(id)));
    }
  }

  return {
    async notify(tx: Tx, notices: readonly Notice[], r: NoticeSubject, opts: { actorId: string | null; now: Date; reason?: string | null }) {
      const stage = STAGES.find((s) => s.number === r.stage);
      for (const notice of notices) {
        const people = new Map<string, repo.Recipient>();
        for (const audience of notice.to) for (const p of await resolve(tx, audience, r)) people.set(p.id, p);
        people.delete(opts.actorId ?? '');
        if (people.size === 0) continue;
        const key = `notice_${notice.kind}` as MessageKey;
        const params = {
          title: r.title,
          stage: stage ? `${stage.number}` : '-',
          number: r.documentNumber ?? '-',
        };
        const textId = t('id', key, params);
        const textEn = t('en', key, params);
        const recipients = [...people.values()];
        await repo.insertNotifications(tx, recipients.map((p) => ({ recipientId: p.id, kind: notice.kind, requestId: r.id, textId, textEn, createdAt: opts.now })));
        const why = opts.reason ? `\n\nCatatan / Note: ${opts.reason}` : '';
        for (const p of recipients) {
          await mailer.enqueue(tx, {
            to: p.email,
            subject: `[Manorta] ${textId}`,
            text: `${textId}\n${textEn}${why}\n\n${publicUrl}/permohonan/${r.id}`,
          });
        }
      }
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
