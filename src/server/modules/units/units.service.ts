import type { Database } from '../../db/open.ts';
import { offsetOf } from '../../http/paging.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { wouldCreateCycle } from '../../../domain/organisation/unit.ts';
import { collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './units.repo.ts';
import { refreshUnitLabels } from '../requests/requests.repo.ts';
import type { TUnit } from './units.schema.ts';
import type { z } from 'zod';
import type { ZCreateUnit, ZUpdateUnit } from './units.schema.ts';

type Row = repo.UnitRow;

export function createUnitsService({ database }: { database: Database }) {
  const { db } = database;
  const present = (actor: Actor | null, row: Row): TUnit => ({
    ...row,
    kind: row.kind as TUnit['kind'],
    actions: itemActions(actor, 'unit', { id: row.id, unitId: row.id, active: row.active }),
  });

  async function checkParent(tx: Parameters<typeof repo.getUnit>[0], parentId: string | null | undefined) {
    if (!parentId) return;
    const p = await repo.getUnit(tx, parentId);
    if (!p) throw fieldError(400, 'UNIT_PARENT_UNKNOWN', 'parentId', 'unit_parent_unknown');
    if (!p.active) throw fieldError(400, 'UNIT_PARENT_INACTIVE', 'parentId', 'unit_parent_inactive');
  }

  const mapUnique = (code: string | undefined) => (err: unknown) => {
    if (isUniqueViolation(err)) throw fieldError(409, 'UNIT_CODE_TAKEN', 'code', 'unit_code_taken', { code: code ?? '' });
    throw err;
  };

  async function get(actor: Actor | null, id: string) {
    const row = await repo.getUnit(db, id);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    async list(actor: Actor | null, q: { q?: string; includeInactive?: boolean; parentId?: string; page: number; pageSize: number }) {
      const { items, total } = await repo.listUnits(db, { ...q, limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((r) => present(actor, r)),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: collectionActions(actor, 'unit'),
      };
    },

    get,

    async create(actor: Actor, input: z.infer<typeof ZCreateUnit>, ip?: string) {
      const id = await db
        .transaction(async (tx) => {
          await checkParent(tx, input.parentId);
          const newId = await repo.insertUnit(tx, input);
          await recordAudit(tx, { actorId: actor.id, action: 'unit.create', entity: 'unit', entityId: newId, data: input, ip });
          return newId;
        })
        .catch(mapUnique(input.code));
      return get(actor, id);
    },

    async update(actor: Actor, id: string, input: z.infer<typeof ZUpdateUnit>, ip?: string) {
      const { version, ...changes } = input;
      await db
        .transaction(async (tx) => {
          const current = await repo.getUnit(tx, id);
          if (!current) throw notFound();
          if (changes.parentId !== undefined && changes.parentId !== current.parentId) {
            await checkParent(tx, changes.parentId);
            if (wouldCreateCycle(id, changes.parentId, await repo.parentMap(tx))) {
              throw fieldError(400, 'UNIT_CYCLE', 'parentId', 'unit_cycle');
            }
          }
          if (!(await repo.updateUnit(tx, id, version, changes))) throw versionConflict(current);
          if ((changes.code ?? current.code) !== current.code || (changes.name ?? current.name) !== current.name) await refreshUnitLabels(tx, id);
          await recordAudit(tx, { actorId: actor.id, action: 'unit.update', entity: 'unit', entityId: id, data: { from: current, to: changes }, ip });
        })
        .catch(mapUnique(changes.code));
      return get(actor, id);
    },

    async setActive(actor: Actor, id: string, version: number, active: boolean, ip?: string) {
      await db.transaction(async (tx) => {
        const current = await repo.getUnit(tx, id);
        if (!current) throw notFound();
        if (!active) {
          if ((await repo.countActiveChildren(tx, id)) > 0) throw fieldError(409, 'UNIT_HAS_ACTIVE_CHILDREN', 'id', 'unit_has_active_children');
          const count = await repo.countActiveUsers(tx, id);
          if (count > 0) throw fieldError(409, 'UNIT_HAS_ACTIVE_USERS', 'id', 'unit_has_active_users', { count });
        } else if (current.parentId) {
          await checkParent(tx, current.parentId);
        }
        if (!(await repo.updateUnit(tx, id, version, { active }))) throw versionConflict(current);
        await recordAudit(tx, { actorId: actor.id, action: active ? 'unit.activate' : 'unit.deactivate', entity: 'unit', entityId: id, ip });
      });
      return get(actor, id);
    },

    async members(id: string) {
      if (!(await repo.getUnit(db, id))) throw notFound();
      return repo.listMembers(db, id);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
