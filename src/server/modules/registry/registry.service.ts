import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Database, Tx } from '../../db/open.ts';
import type { RatifiedVersion } from '../review-ack/review-ack.service.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { checkSop, countProblems } from '../../../domain/sop/checker.ts';
import { DEFAULT_PAGE_SETTINGS, type SopContent, type SopRatifier } from '../../../domain/sop/model.ts';
import { AppError, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, type Actor } from '../../policy/policy.ts';
import type { Storage } from '../../storage/storage.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getUnit } from '../units/units.repo.ts';
import * as sopsRepo from '../sops/sops.repo.ts';
import { unitNamesOf } from '../sops/export/export.service.ts';
import { renderSopDocx } from '../sops/export/docx.ts';
import { exportFileName } from '../sops/export/paint.ts';
import { renderSopXlsx, XLSX_CONTENT_TYPE } from '../sops/template/write.ts';
import { ratifiedContent, renderFrozenPdf, verificationUrl, type Ratification } from './frozen-pdf.ts';
import * as repo from './registry.repo.ts';
import type { TPublicEntry, TPublicQuery, TRatify, TRegistryEntry, TVerifyResult } from './registry.schema.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Uploaded files to verify are hashed while streaming and never stored; a printed SOP is far smaller. */
export const VERIFY_MAX_MB = 50;

/** A verification code: 10 characters without look-alikes (0/O, 1/I). */
export function newVerificationCode(): string {
  const bytes = randomBytes(10);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The WIB calendar date of an instant. */
export function wibDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface RegistryDeps {
  database: Database;
  storage: Storage;
  clock: () => Date;
  publicUrl: string;
  /** Told of each version that takes effect, inside the ratifying transaction, and once it has committed (modules/review-ack). */
  onRatified?: { inTransaction(tx: Tx, e: RatifiedVersion): Promise<void>; afterCommit?(): void };
}

/**
 * The registry of ratified SOPs: ratification freezes a version (its PDF rendered once, outside any transaction,
 * then stored), supersedes the SOP's previous version in effect, and everything afterwards only reads those bytes.
 */
export function createRegistryService({ database, storage, clock, publicUrl, onRatified }: RegistryDeps) {
  const { db } = database;

  const publicEntry = (r: repo.EntryRow): TPublicEntry => ({
    id: r.id,
    sopId: r.sopId,
    version: r.sopVersion,
    number: r.number,
    title: r.title,
    unitId: r.unitId,
    unitLabel: r.unitLabel,
    effectiveOn: r.effectiveOn,
    ratifier: { position: r.ratifierPosition, name: r.ratifierName, nip: r.ratifierNip },
    ratifiedAt: r.ratifiedAt.toISOString(),
    status: r.status,
    statusReason: r.statusReason,
    statusAt: iso(r.statusAt),
    supersededBy: r.supersededById ? { id: r.supersededById, number: r.supersededByNumber ?? '', version: r.supersededByVersion ?? 0 } : null,
    code: r.code,
    verifyUrl: verificationUrl(publicUrl, r.code),
    sha256: r.pdfSha256,
    size: r.pdfSize,
    downloads: {
      pdf: `/api/public/registry/${r.id}/download.pdf`,
      docx: `/api/public/registry/${r.id}/download.docx`,
      xlsx: `/api/public/registry/${r.id}/download.xlsx`,
    },
  });

  const entryActions = (actor: Actor | null, r: repo.EntryRow) =>
    r.status !== 'effective'
      ? []
      : [...(can(actor, 'registry.revoke') ? ['revoke'] : []), ...(can(actor, 'registry.newVersion', { unitId: r.unitId }) ? ['newVersion'] : [])];

  const bureauEntry = (actor: Actor | null, r: repo.EntryRow): TRegistryEntry => ({
    ...publicEntry(r),
    requestId: r.requestId,
    ratifiedByUser: { id: r.ratifiedById, name: r.ratifiedByName },
    statusBy: r.statusById ? { id: r.statusById, name: r.statusByName ?? '' } : null,
    actions: entryActions(actor, r),
  });

  async function entryOrThrow(id: string): Promise<repo.EntryRow> {
    const row = await repo.getEntry(db, id);
    if (!row) throw notFound();
    return row;
  }

  /** The frozen content of an entry: its version's content with the ratification filled in. */
  async function contentOf(r: repo.EntryRow): Promise<SopContent> {
    const v = await sopsRepo.getSopVersion(db, r.sopId, r.sopVersion);
    if (!v) throw new Error(`registry entry ${r.id}: SOP version ${r.sopVersion} is missing`);
    return ratifiedContent(v.content, { number: r.number, effectiveOn: r.effectiveOn, ratifiedBy: { position: r.ratifierPosition, name: r.ratifierName, nip: r.ratifierNip } });
  }

  async function verdict(r: repo.EntryRow | undefined): Promise<TVerifyResult> {
    if (!r) return { found: false, valid: false, entry: null, effective: null };
    const effective = r.status === 'effective' ? undefined : await repo.effectiveEntryOf(db, r.sopId);
    return {
      found: true,
      valid: r.status === 'effective',
      entry: publicEntry(r),
      effective: effective ? { id: effective.id, number: effective.number, version: effective.sopVersion } : null,
    };
  }

  /**
   * Ratifies one saved version of an SOP. Everything slow happens before the transaction: reading and checking the
   * version, rendering the frozen PDF and storing it; the transaction then writes the entry, supersedes the
   * previous version in effect and marks the SOP *berlaku*. A refusal inside it removes the stored PDF.
   */
  async function ratify(actor: Actor, input: TRatify, ip?: string): Promise<TRegistryEntry> {
    const sop = await sopsRepo.getSop(db, input.sopId);
    if (!sop) throw fieldError(404, 'NOT_FOUND', 'sopId', 'not_found');
    const version = await sopsRepo.getSopVersion(db, input.sopId, input.version);
    if (!version) throw fieldError(404, 'SOP_VERSION_UNKNOWN', 'version', 'sop_version_unknown');
    if (!validDate(input.effectiveOn)) throw fieldError(400, 'VALIDATION', 'effectiveOn', 'registry_effective_on_invalid');
    const official: SopRatifier = input.ratifiedBy ?? version.content.identity.ratifiedBy;
    if (!official.position.trim() || !official.name.trim() || !official.nip.trim()) throw fieldError(400, 'VALIDATION', 'ratifiedBy', 'registry_ratifier_required');
    const r: Ratification = { number: input.number.trim(), effectiveOn: input.effectiveOn, ratifiedBy: { position: official.position.trim(), name: official.name.trim(), nip: official.nip.trim() } };
    const content = ratifiedContent(version.content, r);
    const ids = content.identity.related.flatMap((x) => (x.sopId ? [x.sopId] : []));
    const { errors } = countProblems(checkSop(content, { knownSopIds: await sopsRepo.existingSopIds(db, ids) }));
    if (errors > 0) throw new AppError(409, 'SOP_HAS_ERRORS', 'registry_sop_has_errors', { count: errors });
    if (await repo.entryOfVersion(db, input.sopId, input.version)) throw fieldError(409, 'VERSION_RATIFIED', 'version', 'registry_version_ratified', { version: input.version });
    if (await repo.numberTaken(db, r.number)) throw fieldError(409, 'NUMBER_TAKEN', 'number', 'registry_number_taken');
    if (input.requestId && !(await repo.requestExists(db, input.requestId))) throw fieldError(404, 'NOT_FOUND', 'requestId', 'not_found');
    const unit = await getUnit(db, sop.unitId);

    const now = clock();
    const code = newVerificationCode();
    const pdf = await renderFrozenPdf(version.content, r, { unitNames: await unitNamesOf(db, sop.unitId), ratifiedAt: now, code, publicUrl });
    const pdfKey = `registry/${sop.id}/${randomUUID()}`;
    const stored = await storage.put(pdfKey, Readable.from([pdf]), { maxBytes: 200 * 1024 * 1024 });

    let id: string;
    try {
      id = await db.transaction(async (tx) => {
        await sopsRepo.lockSop(tx, sop.id);
        const previous = await repo.effectiveEntryOf(tx, sop.id);
        if (previous && !(await repo.supersede(tx, previous.id, null, actor.id, now))) throw new AppError(409, 'VERSION_CONFLICT', 'conflict_version');
        const newId = await repo.insertEntry(tx, {
          sopId: sop.id,
          sopVersion: version.number,
          unitId: sop.unitId,
          unitLabel: unit ? `${unit.code} ${unit.name}` : sop.unitName,
          title: content.identity.title || sop.title,
          number: r.number,
          effectiveOn: r.effectiveOn,
          ratifierPosition: r.ratifiedBy.position,
          ratifierName: r.ratifiedBy.name,
          ratifierNip: r.ratifiedBy.nip,
          ratifiedAt: now,
          ratifiedBy: actor.id,
          requestId: input.requestId ?? null,
          code,
          pdfKey,
          pdfSha256: stored.sha256,
          pdfSize: stored.size,
        });
        if (previous) await repo.linkSuccessor(tx, previous.id, newId);
        await onRatified?.inTransaction(tx, {
          entryId: newId, previousEntryId: previous?.id ?? null, sopId: sop.id, unitId: sop.unitId, title: content.identity.title || sop.title,
          number: r.number, effectiveOn: r.effectiveOn, actorId: actor.id, now,
        });
        await sopsRepo.setSopStatus(tx, sop.id, 'berlaku', { updatedBy: actor.id, updatedAt: now });
        await recordAudit(tx, {
          actorId: actor.id, action: 'registry.ratify', entity: 'sop', entityId: sop.id,
          data: { entryId: newId, version: version.number, number: r.number, effectiveOn: r.effectiveOn, requestId: input.requestId ?? null, supersedes: previous?.id ?? null, sha256: stored.sha256 },
          ip,
        });
        return newId;
      });
    } catch (err) {
      await storage.delete(pdfKey);
      if (isUniqueViolation(err, 'sop_registry_number_key')) throw fieldError(409, 'NUMBER_TAKEN', 'number', 'registry_number_taken');
      if (isUniqueViolation(err, 'sop_registry_version_key')) throw fieldError(409, 'VERSION_RATIFIED', 'version', 'registry_version_ratified', { version: input.version });
      if (isUniqueViolation(err, 'sop_registry_effective_key')) throw new AppError(409, 'VERSION_CONFLICT', 'conflict_version');
      throw err;
    }
    onRatified?.afterCommit?.();
    return bureauEntry(actor, (await repo.getEntry(db, id))!);
  }

  return {
    ratify,

    async get(actor: Actor | null, id: string): Promise<TRegistryEntry> {
      return bureauEntry(actor, await entryOrThrow(id));
    },

    /**
     * Starts the next draft of an SOP from its version in effect: a new content version that copies the ratified
     * content, and the SOP is a draft again. One draft at a time: refused while the SOP is a draft already.
     */
    async newVersion(actor: Actor, entryId: string, ip?: string) {
      const entry = await entryOrThrow(entryId);
      if (!can(actor, 'registry.newVersion', { unitId: entry.unitId })) throw forbidden();
      if (entry.status !== 'effective') throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
      const content = await contentOf(entry);
      const version = await db.transaction(async (tx) => {
        const head = await sopsRepo.lockSop(tx, entry.sopId);
        if (!head) throw notFound();
        if (head.status === 'draf') throw new AppError(409, 'DRAFT_OPEN', 'registry_draft_open', { version: head.currentVersion }, [], { version: head.currentVersion });
        const current = await repo.effectiveEntryOf(tx, entry.sopId);
        if (current?.id !== entry.id) throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
        const now = clock();
        const { errors, warnings } = countProblems(checkSop(content, { knownSopIds: await sopsRepo.existingSopIds(tx, content.identity.related.flatMap((x) => (x.sopId ? [x.sopId] : []))) }));
        const next = head.currentVersion + 1;
        const moved = await sopsRepo.advanceSop(tx, entry.sopId, head.currentVersion, {
          status: 'draf', title: content.identity.title, number: content.identity.number, errorCount: errors, warningCount: warnings, updatedBy: actor.id, updatedAt: now,
        });
        if (!moved) throw new AppError(409, 'VERSION_CONFLICT', 'conflict_version');
        await sopsRepo.insertSopVersion(tx, { sopId: entry.sopId, number: next, content, note: `Versi baru dari ${entry.number} (versi ${entry.sopVersion})`, savedBy: actor.id, savedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'registry.newVersion', entity: 'sop', entityId: entry.sopId, data: { entryId: entry.id, version: next }, ip });
        return next;
      });
      return { sopId: entry.sopId, version, fromEntryId: entry.id };
    },

    /** Revokes the version in effect, with a reason; the SOP is *dicabut* until a new version is ratified. */
    async revoke(actor: Actor, entryId: string, reason: string | undefined, ip?: string): Promise<TRegistryEntry> {
      const text = (reason ?? '').trim();
      if (!text) throw fieldError(400, 'VALIDATION', 'reason', 'registry_reason_required');
      const entry = await entryOrThrow(entryId);
      await db.transaction(async (tx) => {
        await sopsRepo.lockSop(tx, entry.sopId);
        const now = clock();
        if (!(await repo.revoke(tx, entry.id, text, actor.id, now))) throw new AppError(409, 'NOT_EFFECTIVE', 'registry_not_effective');
        const head = await sopsRepo.getSop(tx, entry.sopId);
        if (head && head.status === 'berlaku') await sopsRepo.setSopStatus(tx, entry.sopId, 'dicabut', { updatedBy: actor.id, updatedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'registry.revoke', entity: 'sop', entityId: entry.sopId, data: { entryId: entry.id, reason: text }, ip });
      });
      return bureauEntry(actor, await entryOrThrow(entryId));
    },

    // ---------------------------------------------------------------- public

    async list(q: TPublicQuery) {
      const { items, total } = await repo.listPublic(db, { q: q.q, unitId: q.unitId, year: q.year, status: q.status, limit: q.pageSize, offset: offsetOf(q) });
      return { items, total, page: q.page, pageSize: q.pageSize, actions: [] as string[] };
    },

    options: () => repo.publicOptions(db),

    async publicSop(sopId: string) {
      const versions = await repo.entriesOfSop(db, sopId);
      if (versions.length === 0) throw notFound();
      const current = versions.find((v) => v.status === 'effective') ?? versions[0];
      const content = await contentOf(current);
      const namedIds = content.identity.related.flatMap((x) => (x.sopId ? [x.sopId] : []));
      const namingIds = await repo.sopsNaming(db, sopId);
      const known = await repo.currentEntries(db, [...new Set([...namedIds, ...namingIds])]);
      const ref = (id: string) => {
        const e = known.get(id)!;
        return { sopId: id, title: e.title, number: e.number, status: e.status };
      };
      return {
        sopId,
        current: publicEntry(current),
        content,
        versions: versions.map(publicEntry),
        related: {
          // Only SOPs in the registry are linked; anything else is shown by its name alone.
          names: content.identity.related.map((x) => (x.sopId && known.has(x.sopId) ? ref(x.sopId) : { sopId: null, title: x.title, number: null, status: null })),
          namedBy: namingIds.filter((id) => known.has(id)).map(ref),
        },
      };
    },

    verifyCode: async (code: string) => verdict(await repo.getEntryByCode(db, code.trim().toUpperCase())),
    verifyNumber: async (number: string) => verdict(await repo.getEntryByNumber(db, number.trim())),

    /** Hashes an uploaded file as it streams in (nothing is stored) and looks the hash up among the frozen PDFs. */
    async verifyFile(file: { filename: string; file: Readable } | undefined): Promise<TVerifyResult> {
      if (!file) throw fieldError(400, 'VALIDATION', 'file', 'registry_verify_file_required');
      if (!/\.pdf$/i.test(file.filename)) {
        file.file.resume();
        throw fieldError(400, 'VERIFY_PDF_ONLY', 'file', 'registry_verify_pdf_only');
      }
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      for await (const chunk of file.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > VERIFY_MAX_MB * 1024 * 1024) {
          file.file.resume();
          throw fieldError(413, 'VERIFY_TOO_LARGE', 'file', 'registry_verify_too_large', { maxMb: VERIFY_MAX_MB });
        }
        if (head.length < 5) head = Buffer.concat([head, chunk.subarray(0, 5 - head.length)]);
        hash.update(chunk);
      }
      if ((file.file as Readable & { truncated?: boolean }).truncated) throw fieldError(413, 'VERIFY_TOO_LARGE', 'file', 'registry_verify_too_large', { maxMb: VERIFY_MAX_MB });
      if (size === 0) throw fieldError(400, 'VALIDATION', 'file', 'registry_verify_file_required');
      if (head.toString('latin1') !== '%PDF-') throw fieldError(400, 'VERIFY_PDF_ONLY', 'file', 'registry_verify_pdf_only');
      const sha256 = hash.digest('hex');
      return { ...(await verdict(await repo.getEntryBySha(db, sha256))), sha256 };
    },

    /** The frozen PDF exactly as stored at ratification. */
    async pdf(entryId: string) {
      const entry = await entryOrThrow(entryId);
      return { stream: await storage.get(entry.pdfKey), size: entry.pdfSize, sha256: entry.pdfSha256, fileName: exportFileName(entry.number, entry.title, 'pdf') };
    },

    /** Word and spreadsheet of that exact version, from the existing exporters (deterministic for the version). */
    async document(entryId: string, format: 'docx' | 'xlsx') {
      const entry = await entryOrThrow(entryId);
      const content = await contentOf(entry);
      const unitNames = await unitNamesOf(db, entry.unitId);
      const body = format === 'docx'
        ? await renderSopDocx(content, DEFAULT_PAGE_SETTINGS, { unitNames, savedAt: entry.ratifiedAt })
        : await renderSopXlsx(content, DEFAULT_PAGE_SETTINGS, { unitName: unitNames.at(-1) ?? '', layout: { unitNames } });
      return {
        body,
        contentType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : XLSX_CONTENT_TYPE,
        fileName: exportFileName(entry.number, entry.title, format),
      };
    },

    /**
     * Ratifies the SOP a completed facilitation request carries (the version last submitted with it), under the
     * number the request received at stage 6. Called after the completing transaction has committed; does nothing
     * for a request without an SOP, without a number, or already ratified.
     */
    async ratifyCompletedRequest(actor: Actor, requestId: string, ip?: string): Promise<TRegistryEntry | null> {
      const req = await repo.requestForRatification(db, requestId);
      if (!req || req.state !== 'selesai' || !req.documentNumber || !req.submittedSopId || req.submittedSopVersion === null) return null;
      if (await repo.entryOfRequest(db, requestId)) return null;
      const version = await sopsRepo.getSopVersion(db, req.submittedSopId, req.submittedSopVersion);
      if (!version) return null;
      return ratify(actor, {
        sopId: req.submittedSopId,
        version: req.submittedSopVersion,
        number: req.documentNumber,
        effectiveOn: version.content.identity.effectiveOn && validDate(version.content.identity.effectiveOn) ? version.content.identity.effectiveOn : wibDate(req.completedAt ?? clock()),
        requestId,
      }, ip);
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
