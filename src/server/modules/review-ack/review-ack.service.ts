import type { Database, Tx } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppError, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getSop } from '../sops/sops.repo.ts';
import { insertNotifications } from '../notifications/notifications.repo.ts';
import type { RegistryService } from '../registry/registry.service.ts';
import { ackProgress, daysBetween, nextReviewAfterNoChange, reviewDueOn, reviewState } from '../../../domain/sop/review.ts';
import { wibDate } from '../../../domain/workflow/clock.ts';
import * as repo from './review-ack.repo.ts';
import type { TReview } from './review-ack.schema.ts';

/** What the registry tells this module about a version that has just taken effect (inside its transaction). */
export interface RatifiedVersion {
  entryId: string;
  previousEntryId: string | null;
  sopId: string;
  unitId: string;
  title: string;
  number: string;
  effectiveOn: string;
  actorId: string;
  now: Date;
}

export interface Recipient { id: string; email: string }

/** In-portal notifications and e-mails (through the outbox, in the caller's transaction) about one SOP. */
export async function noticeAbout(tx: Tx, mailer: Mailer, people: Recipient[], n: { kind: string; key: MessageKey; params: Record<string, string>; publicUrl: string; path: string; now: Date }) {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  if (unique.length === 0) return 0;
  const textId = t('id', n.key, n.params);
  const textEn = t('en', n.key, n.params);
  await insertNotifications(tx, unique.map((p) => ({ recipientId: p.id, kind: n.kind, requestId: null, link: n.path, textId, textEn, createdAt: n.now })));
  for (const p of unique) await mailer.enqueue(tx, { to: p.email, subject: `[Manorta] ${textId}`, text: `${textId}\n${textEn}\n\n${n.publicUrl}${n.path}` });
  return unique.length;
}

/** Asking the users of carrying units to read a version, and what happens when a version takes effect. */
export function createAckRequests({ mailer, publicUrl }: { mailer: Mailer; publicUrl: string }) {
  async function askUsers(tx: Tx, e: { sopId: string; title: string }, unitIds: string[], actorId: string | null, now: Date) {
    const people = (await repo.usersOfUnits(tx, unitIds)).filter((p) => p.id !== actorId);
    return noticeAbout(tx, mailer, people, { kind: 'sop_ack_requested', key: 'notice_sop_ack_requested', params: { title: e.title }, publicUrl, path: `/daftar-sop/${e.sopId}`, now });
  }

  /**
   * Called by the registry inside the ratifying transaction: the version gets its review date (effective date +
   * the organisation's period), its carrying units (those of the version it supersedes, else its own unit), and
   * their users are asked to read it.
   */
  async function onRatified(tx: Tx, e: RatifiedVersion): Promise<void> {
    const months = await repo.reviewMonths(tx);
    await repo.insertReview(tx, { registryId: e.entryId, sopId: e.sopId, unitId: e.unitId, dueOn: reviewDueOn(e.effectiveOn, months), createdAt: e.now });
    const previous = e.previousEntryId ? (await repo.carryingUnits(tx, e.previousEntryId)).map((u) => u.id) : [];
    const active = await repo.activeUnitIds(tx, previous);
    const unitIds = active.length ? active : [e.unitId];
    await repo.addCarryingUnits(tx, e.entryId, unitIds, e.actorId, e.now);
    await askUsers(tx, e, unitIds, e.actorId, e.now);
  }

  return { askUsers, onRatified };
}

export interface ReviewAckDeps {
  database: Database;
  mailer: Mailer;
  clock: () => Date;
  publicUrl: string;
  registry: RegistryService;
}

/**
 * Periodic review of the versions in effect (due date, "no change needed", "start a new version") and the
 * acknowledgement of a new version by the users of the units that carry it out.
 */
export function createReviewAckService({ database, mailer, clock, publicUrl, registry }: ReviewAckDeps) {
  const { db } = database;
  const sopPath = (sopId: string) => `/daftar-sop/${sopId}`;
  const isBureau = (a: Actor) => a.roles.some((r) => r === 'administrator' || r === 'verifikator' || r === 'kepala_biro');
  const { askUsers } = createAckRequests({ mailer, publicUrl });

  async function present(actor: Actor, rows: repo.ReviewRow[]): Promise<TReview[]> {
    const today = wibDate(clock());
    const decisions = await repo.decisionsOf(db, rows.map((r) => r.registryId));
    return rows.map((r) => {
      const started = r.newVersionStartedAt !== null;
      const open = r.status === 'effective' && !started;
      return {
        registryId: r.registryId,
        sopId: r.sopId,
        version: r.sopVersion,
        title: r.title,
        number: r.number,
        unitId: r.unitId,
        unitLabel: r.unitLabel,
        effectiveOn: r.effectiveOn,
        dueOn: r.dueOn,
        daysLeft: daysBetween(today, r.dueOn),
        state: reviewState(today, r.dueOn, started),
        newVersion: started ? { version: r.newVersionNumber ?? 0, startedAt: r.newVersionStartedAt!.toISOString() } : null,
        reviewVersion: r.version,
        decisions: decisions.filter((d) => d.registryId === r.registryId).map((d) => ({
          outcome: d.outcome as 'no_change' | 'new_version',
          note: d.note,
          dueOnBefore: d.dueOnBefore,
          dueOnAfter: d.dueOnAfter,
          sopVersion: d.sopVersion,
          decidedBy: { id: d.decidedById, name: d.decidedByName },
          decidedAt: d.decidedAt.toISOString(),
        })),
        actions: open && can(actor, 'sopReview.decide', { unitId: r.unitId }) ? ['noChange', 'newVersion'] : [],
      };
    });
  }

  async function reviewOrThrow(actor: Actor, registryId: string): Promise<repo.ReviewRow> {
    const row = await repo.getReview(db, registryId);
    // Another unit's review is not there for the caller (404, never a hint that it exists).
    if (!row || !can(actor, 'sopReview.read', { unitId: row.unitId })) throw notFound();
    return row;
  }

  const getReview = async (actor: Actor, registryId: string) => (await present(actor, [await reviewOrThrow(actor, registryId)]))[0];

  async function entryForAck(registryId: string) {
    const entry = await repo.getReview(db, registryId);
    if (!entry) {
      // Versions ratified before this module existed may lack a review row; the registry still knows them.
      const e = await registry.get(null, registryId).catch(() => null);
      if (!e) throw notFound();
      return { registryId: e.id, sopId: e.sopId, sopVersion: e.version, title: e.title, number: e.number, status: e.status, effectiveOn: e.effectiveOn };
    }
    return entry;
  }

  return {
    // ---------------------------------------------------------------- periodic review

    async listReviews(actor: Actor, q: { unitId?: string; withinDays?: number }) {
      // Units see their own; the bureau sees every unit's (or one).
      const unitId = isBureau(actor) ? q.unitId : actor.unitId;
      if (!isBureau(actor) && !can(actor, 'sopReview.read', { unitId })) throw forbidden();
      const rows = await repo.listReviews(db, { unitId });
      const today = wibDate(clock());
      const within = q.withinDays;
      const items = await present(actor, within === undefined ? rows : rows.filter((r) => daysBetween(today, r.dueOn) <= within));
      return { items };
    },

    getReview,

    /** "No change needed": the note is required; the next review is one period after today (WIB); the history keeps the decision. */
    async noChange(actor: Actor, registryId: string, input: { note?: string; reviewVersion?: number }, ip?: string) {
      const row = await reviewOrThrow(actor, registryId);
      if (!can(actor, 'sopReview.decide', { unitId: row.unitId })) throw forbidden();
      const note = (input.note ?? '').trim();
      if (!note) throw fieldError(400, 'VALIDATION', 'note', 'review_note_required');
      if (row.status !== 'effective') throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
      if (row.newVersionStartedAt) throw new AppError(409, 'NEW_VERSION_STARTED', 'review_new_version_started', { version: row.newVersionNumber ?? 0 });
      const now = clock();
      await db.transaction(async (tx) => {
        const months = await repo.reviewMonths(tx);
        const next = nextReviewAfterNoChange(wibDate(now), months);
        if (!(await repo.moveDue(tx, registryId, input.reviewVersion ?? row.version, next))) {
          throw new AppError(409, 'VERSION_CONFLICT', 'conflict_version');
        }
        await repo.insertDecision(tx, { registryId, outcome: 'no_change', note, dueOnBefore: row.dueOn, dueOnAfter: next, decidedBy: actor.id, decidedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'sopReview.noChange', entity: 'sop', entityId: row.sopId, data: { entryId: registryId, note, from: row.dueOn, to: next }, ip });
      });
      return getReview(actor, registryId);
    },

    /** "Start a new version": the registry's own new-version use case, then the outcome is recorded on this review. */
    async startNewVersion(actor: Actor, registryId: string, ip?: string) {
      const row = await reviewOrThrow(actor, registryId);
      if (!can(actor, 'sopReview.decide', { unitId: row.unitId })) throw forbidden();
      if (row.newVersionStartedAt) throw new AppError(409, 'NEW_VERSION_STARTED', 'review_new_version_started', { version: row.newVersionNumber ?? 0 });
      // A draft already opened elsewhere (the registry page, the editor) is the new version this review started.
      const started = await registry.newVersion(actor, registryId, ip).catch(async (err: unknown) => {
        if (!(err instanceof AppError && err.code === 'DRAFT_OPEN')) throw err;
        const head = await getSop(db, row.sopId);
        if (!head) throw err;
        return { sopId: row.sopId, version: head.currentVersion, fromEntryId: registryId };
      });
      const now = clock();
      await db.transaction(async (tx) => {
        if (!(await repo.markNewVersion(tx, registryId, started.version, now))) return;
        await repo.insertDecision(tx, { registryId, outcome: 'new_version', note: '', dueOnBefore: row.dueOn, sopVersion: started.version, decidedBy: actor.id, decidedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'sopReview.newVersion', entity: 'sop', entityId: row.sopId, data: { entryId: registryId, version: started.version }, ip });
      });
      return { sopId: started.sopId, version: started.version, review: await getReview(actor, registryId) };
    },

    // ---------------------------------------------------------------- acknowledgement

    async toRead(actor: Actor) {
      const rows = await repo.toRead(db, actor.id, actor.unitId);
      return { items: rows.map(({ ratifiedAt: _r, ...r }) => r) };
    },

    async ackStatus(actor: Actor, registryId: string) {
      const entry = await entryForAck(registryId);
      const units = await repo.carryingUnits(db, registryId);
      const asked = units.some((u) => u.id === actor.unitId);
      const mine = await repo.acknowledgementOf(db, registryId, actor.id);
      const actions = [
        ...(asked && !mine && entry.status === 'effective' ? ['acknowledge'] : []),
        ...(can(actor, 'sopAck.progress') ? ['progress'] : []),
        ...(can(actor, 'sopAck.editUnits') && entry.status === 'effective' ? ['editUnits'] : []),
      ];
      return { registryId, status: entry.status, carryingUnits: units, asked, acknowledgedAt: mine ? mine.acknowledgedAt.toISOString() : null, actions };
    },

    /** "I have read and understood": users of a carrying unit only, the version in effect only; a second time changes nothing. */
    async acknowledge(actor: Actor, registryId: string, ip?: string) {
      const entry = await entryForAck(registryId);
      if (!(await repo.isCarryingUnit(db, registryId, actor.unitId))) throw new AppError(403, 'NOT_CARRYING_UNIT', 'ack_not_carrying');
      const existing = await repo.acknowledgementOf(db, registryId, actor.id);
      if (!existing) {
        if (entry.status !== 'effective') throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
        const now = clock();
        await db.transaction(async (tx) => {
          if (await repo.insertAcknowledgement(tx, { registryId, userId: actor.id, unitId: actor.unitId, acknowledgedAt: now })) {
            await recordAudit(tx, { actorId: actor.id, action: 'sopAck.acknowledge', entity: 'sop', entityId: entry.sopId, data: { entryId: registryId }, ip });
          }
        });
      }
      return this.ackStatus(actor, registryId);
    },

    async overview(actor: Actor) {
      if (!can(actor, 'sopAck.progress')) throw forbidden();
      const rows = await repo.effectiveProgress(db);
      return { items: rows.map(({ asked, ...r }) => ({ ...r, total: asked })) };
    },

    /** Who of the carrying units' users has acknowledged the version and who has not, per unit and person (the bureau). */
    async progress(actor: Actor, registryId: string, filter: 'all' | 'pending' | 'acknowledged') {
      if (!can(actor, 'sopAck.progress')) throw forbidden();
      const entry = await entryForAck(registryId);
      const units = await repo.carryingUnits(db, registryId);
      const asked = await repo.usersOfUnits(db, units.map((u) => u.id));
      const acks = await repo.acknowledgementsOf(db, registryId);
      const ackOf = new Map(acks.map((a) => [a.userId, a.acknowledgedAt]));
      const p = ackProgress(asked.map((u) => ({ userId: u.id, unitId: u.unitId })), acks.map((a) => a.userId));
      const unitOf = new Map(units.map((u) => [u.id, u]));
      const people = asked
        .map((u) => ({ userId: u.id, name: u.name, unitId: u.unitId, unitCode: unitOf.get(u.unitId)?.code ?? '', acknowledgedAt: ackOf.get(u.id)?.toISOString() ?? null }))
        .filter((u) => filter === 'all' || (filter === 'pending' ? u.acknowledgedAt === null : u.acknowledgedAt !== null));
      return {
        registryId, sopId: entry.sopId, version: entry.sopVersion, title: entry.title, number: entry.number, status: entry.status, effectiveOn: entry.effectiveOn,
        carryingUnits: units,
        total: p.total, acknowledged: p.acknowledged, pending: p.pending, percent: p.percent,
        byUnit: units.map((u) => ({ unitId: u.id, code: u.code, name: u.name, total: p.byUnit.find((b) => b.unitId === u.id)?.total ?? 0, acknowledged: p.byUnit.find((b) => b.unitId === u.id)?.acknowledged ?? 0 })),
        people,
        actions: [...(can(actor, 'sopAck.remind') && p.pending > 0 && entry.status === 'effective' ? ['remind'] : []), ...(can(actor, 'sopAck.editUnits') && entry.status === 'effective' ? ['editUnits'] : [])],
      };
    },

    /** Reminds everyone asked who has not acknowledged yet (in the portal and by e-mail). */
    async remind(actor: Actor, registryId: string, ip?: string) {
      if (!can(actor, 'sopAck.remind')) throw forbidden();
      const entry = await entryForAck(registryId);
      if (entry.status !== 'effective') throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
      const units = await repo.carryingUnits(db, registryId);
      const acked = new Set((await repo.acknowledgementsOf(db, registryId)).map((a) => a.userId));
      const pending = (await repo.usersOfUnits(db, units.map((u) => u.id))).filter((u) => !acked.has(u.id));
      const now = clock();
      const reminded = await db.transaction(async (tx) => {
        const n = await noticeAbout(tx, mailer, pending, { kind: 'sop_ack_reminder', key: 'notice_sop_ack_reminder', params: { title: entry.title }, publicUrl, path: sopPath(entry.sopId), now });
        await recordAudit(tx, { actorId: actor.id, action: 'sopAck.remind', entity: 'sop', entityId: entry.sopId, data: { entryId: registryId, reminded: n }, ip });
        return n;
      });
      if (reminded) void mailer.flush();
      return { reminded };
    },

    /** The bureau sets the units that carry the version out; users of a newly added unit are asked to read it. */
    async setUnits(actor: Actor, registryId: string, unitIds: string[], ip?: string) {
      if (!can(actor, 'sopAck.editUnits')) throw forbidden();
      const entry = await entryForAck(registryId);
      if (entry.status !== 'effective') throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
      const wanted = [...new Set(unitIds)];
      if (wanted.length === 0) throw fieldError(400, 'VALIDATION', 'unitIds', 'ack_units_required');
      if ((await repo.activeUnitIds(db, wanted)).length !== wanted.length) throw fieldError(400, 'VALIDATION', 'unitIds', 'ack_unit_unknown');
      const current = (await repo.carryingUnits(db, registryId)).map((u) => u.id);
      const added = wanted.filter((id) => !current.includes(id));
      const removed = current.filter((id) => !wanted.includes(id));
      const now = clock();
      await db.transaction(async (tx) => {
        await repo.addCarryingUnits(tx, registryId, added, actor.id, now);
        await repo.removeCarryingUnits(tx, registryId, removed);
        await askUsers(tx, { sopId: entry.sopId, title: entry.title }, added, actor.id, now);
        await recordAudit(tx, { actorId: actor.id, action: 'sopAck.setUnits', entity: 'sop', entityId: entry.sopId, data: { entryId: registryId, added, removed }, ip });
      });
      if (added.length) void mailer.flush();
      return this.ackStatus(actor, registryId);
    },
  };
}

export type ReviewAckService = ReturnType<typeof createReviewAckService>;
