import type { Database, Db, Tx } from '../../db/open.ts';
import { checkSop, countProblems, type SopProblem } from '../../../domain/sop/checker.ts';
import { diffSop } from '../../../domain/sop/diff.ts';
import { mainPath } from '../../../domain/sop/main-path.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { emptySopContent } from '../../../domain/sop/schema.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import type { Language } from '../../http/language.ts';
import { t } from '../../http/messages.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { requireActiveUnit } from '../units/active-unit.ts';
import * as repo from './sops.repo.ts';
import type { TCreateSop, TSaveSopContent, TSop, TSopProblem, TSopQuery, TSopSummary } from './sops.schema.ts';

const EXIT_LABELS = { id: { yes: 'Ya', no: 'Tidak' }, en: { yes: 'Yes', no: 'No' } } as const;

/** JSON with sorted keys: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

export function createSopsService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;

  const actions = (actor: Actor | null, row: repo.SopRow) => {
    const subject = { id: row.id, unitId: row.unitId, state: row.status };
    return [...(can(actor, 'sop.update', subject) ? ['edit'] : []), 'check'];
  };

  const summary = (actor: Actor | null, row: repo.SopRow): TSopSummary => ({
    id: row.id,
    unitId: row.unitId,
    unitCode: row.unitCode,
    unitName: row.unitName,
    title: row.title,
    number: row.number,
    status: row.status as TSopSummary['status'],
    version: row.currentVersion,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    updatedBy: { id: row.updatedById, name: row.updatedByName },
    updatedAt: row.updatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    actions: actions(actor, row),
  });

  async function problemsOf(tx: Db | Tx, content: SopContent): Promise<SopProblem[]> {
    const ids = content.identity.related.flatMap((r) => (r.sopId ? [r.sopId] : []));
    return checkSop(content, { knownSopIds: await repo.existingSopIds(tx, ids) });
  }

  async function checked(content: SopContent, lang: Language) {
    const problems: TSopProblem[] = (await problemsOf(db, content)).map((p) => ({
      ...p,
      message: t(lang, `sop_problem_${p.code}`, p.params.exit ? { ...p.params, exit: EXIT_LABELS[lang][p.params.exit as 'yes' | 'no'] } : p.params),
    }));
    return { content, problems, mainPath: mainPath(content) };
  }

  /** The SOP, if the actor may read it; another unit's answers 404 exactly like a missing one. */
  async function readable(tx: Db | Tx, actor: Actor | null, id: string): Promise<repo.SopRow> {
    const row = await repo.getSop(tx, id);
    if (!row || !can(actor, 'sop.read', { unitId: row.unitId })) throw notFound();
    return row;
  }

  async function latest(tx: Db | Tx, row: repo.SopRow): Promise<repo.SopVersionRow> {
    const version = await repo.getSopVersion(tx, row.id, row.currentVersion);
    if (!version) throw new Error(`SOP ${row.id} has no version ${row.currentVersion}`);
    return version;
  }

  async function get(actor: Actor | null, id: string, lang: Language): Promise<TSop> {
    const row = await readable(db, actor, id);
    const version = await latest(db, row);
    return { ...summary(actor, row), note: version.note, savedAt: version.savedAt.toISOString(), ...(await checked(version.content, lang)) };
  }

  /** The head's snapshot of a version's content. */
  async function head(tx: Db | Tx, content: SopContent) {
    const { errors, warnings } = countProblems(await problemsOf(tx, content));
    return { title: content.identity.title, number: content.identity.number, errorCount: errors, warningCount: warnings };
  }

  async function version(actor: Actor | null, id: string, n: number): Promise<repo.SopVersionRow> {
    await readable(db, actor, id);
    const v = await repo.getSopVersion(db, id, n);
    if (!v) throw new AppError(404, 'SOP_VERSION_UNKNOWN', 'sop_version_unknown');
    return v;
  }

  return {
    get,

    async list(actor: Actor, q: TSopQuery) {
      const bureau = can(actor, 'sop.read', {});
      if (!bureau && q.unitId && q.unitId !== actor.unitId) throw forbidden();
      const unitId = bureau ? q.unitId : actor.unitId;
      const { items, total } = await repo.listSops(db, { unitId, q: q.q, limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((r) => summary(actor, r)),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: can(actor, 'sop.create', { unitId: unitId ?? actor.unitId }) ? ['create'] : [],
      };
    },

    /**
     * A new draft, version 1: empty with its title, or `from.content` (an imported spreadsheet, see
     * sops/template/import.ts), which then gets `from.note` and is marked in the audit entry.
     */
    async create(actor: Actor, input: TCreateSop, lang: Language, ip?: string, from?: { content: SopContent; note: string; source: string }) {
      const id = await db.transaction(async (tx) => {
        await requireActiveUnit(tx, input.unitId);
        const content = from ? { ...from.content, identity: { ...from.content.identity, unitId: input.unitId } } : emptySopContent(input.unitId, input.title);
        const now = clock();
        const newId = await repo.insertSop(tx, {
          unitId: input.unitId,
          ...(await head(tx, content)),
          currentVersion: 1,
          createdBy: actor.id,
          updatedBy: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        await repo.insertSopVersion(tx, { sopId: newId, number: 1, content, ...(from ? { note: from.note } : {}), savedBy: actor.id, savedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'sop.create', entity: 'sop', entityId: newId, data: from ? { ...input, source: from.source } : input, ip });
        return newId;
      });
      return get(actor, id, lang);
    },

    /**
     * Every save is a new version. A save made on an older version is refused with the version that replaced it,
     * unless it is a retry of the very save that did (same content, same user): slow networks repeat requests.
     */
    async save(actor: Actor, id: string, input: TSaveSopContent, lang: Language, ip?: string) {
      await db.transaction(async (tx) => {
        const row = await readable(tx, actor, id);
        if (!can(actor, 'sop.update', { unitId: row.unitId, state: row.status })) {
          if (row.status !== 'draf' && can(actor, 'sop.update', { unitId: row.unitId, state: 'draf' })) throw new AppError(409, 'SOP_NOT_DRAFT', 'sop_not_draft');
          throw forbidden();
        }
        const content: SopContent = { ...input.content, identity: { ...input.content.identity, unitId: row.unitId } };
        const current = await latest(tx, row);
        const unchanged = canonical(current.content) === canonical(content);
        if (input.version !== row.currentVersion) {
          if (unchanged && current.savedById === actor.id) return;
          throw conflict(row, current);
        }
        if (unchanged) return;
        const now = clock();
        if (!(await repo.advanceSop(tx, id, input.version, { ...(await head(tx, content)), updatedBy: actor.id, updatedAt: now }))) {
          const fresh = await readable(tx, actor, id);
          throw conflict(fresh, await latest(tx, fresh));
        }
        const number = input.version + 1;
        await repo.insertSopVersion(tx, { sopId: id, number, content, note: input.note ?? '', savedBy: actor.id, savedAt: now });
        await recordAudit(tx, { actorId: actor.id, action: 'sop.save', entity: 'sop', entityId: id, data: { version: number }, ip });
      });
      return get(actor, id, lang);
    },

    async versions(actor: Actor | null, id: string, q: { page: number; pageSize: number }) {
      await readable(db, actor, id);
      const { items, total } = await repo.listSopVersions(db, id, { limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((v) => ({ number: v.number, note: v.note, savedBy: { id: v.savedById, name: v.savedByName }, savedAt: v.savedAt.toISOString() })),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: [],
      };
    },

    async version(actor: Actor | null, id: string, n: number, lang: Language) {
      const v = await version(actor, id, n);
      return { sopId: id, number: v.number, note: v.note, savedBy: { id: v.savedById, name: v.savedByName }, savedAt: v.savedAt.toISOString(), ...(await checked(v.content, lang)) };
    },

    async diff(actor: Actor | null, id: string, from: number, to: number) {
      const [a, b] = [await version(actor, id, from), await version(actor, id, to)];
      return { from, to, ...diffSop(a.content, b.content) };
    },

    /**
     * The SOP and one version (the latest without `n`) for the exports, with the same read rule as `get`: another
     * unit's SOP answers 404 as if it did not exist; an unknown version 404 SOP_VERSION_UNKNOWN.
     */
    async readVersion(actor: Actor | null, id: string, n?: number): Promise<{ sop: repo.SopRow; version: repo.SopVersionRow }> {
      const row = await readable(db, actor, id);
      const v = await repo.getSopVersion(db, id, n ?? row.currentVersion);
      if (!v) throw new AppError(404, 'SOP_VERSION_UNKNOWN', 'sop_version_unknown');
      return { sop: row, version: v };
    },

    /** The checker's verdict on content the editor holds, without saving it. */
    async check(actor: Actor | null, id: string, content: SopContent, lang: Language) {
      const row = await readable(db, actor, id);
      const { problems, mainPath: path } = await checked({ ...content, identity: { ...content.identity, unitId: row.unitId } }, lang);
      return { problems, mainPath: path };
    },
  };
}

function conflict(row: repo.SopRow, current: repo.SopVersionRow) {
  return new AppError(409, 'VERSION_CONFLICT', 'sop_version_conflict', { name: current.savedByName, version: row.currentVersion }, [], {
    current: { version: row.currentVersion, savedBy: { id: current.savedById, name: current.savedByName }, savedAt: current.savedAt.toISOString() },
  });
}

export type SopsService = ReturnType<typeof createSopsService>;
