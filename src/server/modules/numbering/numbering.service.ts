import type { Database, Tx } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { counterScope, formatNumber, parseTemplate, usesToken } from '../../../domain/numbering/template.ts';
import { wibDate } from '../../../domain/workflow/clock.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './numbering.repo.ts';
import { GENERIC_KIND, type TCreateNumberingTemplate, type TNumberingTemplate, type TUpdateNumberingTemplate } from './numbering.schema.ts';

export interface NumberRequest {
  /** The document kind: the service code. */
  kind: string;
  unitId: string;
  unitCode: string;
  now: Date;
}

/** Takes the next number of the request's counter inside the caller's transaction and formats it. */
export async function assignDocumentNumber(tx: Tx, r: NumberRequest): Promise<string> {
  const row = (await repo.templateOfKind(tx, r.kind)) ?? (await repo.templateOfKind(tx, GENERIC_KIND));
  if (!row) throw new AppError(409, 'NUMBERING_NO_TEMPLATE', 'numbering_no_template', { kind: r.kind });
  const parsed = parseTemplate(row.template);
  if (!parsed.ok) throw new AppError(409, 'NUMBERING_FAILED', 'numbering_failed', { kind: row.kind });
  const [year, month] = wibDate(r.now).split('-').map(Number);
  const scope = counterScope(r.kind, r.unitId, year, parsed.template);
  const seq = await repo.nextCounterValue(tx, scope.key);
  const result = formatNumber(parsed.template, { seq, year, month, kodeUnit: r.unitCode, kodeJenis: r.kind });
  if (!result.ok) throw new AppError(409, 'NUMBERING_FAILED', 'numbering_failed', { kind: row.kind });
  return result.number;
}

export function createNumberingService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;
  const present = (actor: Actor, row: repo.TemplateRow): TNumberingTemplate => {
    const [year, month] = wibDate(clock()).split('-').map(Number);
    const parsed = parseTemplate(row.template);
    const example = parsed.ok ? formatNumber(parsed.template, { seq: 1, year, month, kodeUnit: 'KODE', kodeJenis: row.kind }) : undefined;
    return { ...row, example: example?.ok ? example.number : '', actions: itemActions(actor, 'numbering', { id: row.id, active: true }) };
  };
  async function get(actor: Actor, id: string) {
    const row = await repo.getTemplate(db, id);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    async list(actor: Actor) {
      const rows = await repo.listTemplates(db);
      return { items: rows.map((r) => present(actor, r)), actions: collectionActions(actor, 'numbering') };
    },

    async create(actor: Actor, input: TCreateNumberingTemplate, ip?: string) {
      const id = await db
        .transaction(async (tx) => {
          const newId = await repo.insertTemplate(tx, input);
          await recordAudit(tx, { actorId: actor.id, action: 'numbering.create', entity: 'numbering_template', entityId: newId, data: input, ip });
          return newId;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw fieldError(409, 'NUMBERING_KIND_TAKEN', 'kind', 'numbering_kind_taken', { kind: input.kind });
          throw err;
        });
      return get(actor, id);
    },

    /** A changed template applies to numbers given from now on; numbers already given stay as they are. */
    async update(actor: Actor, id: string, input: TUpdateNumberingTemplate, ip?: string) {
      await db.transaction(async (tx) => {
        const current = await repo.getTemplate(tx, id);
        if (!current) throw notFound();
        const parsed = parseTemplate(input.template);
        if (current.kind.toUpperCase() === GENERIC_KIND && parsed.ok && !usesToken(parsed.template, 'kodeJenis')) {
          throw fieldError(400, 'VALIDATION', 'template', 'template_generic_needs_kind');
        }
        if (!(await repo.updateTemplate(tx, id, input.version, input.template))) throw versionConflict(present(actor, current));
        await recordAudit(tx, { actorId: actor.id, action: 'numbering.update', entity: 'numbering_template', entityId: id, data: { from: current.template, to: input.template }, ip });
      });
      return get(actor, id);
    },
  };
}

export type NumberingService = ReturnType<typeof createNumberingService>;
