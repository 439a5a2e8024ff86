import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { can, collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { duplicateKeys } from '../../../domain/catalogue/service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './catalogue.repo.ts';
import type { TCreateService, TService, TUpdateService } from './catalogue.schema.ts';

/** Keys must be unique within the intake form and within the attachment list. */
function checkKeys(input: Pick<TUpdateService, 'formFields' | 'requiredAttachments'>) {
  const fields = (['formFields', 'requiredAttachments'] as const).flatMap((path) => {
    const keys = duplicateKeys(input[path] ?? []);
    return keys.length ? [{ path, messageKey: 'duplicate_keys' as const, params: { keys: keys.join(', ') } }] : [];
  });
  if (fields.length) throw new AppError(400, 'VALIDATION', 'validation', {}, fields);
}

export function createCatalogueService({ database }: { database: Database }) {
  const { db } = database;
  const present = (actor: Actor | null, row: repo.ServiceRow): TService => ({
    ...row,
    channel: row.channel as TService['channel'],
    actions: itemActions(actor, 'service', { id: row.id, active: row.active }),
  });

  async function get(actor: Actor | null, code: string) {
    const row = await repo.getServiceByCode(db, code);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    /** Inactive services are listed only for those who manage the catalogue. */
    async list(actor: Actor | null, q: { includeInactive?: boolean }) {
      const rows = await repo.listServices(db, { includeInactive: q.includeInactive && can(actor, 'service.update') });
      return { items: rows.map((r) => present(actor, r)), actions: collectionActions(actor, 'service') };
    },

    get,

    async create(actor: Actor, input: TCreateService, ip?: string) {
      checkKeys(input);
      await db
        .transaction(async (tx) => {
          const id = await repo.insertService(tx, input);
          await recordAudit(tx, { actorId: actor.id, action: 'service.create', entity: 'service', entityId: id, data: input, ip });
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw fieldError(409, 'SERVICE_CODE_TAKEN', 'code', 'service_code_taken', { code: input.code });
          throw err;
        });
      return get(actor, input.code);
    },

    async update(actor: Actor, code: string, input: TUpdateService, ip?: string) {
      checkKeys(input);
      const { version, ...changes } = input;
      await db.transaction(async (tx) => {
        const current = await repo.getServiceByCode(tx, code);
        if (!current) throw notFound();
        if (!(await repo.updateService(tx, current.id, version, changes))) throw versionConflict(present(actor, current));
        await recordAudit(tx, { actorId: actor.id, action: 'service.update', entity: 'service', entityId: current.id, data: { from: current, to: changes }, ip });
      });
      return get(actor, code);
    },

    async setActive(actor: Actor, code: string, version: number, active: boolean, ip?: string) {
      await db.transaction(async (tx) => {
        const current = await repo.getServiceByCode(tx, code);
        if (!current) throw notFound();
        if (!(await repo.updateService(tx, current.id, version, { active }))) throw versionConflict(present(actor, current));
        await recordAudit(tx, { actorId: actor.id, action: active ? 'service.activate' : 'service.deactivate', entity: 'service', entityId: current.id, ip });
      });
      return get(actor, code);
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
