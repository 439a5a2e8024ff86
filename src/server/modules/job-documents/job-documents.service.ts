import type { Database, Db, Tx } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { computeAbk } from '../../../domain/jabatan/abk.ts';
import { evaluateJob } from '../../../domain/jabatan/evjab.ts';
import type { JobMasterData, WorkPeriod } from '../../../domain/jabatan/master.ts';
import { abkTasksOf, type AnjabContent, type EvjabContent, type JobDocumentContent, type JobDocumentKind, type JobKind, type SkjContent } from '../../../domain/jabatan/model.ts';
import { emptyJobContent } from '../../../domain/jabatan/schema.ts';
import { prefillSkj, requiredLevel } from '../../../domain/jabatan/reference.ts';
import { AppError, fieldError, forbidden, notFound } from '../../http/errors.ts';
import type { Language } from '../../http/language.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { JobMasterService } from '../job-master/job-master.service.ts';
import * as masterRepo from '../job-master/job-master.repo.ts';
import * as repo from './job-documents.repo.ts';
import type { TCreateJobDocument, TJobDocument, TJobDocumentQuery, TJobDocumentSummary, TSaveJobDocument } from './job-documents.schema.ts';

/** JSON with sorted keys: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

type Problem = { code: string; params: Record<string, string | number> };
const named = (lang: Language, p: Problem) => ({ ...p, message: t(lang, `job_problem_${p.code}` as MessageKey, p.params) });

/** The document's position is the document's: whatever the client sends, the content names it. */
function withPosition(content: JobDocumentContent, positionId: string): JobDocumentContent {
  switch (content.kind) {
    case 'anjab': return { ...content, identity: { ...content.identity, positionId } };
    case 'evjab': return { ...content, positionId };
    case 'skj': return { ...content, identity: { ...content.identity, positionId } };
  }
}

export function createJobDocumentsService({ database, clock, jobMaster }: { database: Database; clock: () => Date; jobMaster: JobMasterService }) {
  const { db } = database;

  /** Master data by year, loaded once per call. */
  const masterCache = () => {
    const cache = new Map<number, Promise<{ data: JobMasterData; rows: masterRepo.MasterRows }>>();
    return (year: number) => {
      if (!cache.has(year)) {
        cache.set(year, masterRepo.loadMaster(db, year).then((rows) => {
          if (!rows) throw new Error(`job master year ${year} is missing`);
          return { data: masterRepo.toDomain(rows), rows };
        }));
      }
      return cache.get(year)!;
    };
  };

  function abkOf(content: AnjabContent, master: JobMasterData) {
    const tasks = abkTasksOf(content);
    const result = computeAbk(tasks, content.presentStaff, master);
    return {
      masterYear: master.year,
      workingMinutesPerYear: master.workingTime.minutes.tahun,
      rounding: master.rounding,
      tasks: result.tasks.map((r, i) => ({ ...r, resultUnit: tasks[i].resultUnit, volume: tasks[i].volume, period: tasks[i].period as WorkPeriod, minutesPerResult: tasks[i].minutesPerResult })),
      incompleteTaskIds: content.tasks.filter((task) => task.volume === null || task.minutesPerResult === null).map((task) => task.id),
      workload: result.workload,
      staffExact: result.staffExact,
      staffNeeded: result.staffNeeded,
      staffPresent: result.staffPresent,
      difference: result.difference,
      ej: result.ej,
      pj: result.pj,
    };
  }

  function evaluationOf(content: EvjabContent, master: JobMasterData, lang: Language) {
    const factors = master.factors[content.factorSet];
    const result = evaluateJob(factors, content.choices, master.classes);
    return {
      masterYear: master.year,
      points: result.points.map((p) => ({ ...p, name: factors.find((f) => f.code === p.code)?.name ?? '' })),
      total: result.total,
      grade: result.grade,
      problems: result.problems.map(({ code, ...params }) => named(lang, { code, params })),
    };
  }

  function skjOf(content: SkjContent, rows: masterRepo.MasterRows, lang: Language) {
    const problems: Problem[] = [];
    const view = (kind: 'manajerial' | 'sosial_kultural') => (c: { code: string; level: number; justification?: string }) => {
      const entry = rows.competencies.find((d) => d.code === c.code);
      if (!entry) problems.push({ code: 'competency_unknown', params: { code: c.code, year: rows.year } });
      return {
        code: c.code,
        kind: entry ? entry.kind : kind,
        name: entry?.name ?? null,
        level: c.level,
        description: entry?.levels.find((l) => l.level === c.level)?.description ?? null,
        unconfirmed: entry?.unconfirmed ?? false,
        required: requiredLevel(rows.requiredLevels, content.identity.jenjang, c.code),
        justification: c.justification ?? '',
      };
    };
    const competencies = [...content.managerial.map(view('manajerial')), ...content.socioCultural.map(view('sosial_kultural'))];
    return { masterYear: rows.year, competencies, problems: problems.map((p) => named(lang, p)) };
  }

  async function computed(content: JobDocumentContent, year: number, lang: Language, master = masterCache()) {
    const m = await master(year);
    switch (content.kind) {
      case 'anjab': return { content, abk: abkOf(content, m.data) };
      case 'evjab': return { content, evaluation: evaluationOf(content, m.data, lang) };
      case 'skj': return { content, skj: skjOf(content, m.rows, lang) };
    }
  }

  const summary = (actor: Actor | null, row: repo.JobDocumentRow): TJobDocumentSummary => ({
    id: row.id,
    kind: row.kind as JobDocumentKind,
    positionId: row.positionId,
    positionName: row.positionName,
    positionKind: row.positionKind,
    unitId: row.unitId,
    unitCode: row.unitCode,
    unitName: row.unitName,
    status: row.status as TJobDocumentSummary['status'],
    version: row.currentVersion,
    masterYear: row.masterYear,
    updatedBy: { id: row.updatedById, name: row.updatedByName },
    updatedAt: row.updatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    actions: can(actor, 'jobDocument.update', { unitId: row.unitId, state: row.status }) ? ['edit'] : [],
  });

  /** The document, if the actor may read it; another unit's answers 404 exactly like a missing one. */
  async function readable(tx: Db | Tx, actor: Actor | null, id: string): Promise<repo.JobDocumentRow> {
    const row = await repo.getDocument(tx, id);
    if (!row || !can(actor, 'jobDocument.read', { unitId: row.unitId })) throw notFound();
    return row;
  }

  async function latest(tx: Db | Tx, row: repo.JobDocumentRow): Promise<repo.JobVersionRow> {
    const version = await repo.getVersion(tx, row.id, row.currentVersion);
    if (!version) throw new Error(`job document ${row.id} has no version ${row.currentVersion}`);
    return version;
  }

  async function get(actor: Actor | null, id: string, lang: Language): Promise<TJobDocument> {
    const row = await readable(db, actor, id);
    const version = await latest(db, row);
    return { ...summary(actor, row), note: version.note, savedAt: version.savedAt.toISOString(), ...(await computed(version.content, version.masterYear, lang)) };
  }

  /** A unit the actor may read as a whole (403 for another unit's member, 404 for an unknown unit). */
  async function readableUnit(actor: Actor, unitId: string) {
    const unitsAll = await repo.allUnits(db);
    const unit = unitsAll.find((u) => u.id === unitId);
    if (!unit) throw notFound();
    if (!can(actor, 'jobDocument.read', { unitId })) throw forbidden();
    return { unit, unitsAll };
  }

  return {
    get,

    async list(actor: Actor, q: TJobDocumentQuery) {
      const bureau = can(actor, 'jobDocument.read', {});
      if (!bureau && q.unitId && q.unitId !== actor.unitId) throw forbidden();
      const unitId = bureau ? q.unitId : actor.unitId;
      const { items, total } = await repo.listDocuments(db, { unitId, positionId: q.positionId, kind: q.kind, limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((r) => summary(actor, r)),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: can(actor, 'jobDocument.create', { unitId: unitId ?? actor.unitId }) ? ['create'] : [],
      };
    },

    /** A new draft, version 1, empty but for the position's identity, computing with the current year of master data. */
    async create(actor: Actor, input: TCreateJobDocument, lang: Language, ip?: string) {
      const position = await repo.getPosition(db, input.positionId);
      if (!position) throw fieldError(400, 'POSITION_UNKNOWN', 'positionId', 'job_position_unknown');
      if (!can(actor, 'jobDocument.create', { unitId: position.unitId })) throw forbidden();
      if (!position.active) throw fieldError(400, 'POSITION_INACTIVE', 'positionId', 'job_position_inactive');
      const masterYear = await jobMaster.resolveYear();
      const exists = (existing?: string) => new AppError(409, 'JOB_DOCUMENT_EXISTS', 'job_document_exists', { kind: input.kind.toUpperCase() }, [], existing ? { current: { id: existing } } : {});
      const id = await db.transaction(async (tx) => {
        const existing = await repo.findOpenDraft(tx, input.positionId, input.kind);
        if (existing) throw exists(existing);
        const empty = emptyJobContent(input.kind, { id: position.id, name: position.name, kind: position.kind as JobKind, unit: position.unitName });
        // A new SKJ starts from the required-level table for the jenjang its position implies (reference.ts).
        const rows = empty.kind === 'skj' ? await masterRepo.loadMaster(tx, masterYear) : null;
        const content = empty.kind === 'skj' && rows ? prefillSkj(empty, position.kind, rows.requiredLevels, rows.competencies) : empty;
        const now = clock();
        const newId = await repo.insertDocument(tx, {
          positionId: position.id, kind: input.kind, masterYear, currentVersion: 1, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now,
        });
        await repo.insertVersion(tx, { documentId: newId, number: 1, content, masterYear, savedBy: actor.id, savedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'jobDocument.create', entity: 'job_document', entityId: newId, data: { ...input, masterYear }, ip });
        return newId;
      }).catch((err: unknown) => {
        if (isUniqueViolation(err)) throw exists();
        throw err;
      });
      return get(actor, id, lang);
    },

    /**
     * Every save is a new version. A save made on an older version is refused with the version that replaced it,
     * unless it is a retry of the very save that did (same content and year, same user): slow networks repeat requests.
     */
    async save(actor: Actor, id: string, input: TSaveJobDocument, lang: Language, ip?: string) {
      await db.transaction(async (tx) => {
        const row = await readable(tx, actor, id);
        if (!can(actor, 'jobDocument.update', { unitId: row.unitId, state: row.status })) {
          if (row.status !== 'draf' && can(actor, 'jobDocument.update', { unitId: row.unitId, state: 'draf' })) {
            if (row.status === 'divalidasi') throw new AppError(409, 'JOB_DOCUMENT_VALIDATED', 'job_document_validated');
            throw new AppError(409, 'JOB_DOCUMENT_NOT_DRAFT', row.status === 'diajukan' ? 'job_document_submitted' : 'job_document_not_draft');
          }
          throw forbidden();
        }
        if (input.content.kind !== row.kind) throw fieldError(400, 'JOB_KIND_MISMATCH', 'content.kind', 'job_kind_mismatch', { expected: row.kind });
        const masterYear = input.masterYear ?? row.masterYear;
        if (masterYear !== row.masterYear && !(await masterRepo.getYear(tx, masterYear))) {
          throw fieldError(400, 'JOB_MASTER_YEAR_UNKNOWN', 'masterYear', 'job_master_year_unknown', { year: masterYear });
        }
        const content = withPosition(input.content, row.positionId);
        const current = await latest(tx, row);
        const unchanged = canonical(current.content) === canonical(content) && current.masterYear === masterYear;
        if (input.version !== row.currentVersion) {
          if (unchanged && current.savedById === actor.id) return;
          throw conflict(row, current);
        }
        if (unchanged) return;
        const now = clock();
        if (!(await repo.advanceDocument(tx, id, input.version, { masterYear, updatedBy: actor.id, updatedAt: now }))) {
          const fresh = await readable(tx, actor, id);
          throw conflict(fresh, await latest(tx, fresh));
        }
        const number = input.version + 1;
        await repo.insertVersion(tx, { documentId: id, number, content, masterYear, note: input.note ?? '', savedBy: actor.id, savedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'jobDocument.save', entity: 'job_document', entityId: id, data: { version: number, masterYear }, ip });
      });
      return get(actor, id, lang);
    },

    async versions(actor: Actor | null, id: string, q: { page: number; pageSize: number }) {
      await readable(db, actor, id);
      const { items, total } = await repo.listVersions(db, id, { limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((v) => ({ number: v.number, masterYear: v.masterYear, note: v.note, savedBy: { id: v.savedById, name: v.savedByName }, savedAt: v.savedAt.toISOString() })),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: [],
      };
    },

    async version(actor: Actor | null, id: string, n: number, lang: Language) {
      await readable(db, actor, id);
      const v = await repo.getVersion(db, id, n);
      if (!v) throw new AppError(404, 'JOB_DOCUMENT_VERSION_UNKNOWN', 'job_document_version_unknown');
      return {
        documentId: id, number: v.number, masterYear: v.masterYear, note: v.note, savedBy: { id: v.savedById, name: v.savedByName }, savedAt: v.savedAt.toISOString(),
        ...(await computed(v.content, v.masterYear, lang)),
      };
    },

    /** Form C/D of a unit: each active position of the unit with the ABK of its newest Anjab. */
    async unitAbk(actor: Actor, unitId: string) {
      const { unit } = await readableUnit(actor, unitId);
      const positions = await repo.positionsOfUnits(db, [unitId]);
      const anjabs = await repo.latestDocuments(db, positions.map((p) => p.id), 'anjab');
      const master = masterCache();
      const rows = await Promise.all(positions.map(async (p) => {
        const doc = anjabs.get(p.id);
        const base = { positionId: p.id, positionName: p.name, positionKind: p.kind };
        if (!doc) return { ...base, documentId: null, masterYear: null, workload: null, staffExact: null, staffNeeded: null, staffPresent: null, difference: null, ej: null, pj: null };
        const abk = abkOf(doc.content as AnjabContent, (await master(doc.masterYear)).data);
        return {
          ...base, documentId: doc.id, masterYear: doc.masterYear, workload: abk.workload, staffExact: abk.staffExact, staffNeeded: abk.staffNeeded,
          staffPresent: abk.staffPresent, difference: abk.difference, ej: abk.ej, pj: abk.pj,
        };
      }));
      const sum = (f: (r: (typeof rows)[number]) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
      return {
        unitId: unit.id,
        unitCode: unit.code,
        unitName: unit.name,
        rows,
        totals: {
          workload: Math.round(sum((r) => r.workload) * 10_000) / 10_000,
          staffExact: Math.round(sum((r) => r.staffExact) * 10_000) / 10_000,
          staffNeeded: sum((r) => r.staffNeeded),
          staffPresent: sum((r) => r.staffPresent),
          difference: sum((r) => r.difference),
        },
      };
    },

    /** Peta jabatan: the unit and its active sub-units with their positions, class from the newest Evjab, need and present from the newest Anjab. */
    async petaJabatan(actor: Actor, unitId: string, lang: Language) {
      const { unitsAll } = await readableUnit(actor, unitId);
      const children = new Map<string, repo.UnitNode[]>();
      for (const u of unitsAll) if (u.active && u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
      const order: Array<{ unit: repo.UnitNode; depth: number }> = [];
      const visit = (u: repo.UnitNode, depth: number) => {
        order.push({ unit: u, depth });
        for (const c of children.get(u.id) ?? []) visit(c, depth + 1);
      };
      visit(unitsAll.find((u) => u.id === unitId)!, 0);
      const positions = await repo.positionsOfUnits(db, order.map((o) => o.unit.id));
      const ids = positions.map((p) => p.id);
      const [anjabs, evjabs] = await Promise.all([repo.latestDocuments(db, ids, 'anjab'), repo.latestDocuments(db, ids, 'evjab')]);
      const master = masterCache();
      const placed = await Promise.all(positions.map(async (p) => {
        const anjab = anjabs.get(p.id);
        const evjab = evjabs.get(p.id);
        const abk = anjab ? abkOf(anjab.content as AnjabContent, (await master(anjab.masterYear)).data) : null;
        const evaluation = evjab ? evaluationOf(evjab.content as EvjabContent, (await master(evjab.masterYear)).data, lang) : null;
        return {
          unitId: p.unitId,
          position: {
            positionId: p.id, name: p.name, kind: p.kind,
            evjabId: evjab?.id ?? null,
            evjabStatus: (evjab?.status ?? null) as TJobDocumentSummary['status'] | null,
            points: evaluation && evaluation.grade !== null ? evaluation.total : null,
            grade: evaluation?.grade ?? null,
            staffNeeded: abk?.staffNeeded ?? null,
            staffPresent: abk?.staffPresent ?? null,
          },
        };
      }));
      return {
        unitId,
        nodes: order.map(({ unit, depth }) => ({
          unitId: unit.id,
          parentId: depth === 0 ? null : unit.parentId,
          depth,
          code: unit.code,
          name: unit.name,
          positions: placed.filter((x) => x.unitId === unit.id).map((x) => x.position),
        })),
      };
    },
  };
}

function conflict(row: repo.JobDocumentRow, current: repo.JobVersionRow) {
  return new AppError(409, 'VERSION_CONFLICT', 'job_document_conflict', { name: current.savedByName, version: row.currentVersion }, [], {
    current: { version: row.currentVersion, savedBy: { id: current.savedById, name: current.savedByName }, savedAt: current.savedAt.toISOString() },
  });
}

export type JobDocumentsService = ReturnType<typeof createJobDocumentsService>;
