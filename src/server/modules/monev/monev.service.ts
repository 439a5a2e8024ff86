import type { Database, Tx } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../http/errors.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import { can, type Actor } from '../../policy/policy.ts';
import {
  DEFAULT_REMINDER_DAYS, criteriaAnsweredNo, currentHalfYear, evaluationSummary, isDate, isLate, missingFields, remindersDue, roundDateProblems,
  unitSummary, wibDay, type AssessmentFields, type MonevAssessment, type MonevReminderKind,
} from '../../../domain/monev/monev.ts';
import { validateFormValues } from '../../../domain/catalogue/form.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getServiceByCode } from '../catalogue/catalogue.repo.ts';
import { activeUsersOfUnit, insertNotifications } from '../notifications/notifications.repo.ts';
import type { RegistryService } from '../registry/registry.service.ts';
import * as requestsRepo from '../requests/requests.repo.ts';
import * as requestSopRepo from '../requests/request-sop.repo.ts';
import * as sopsRepo from '../sops/sops.repo.ts';
import { requireActiveUnit } from '../units/active-unit.ts';
import * as repo from './monev.repo.ts';
import type { TAssessment, TOpenRound, TRound, TRoundDetail, TSaveAssessment, TSheet, TUpdateRound } from './monev.schema.ts';

/** The catalogue service a revision request is filed under: the SOP facilitation service (it attaches an SOP). */
export const REVISION_SERVICE_CODE = 'SOP';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const fieldsOf = (a: repo.AssessmentRow['a']): AssessmentFields => ({
  assessment: a.assessment as MonevAssessment | null,
  notes: a.notes,
  action: a.action,
  assessorName: a.assessorName,
  assessorPosition: a.assessorPosition,
  methods: a.methods,
  criteria: a.criteria,
});

/** The message key that names one missing field (for the submit refusal). */
const missingKey = (field: string): MessageKey => (field.startsWith('criteria.') ? 'monev_missing_criterion' : (`monev_missing_${field}` as MessageKey));

const uniqueDays = (days: readonly number[]) => [...new Set(days)].sort((a, b) => b - a);

export interface MonevDeps {
  database: Database;
  mailer: Mailer;
  clock: () => Date;
  publicUrl: string;
}

/**
 * Sends one reminder to the users of a unit (in-portal and by e-mail through the outbox), inside the caller's
 * transaction, once per round, unit, kind and WIB day. Answers the number of recipients, or null when that
 * reminder was already sent today.
 */
async function sendReminder(
  tx: Tx,
  { mailer, publicUrl }: { mailer: Mailer; publicUrl: string },
  r: { roundId: string; title: string; deadline: string; unitId: string; kind: MonevReminderKind; now: Date; sentBy: string | null },
): Promise<number | null> {
  const sentOn = wibDay(r.now);
  const fresh = await repo.insertReminder(tx, { roundId: r.roundId, unitId: r.unitId, kind: r.kind, sentOn, sentAt: r.now, sentBy: r.sentBy });
  if (!fresh) return null;
  const people = (await activeUsersOfUnit(tx, r.unitId)).filter((p) => p.id !== r.sentBy);
  const key = `notice_monev_${r.kind}` as MessageKey;
  const params = { title: r.title, deadline: r.deadline };
  const textId = t('id', key, params);
  const textEn = t('en', key, params);
  await insertNotifications(tx, people.map((p) => ({ recipientId: p.id, kind: `monev_${r.kind}`, requestId: null, link: `/monev/${r.roundId}/unit/${r.unitId}`, textId, textEn, createdAt: r.now })));
  for (const p of people) {
    await mailer.enqueue(tx, { to: p.email, subject: `[Manorta] ${textId}`, text: `${textId}\n${textEn}\n\n${publicUrl}/monev/${r.roundId}/unit/${r.unitId}` });
  }
  await repo.setReminderRecipients(tx, { roundId: r.roundId, unitId: r.unitId, kind: r.kind, sentOn }, people.length);
  return people.length;
}

/**
 * For the scheduled job `monev-reminders` (daily): reminds the units of open rounds that have not submitted, on the
 * round's days before the deadline and every day once late. Idempotent per day, whichever instance runs it.
 * Answers how many reminders went out.
 */
export function createMonevReminders({ database, mailer, clock, publicUrl }: MonevDeps) {
  const { db } = database;
  return async function sendDueReminders(): Promise<number> {
    const now = clock();
    const today = wibDay(now);
    let sent = 0;
    for (const row of await repo.openUnsubmitted(db)) {
      for (const kind of remindersDue({ today, deadline: row.deadline, daysBefore: row.reminderDays, submitted: false })) {
        const n = await db.transaction((tx) => sendReminder(tx, { mailer, publicUrl }, { roundId: row.roundId, title: row.title, deadline: row.deadline, unitId: row.unitId, kind, now, sentBy: null }));
        if (n !== null) sent++;
      }
    }
    if (sent) void mailer.flush();
    return sent;
  };
}

export function createMonevService({ database, mailer, clock, publicUrl, registry }: MonevDeps & { registry: RegistryService }) {
  const { db } = database;
  const today = () => wibDay(clock());

  async function activeCriterionIds(tx: Database['db'] | Tx = db): Promise<string[]> {
    return (await repo.listCriteria(tx, true)).map((c) => c.id);
  }

  const roundActions = (actor: Actor) => (can(actor, 'monev.manage') ? ['manage'] : []);

  function presentRound(actor: Actor, r: repo.RoundRow, counts: { units: number; submitted: number }, mine: TRound['mine'] = null): TRound {
    return {
      id: r.id,
      title: r.title,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      deadline: r.deadline,
      status: r.status as 'open' | 'closed',
      reminderDays: r.reminderDays,
      openedAt: r.openedAt.toISOString(),
      closedAt: iso(r.closedAt),
      version: r.version,
      units: counts.units,
      submitted: counts.submitted,
      mine,
      actions: r.status === 'open' ? roundActions(actor) : [],
    };
  }

  async function roundOr404(id: string, opts: { lock?: boolean; tx?: Tx } = {}) {
    const r = await repo.getRound(opts.tx ?? db, id, opts);
    if (!r) throw notFound();
    return r;
  }

  /** The units of a round the actor may see (all for the bureau, their own for a unit's user), with progress. */
  async function unitRows(actor: Actor, r: repo.RoundRow, unitId?: string): Promise<TRoundDetail['roundUnits']> {
    const ids = await activeCriterionIds();
    const [rows, assessments] = await Promise.all([repo.roundUnits(db, r.id, unitId), repo.listAssessments(db, r.id, unitId)]);
    const day = today();
    return rows.map((u) => {
      const mine = assessments.filter((a) => a.a.unitId === u.unitId).map((a) => fieldsOf(a.a));
      const summary = unitSummary(mine, ids);
      const submitted = u.submittedAt !== null;
      const actions: string[] = [];
      if (r.status === 'open') {
        if (!submitted && can(actor, 'monev.fill', { unitId: u.unitId })) actions.push('edit', 'submit');
        if (can(actor, 'monev.manage')) actions.push(submitted ? 'reopen' : 'remind');
      }
      return {
        unitId: u.unitId,
        code: u.code,
        name: u.name,
        assessed: summary.complete,
        total: summary.total,
        submittedAt: iso(u.submittedAt),
        submittedBy: u.submittedById ? { id: u.submittedById, name: u.submittedByName ?? '' } : null,
        late: isLate(r.deadline, day, submitted),
        lastReminder: u.lastReminderAt ? { at: new Date(u.lastReminderAt).toISOString(), kind: u.lastReminderKind as MonevReminderKind } : null,
        summary,
        actions,
      };
    });
  }

  async function detail(actor: Actor, id: string): Promise<TRoundDetail> {
    const r = await roundOr404(id);
    let units: TRoundDetail['roundUnits'];
    if (can(actor, 'monev.progress')) units = await unitRows(actor, r);
    else {
      const own = await repo.getRoundUnit(db, r.id, actor.unitId);
      if (!own || !can(actor, 'monev.read', { unitId: actor.unitId })) throw notFound();
      units = await unitRows(actor, r, actor.unitId);
    }
    const all = await repo.roundUnits(db, r.id);
    const mineRow = units.find((u) => u.unitId === actor.unitId);
    return {
      ...presentRound(actor, r, { units: all.length, submitted: all.filter((u) => u.submittedAt).length }, mineRow ? { submittedAt: mineRow.submittedAt, late: mineRow.late } : null),
      today: today(),
      roundUnits: units,
    };
  }

  function presentAssessment(actor: Actor, row: repo.AssessmentRow, ids: string[], ctx: { open: boolean; submitted: boolean }): TAssessment {
    const f = fieldsOf(row.a);
    const subject = { unitId: row.a.unitId };
    const actions: string[] = [];
    if (ctx.open && !ctx.submitted && can(actor, 'monev.fill', subject)) actions.push('edit');
    if (can(actor, 'monev.requestRevision', subject)) {
      if (row.a.revisionRequestId) actions.push('openRevision');
      else if (ctx.submitted && f.assessment === 'tidak_berjalan_baik') actions.push('requestRevision');
    }
    return {
      id: row.a.id,
      registryId: row.a.registryId,
      sopId: row.sopId,
      sopVersion: row.sopVersion,
      title: row.title,
      number: row.number,
      assessment: f.assessment,
      notes: f.notes,
      action: f.action,
      assessorName: f.assessorName,
      assessorPosition: f.assessorPosition,
      methods: [...f.methods],
      criteria: { ...f.criteria },
      missing: missingFields(f, ids),
      evaluation: evaluationSummary(f.criteria, ids),
      revisionRequestId: row.a.revisionRequestId,
      updatedAt: row.a.updatedAt.toISOString(),
      version: row.a.version,
      actions,
    };
  }

  /** The round unit an actor may read: 404 for units outside the round and for other units' users. */
  async function readableUnit(actor: Actor, roundId: string, unitId: string) {
    const r = await roundOr404(roundId);
    if (!can(actor, 'monev.read', { unitId })) throw notFound();
    const ru = await repo.getRoundUnit(db, roundId, unitId);
    if (!ru) throw notFound();
    return { r, ru };
  }

  async function sheet(actor: Actor, roundId: string, unitId: string): Promise<TSheet> {
    const { r, ru } = await readableUnit(actor, roundId, unitId);
    const [criteria, rows, all] = await Promise.all([repo.listCriteria(db, true), repo.listAssessments(db, roundId, unitId), repo.roundUnits(db, roundId)]);
    const ids = criteria.map((c) => c.id);
    const [unit] = await unitRows(actor, r, unitId);
    const ctx = { open: r.status === 'open', submitted: ru.submittedAt !== null };
    return {
      round: presentRound(actor, r, { units: all.length, submitted: all.filter((u) => u.submittedAt).length }, { submittedAt: unit.submittedAt, late: unit.late }),
      unit,
      today: today(),
      criteria,
      assessments: rows.map((row) => presentAssessment(actor, row, ids, ctx)),
    };
  }

  /** A unit's row that may still be changed: the round open, the unit not yet submitted. */
  function requireEditable(r: repo.RoundRow, ru: { submittedAt: Date | null }) {
    if (r.status !== 'open') throw new AppError(409, 'ROUND_CLOSED', 'monev_round_closed');
    if (ru.submittedAt) throw new AppError(409, 'ALREADY_SUBMITTED', 'monev_submitted');
  }

  function checkDates(input: { periodStart?: string; periodEnd?: string; deadline?: string }) {
    for (const field of ['periodStart', 'periodEnd', 'deadline'] as const) {
      const v = input[field];
      if (v !== undefined && !isDate(v)) throw fieldError(400, 'VALIDATION', field, 'monev_date_invalid');
    }
  }

  return {
    criteria: () => repo.listCriteria(db),

    /** What the bureau needs to open a round: today (WIB), the current half-year, the units and their SOPs in effect. */
    async openOptions() {
      const day = today();
      const period = currentHalfYear(day);
      return { today: day, period: { start: period.start, end: period.end }, reminderDays: [...DEFAULT_REMINDER_DAYS], units: await repo.unitsWithEffectiveSops(db) };
    },

    async list(actor: Actor, q: { status?: 'open' | 'closed' }): Promise<TRound[]> {
      const bureau = can(actor, 'monev.progress');
      const rows = await repo.listRounds(db, { status: q.status, unitId: bureau ? undefined : actor.unitId });
      const day = today();
      return rows.map((x) =>
        presentRound(actor, x.round, x, bureau ? null : { submittedAt: x.unitSubmittedAt ? new Date(x.unitSubmittedAt).toISOString() : null, late: isLate(x.round.deadline, day, x.unitSubmittedAt !== null) }),
      );
    },

    detail,
    sheet,

    /**
     * Opens a round: the chosen units (by default every active unit with an SOP in effect), one Table 7 row for
     * each SOP version in effect at this moment. A chosen unit without SOPs in effect is refused by name.
     */
    async open(actor: Actor, input: TOpenRound, ip?: string): Promise<TRoundDetail> {
      checkDates(input);
      const problems = roundDateProblems(input, today());
      if (problems.length) {
        const first = problems[0];
        throw new AppError(400, 'VALIDATION', `monev_${first.code}` as MessageKey, {}, problems.map((p) => ({ path: p.field, messageKey: `monev_${p.code}` as MessageKey })));
      }
      const reminderDays = uniqueDays(input.reminderDays ?? DEFAULT_REMINDER_DAYS);
      const id = await db.transaction(async (tx) => {
        const all = await repo.unitsWithEffectiveSops(tx);
        let chosen: typeof all;
        if (input.unitIds) {
          const wanted = [...new Set(input.unitIds)];
          const unknown = wanted.filter((u) => !all.some((x) => x.id === u));
          if (unknown.length) throw fieldError(400, 'UNIT_UNKNOWN', 'unitIds', 'monev_unit_unknown');
          chosen = all.filter((x) => wanted.includes(x.id));
          const empty = chosen.filter((x) => x.effectiveSops === 0);
          if (empty.length) throw fieldError(400, 'NO_EFFECTIVE_SOPS', 'unitIds', 'monev_no_effective_sops', { units: empty.map((x) => `${x.code} ${x.name}`).join(', ') });
        } else {
          chosen = all.filter((x) => x.effectiveSops > 0);
          if (chosen.length === 0) throw fieldError(400, 'NO_EFFECTIVE_SOPS', 'unitIds', 'monev_no_units');
        }
        const now = clock();
        const roundId = await repo.insertRound(tx, {
          title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, deadline: input.deadline, reminderDays, openedBy: actor.id, openedAt: now,
        });
        const unitIds = chosen.map((x) => x.id);
        await repo.insertRoundUnits(tx, unitIds.map((unitId) => ({ roundId, unitId })));
        const entries = await repo.effectiveEntriesOfUnits(tx, unitIds);
        await repo.insertAssessments(tx, entries.map((e) => ({ roundId, unitId: e.unitId, registryId: e.id, updatedAt: now })));
        await recordAudit(tx, { actorId: actor.id, action: 'monev.open', entity: 'monev_round', entityId: roundId, data: { ...input, reminderDays, unitIds, sops: entries.length }, ip });
        return roundId;
      });
      return detail(actor, id);
    },

    /** Changes a round's title, deadline or reminder days (while open). */
    async update(actor: Actor, id: string, input: TUpdateRound, ip?: string): Promise<TRoundDetail> {
      checkDates(input);
      await db.transaction(async (tx) => {
        const r = await roundOr404(id, { lock: true, tx });
        if (r.status !== 'open') throw new AppError(409, 'ROUND_CLOSED', 'monev_round_closed');
        if (r.version !== input.version) throw versionConflict({ version: r.version });
        if (input.deadline !== undefined && input.deadline !== r.deadline) {
          const problems = roundDateProblems({ periodStart: r.periodStart, periodEnd: r.periodEnd, deadline: input.deadline }, today()).filter((p) => p.field === 'deadline');
          if (problems.length) throw fieldError(400, 'VALIDATION', 'deadline', `monev_${problems[0].code}` as MessageKey);
        }
        const values = {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
          ...(input.reminderDays !== undefined ? { reminderDays: uniqueDays(input.reminderDays) } : {}),
        };
        if (!(await repo.updateRound(tx, id, input.version, values))) throw versionConflict({ version: r.version });
        await recordAudit(tx, { actorId: actor.id, action: 'monev.update', entity: 'monev_round', entityId: id, data: input, ip });
      });
      return detail(actor, id);
    },

    async close(actor: Actor, id: string, version: number, ip?: string): Promise<TRoundDetail> {
      await db.transaction(async (tx) => {
        const r = await roundOr404(id, { lock: true, tx });
        if (r.status !== 'open') throw new AppError(409, 'ROUND_CLOSED', 'monev_round_closed');
        if (!(await repo.updateRound(tx, id, version, { status: 'closed', closedAt: clock() }))) throw versionConflict({ version: r.version });
        await recordAudit(tx, { actorId: actor.id, action: 'monev.close', entity: 'monev_round', entityId: id, data: { version }, ip });
      });
      return detail(actor, id);
    },

    /** Saves part of one SOP's row; refused once the unit has submitted or the round is closed. */
    async save(actor: Actor, assessmentId: string, input: TSaveAssessment, ip?: string): Promise<TAssessment> {
      const current = await repo.getAssessment(db, assessmentId);
      if (!current || !can(actor, 'monev.read', { unitId: current.a.unitId })) throw notFound();
      if (!can(actor, 'monev.fill', { unitId: current.a.unitId })) throw forbidden();
      await db.transaction(async (tx) => {
        const r = await roundOr404(current.a.roundId, { tx });
        const ru = await repo.getRoundUnit(tx, current.a.roundId, current.a.unitId, { lock: true });
        requireEditable(r, ru!);
        const locked = (await repo.getAssessment(tx, assessmentId, { lock: true }))!;
        if (input.version !== undefined && input.version !== locked.a.version) {
          throw new AppError(409, 'MONEV_ASSESSMENT_CHANGED', 'monev_assessment_changed', { title: locked.title });
        }
        let criteria = locked.a.criteria;
        if (input.criteria) {
          const ids = await activeCriterionIds(tx);
          const unknown = Object.keys(input.criteria).filter((k) => !ids.includes(k));
          if (unknown.length) throw fieldError(400, 'VALIDATION', `criteria.${unknown[0]}`, 'monev_criterion_unknown', { id: unknown[0] });
          criteria = { ...criteria, ...input.criteria };
        }
        const { criteria: _c, version: _v, ...rest } = input;
        await repo.updateAssessment(tx, assessmentId, {
          ...rest,
          ...(input.methods ? { methods: [...new Set(input.methods)] } : {}),
          criteria,
          ...(input.assessorName !== undefined ? { assessorUserId: actor.id } : {}),
          updatedBy: actor.id,
          updatedAt: clock(),
          version: locked.a.version + 1,
        });
        await recordAudit(tx, { actorId: actor.id, action: 'monev.save', entity: 'monev_assessment', entityId: assessmentId, data: input, ip });
      });
      const [row, ids, ru] = await Promise.all([repo.getAssessment(db, assessmentId), activeCriterionIds(), repo.getRoundUnit(db, current.a.roundId, current.a.unitId)]);
      return presentAssessment(actor, row!, ids, { open: true, submitted: ru?.submittedAt != null });
    },

    /** Hands in the unit's Table 7: every SOP's row must be complete (refused with what is missing, per SOP). */
    async submit(actor: Actor, roundId: string, unitId: string, ip?: string): Promise<TSheet> {
      await readableUnit(actor, roundId, unitId);
      if (!can(actor, 'monev.fill', { unitId })) throw forbidden();
      await db.transaction(async (tx) => {
        const r = await roundOr404(roundId, { tx });
        const ru = await repo.getRoundUnit(tx, roundId, unitId, { lock: true });
        requireEditable(r, ru!);
        const ids = await activeCriterionIds(tx);
        const rows = await repo.listAssessments(tx, roundId, unitId);
        const gaps = rows.map((row) => ({ row, missing: missingFields(fieldsOf(row.a), ids) })).filter((g) => g.missing.length > 0);
        if (gaps.length) {
          throw new AppError(
            409,
            'MONEV_INCOMPLETE',
            'monev_incomplete',
            { count: gaps.length, sops: gaps.map((g) => `${g.row.number} ${g.row.title}`).join('; ') },
            gaps.flatMap((g) => g.missing.map((m) => ({ path: `assessments.${g.row.a.id}.${m}`, messageKey: missingKey(m), params: { sop: g.row.title, criterion: m.slice('criteria.'.length) } }))),
            { missing: gaps.map((g) => ({ assessmentId: g.row.a.id, fields: g.missing })) },
          );
        }
        await repo.setSubmitted(tx, roundId, unitId, clock(), actor.id);
        await recordAudit(tx, { actorId: actor.id, action: 'monev.submit', entity: 'monev_round', entityId: roundId, data: { unitId }, ip });
      });
      return sheet(actor, roundId, unitId);
    },

    /** The bureau opens a submitted unit's Table 7 again for changes. */
    async reopenUnit(actor: Actor, roundId: string, unitId: string, ip?: string): Promise<TSheet> {
      await db.transaction(async (tx) => {
        const r = await roundOr404(roundId, { tx });
        const ru = await repo.getRoundUnit(tx, roundId, unitId, { lock: true });
        if (!ru) throw notFound();
        if (r.status !== 'open') throw new AppError(409, 'ROUND_CLOSED', 'monev_round_closed');
        if (!ru.submittedAt) throw new AppError(409, 'NOT_SUBMITTED', 'monev_not_submitted');
        await repo.setSubmitted(tx, roundId, unitId, null, null);
        await recordAudit(tx, { actorId: actor.id, action: 'monev.reopen', entity: 'monev_round', entityId: roundId, data: { unitId }, ip });
      });
      return sheet(actor, roundId, unitId);
    },

    /**
     * "Kirim pengingat": reminds one unit, or every unit that has not submitted, now (kind `manual`, at most once
     * per unit and day). One named unit that has submitted, or was reminded today already, is refused.
     */
    async remind(actor: Actor, roundId: string, unitId?: string, ip?: string) {
      const r = await roundOr404(roundId);
      if (r.status !== 'open') throw new AppError(409, 'ROUND_CLOSED', 'monev_round_closed');
      const targets = (await repo.roundUnits(db, roundId, unitId)).filter((u) => u.submittedAt === null);
      if (unitId) {
        const ru = await repo.getRoundUnit(db, roundId, unitId);
        if (!ru) throw notFound();
        if (ru.submittedAt) throw new AppError(409, 'ALREADY_SUBMITTED', 'monev_reminder_submitted');
      }
      const now = clock();
      const units: { unitId: string; recipients: number }[] = [];
      for (const u of targets) {
        const n = await db.transaction(async (tx) => {
          const got = await sendReminder(tx, { mailer, publicUrl }, { roundId, title: r.title, deadline: r.deadline, unitId: u.unitId, kind: 'manual', now, sentBy: actor.id });
          if (got !== null) await recordAudit(tx, { actorId: actor.id, action: 'monev.remind', entity: 'monev_round', entityId: roundId, data: { unitId: u.unitId, recipients: got }, ip });
          return got;
        });
        if (n === null && unitId) throw new AppError(409, 'REMINDED_TODAY', 'monev_reminder_sent_today');
        if (n !== null) units.push({ unitId: u.unitId, recipients: n });
      }
      if (units.length) void mailer.flush();
      return { sent: units.length, units };
    },

    /**
     * "Ajukan permohonan revisi" for an SOP found not to work: a draft SOP facilitation request of the unit, titled
     * and described from the evaluation, carrying a new draft version of the SOP started through the registry (or
     * the SOP's draft already open). Asked again, it answers the same request.
     */
    async requestRevision(actor: Actor, assessmentId: string, ip?: string) {
      const current = await repo.getAssessment(db, assessmentId);
      if (!current || !can(actor, 'monev.read', { unitId: current.a.unitId })) throw notFound();
      if (!can(actor, 'monev.requestRevision', { unitId: current.a.unitId })) throw forbidden();
      const head0 = await sopsRepo.getSop(db, current.sopId);
      if (current.a.revisionRequestId) return { requestId: current.a.revisionRequestId, created: false, sopId: current.sopId, sopVersion: head0?.currentVersion ?? current.sopVersion };
      const ru = await repo.getRoundUnit(db, current.a.roundId, current.a.unitId);
      if (current.a.assessment !== 'tidak_berjalan_baik' || !ru?.submittedAt) throw new AppError(409, 'NOT_FAILING', 'monev_revision_not_failing');
      const service = await getServiceByCode(db, REVISION_SERVICE_CODE);
      if (!service || !service.active || !service.attachesSop) throw new AppError(409, 'SERVICE_UNAVAILABLE', 'monev_revision_no_service');
      // The new version: the registry's own function, unless the SOP already has a draft open (one at a time).
      if (head0?.status !== 'draf') await registry.newVersion(actor, current.a.registryId, ip);
      const round = await roundOr404(current.a.roundId);
      const criteria = await repo.listCriteria(db);
      return db.transaction(async (tx) => {
        const row = await repo.getAssessment(tx, assessmentId, { lock: true });
        const head = await sopsRepo.getSop(tx, current.sopId);
        if (!row || !head) throw notFound();
        if (row.a.revisionRequestId) return { requestId: row.a.revisionRequestId, created: false, sopId: head.id, sopVersion: head.currentVersion };
        await requireActiveUnit(tx, row.a.unitId);
        const now = clock();
        const prefill: Record<string, unknown> = {};
        for (const f of service.formFields) {
          if (f.type === 'select' && f.options?.includes('Revisi SOP')) prefill[f.key] = 'Revisi SOP';
          if (f.key === 'jumlahSop' && f.type === 'number') prefill[f.key] = 1;
        }
        const form = validateFormValues(service.formFields, prefill, 'draft');
        const title = `Revisi SOP ${row.title}`.slice(0, 500);
        const requestId = await requestsRepo.insertRequest(tx, {
          serviceId: service.id,
          unitId: row.a.unitId,
          title,
          formValues: form.ok ? form.values : {},
          requiresEndorsement: service.requiresEndorsement,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        await requestSopRepo.setRequestSop(tx, requestId, head.id, now);
        await requestSopRepo.insertSopEvent(tx, { requestId, kind: 'linked', sopId: head.id, sopVersion: head.currentVersion, actorId: actor.id, at: now });
        const ids = criteria.filter((c) => c.active).map((c) => c.id);
        const no = criteriaAnsweredNo(row.a.criteria, ids).map((id) => criteria.find((c) => c.id === id)!.textId);
        const description = [
          `Hasil monitoring dan evaluasi "${round.title}" (${round.periodStart} s.d. ${round.periodEnd}) untuk SOP ${row.number} ${row.title}: tidak berjalan dengan baik.`,
          `Catatan hasil penilaian: ${row.a.notes || '-'}`,
          `Tindakan yang harus diambil: ${row.a.action || '-'}`,
          `Kriteria evaluasi yang dijawab "Tidak": ${no.length ? no.map((x) => `\n- ${x}`).join('') : '-'}`,
        ].join('\n');
        await requestsRepo.insertComment(tx, { requestId, authorId: actor.id, body: description, at: now });
        await repo.updateAssessment(tx, assessmentId, { revisionRequestId: requestId });
        await recordAudit(tx, { actorId: actor.id, action: 'request.create', entity: 'request', entityId: requestId, data: { title, serviceCode: REVISION_SERVICE_CODE, unitId: row.a.unitId, fromMonevAssessment: assessmentId }, ip });
        await recordAudit(tx, { actorId: actor.id, action: 'monev.requestRevision', entity: 'monev_assessment', entityId: assessmentId, data: { requestId, sopId: head.id, sopVersion: head.currentVersion }, ip });
        return { requestId, created: true, sopId: head.id, sopVersion: head.currentVersion };
      });
    },
  };
}

export type MonevService = ReturnType<typeof createMonevService>;
