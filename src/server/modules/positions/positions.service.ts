import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import { collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { requireActiveUnit } from '../units/active-unit.ts';
import * as repo from './positions.repo.ts';
import type { TCreatePosition, TPosition, TPositionQuery, TUpdatePosition } from './positions.schema.ts';

export function createPositionsService({ database }: { database: Database }) {
  const { db } = database;
  const present = (actor: Actor | null, row: repo.PositionRow): TPosition => ({
    ...row,
    kind: row.kind as TPosition['kind'],
    actions: itemActions(actor, 'position', { id: row.id, unitId: row.unitId, active: row.active }),
  });

  const nameTaken = (name: () => string) => (err: unknown) => {
    if (isUniqueViolation(err)) throw fieldError(409, 'POSITION_NAME_TAKEN', 'name', 'position_name_taken', { name: name() });
    throw err;
  };

  async function get(actor: Actor | null, id: string) {
    const row = await repo.getPosition(db, id);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    async list(actor: Actor | null, q: TPositionQuery) {
      const { items, total } = await repo.listPositions(db, { ...q, limit: q.pageSize, offset: offsetOf(q) });
      return { items: items.map((r) => present(actor, r)), total, page: q.page, pageSize: q.pageSize, actions: collectionActions(actor, 'position') };
    },

    get,

    async create(actor: Actor, input: TCreatePosition, ip?: string) {
      const id = await db
        .transaction(async (tx) => {
          await requireActiveUnit(tx, input.unitId);
          const newId = await repo.insertPosition(tx, input);
          await recordAudit(tx, { actorId: actor.id, action: 'position.create', entity: 'position', entityId: newId, data: input, ip });
          return newId;
        })
        .catch(nameTaken(() => input.name));
      return get(actor, id);
    },

    async update(actor: Actor, id: string, input: TUpdatePosition, ip?: string) {
      const { version, ...changes } = input;
      let name = changes.name ?? '';
      await db
        .transaction(async (tx) => {
          const current = await repo.getPosition(tx, id);
          if (!current) throw notFound();
          name = changes.name ?? current.name;
          if (changes.unitId !== undefined && changes.unitId !== current.unitId) await requireActiveUnit(tx, changes.unitId);
          if (!(await repo.updatePosition(tx, id, version, changes))) throw versionConflict(present(actor, current));
          await recordAudit(tx, { actorId: actor.id, action: 'position.update', entity: 'position', entityId: id, data: { from: current, to: changes }, ip });
        })
        .catch(nameTaken(() => name));
      return get(actor, id);
    },

    async setActive(actor: Actor, id: string, version: number, active: boolean, ip?: string) {
      await db.transaction(async (tx) => {
        const current = await repo.getPosition(tx, id);
        if (!current) throw notFound();
        if (active) await requireActiveUnit(tx, current.unitId);
        if (!(await repo.updatePosition(tx, id, version, { active }))) throw versionConflict(present(actor, current));
        await recordAudit(tx, { actorId: actor.id, action: active ? 'position.activate' : 'position.deactivate', entity: 'position', entityId: id, ip });
      });
      return get(actor, id);
    },
  };
}

export type PositionsService = ReturnType<typeof createPositionsService>;
