import type { Database } from '../../db/open.ts';
import { notFound, versionConflict } from '../../http/errors.ts';
import { actionsFor, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './organisation.repo.ts';
import type { TOrganisation, TUpdateOrganisation } from './organisation.schema.ts';

export function createOrganisationService({ database }: { database: Database }) {
  const { db } = database;
  const present = (actor: Actor | null, row: repo.OrganisationRow): TOrganisation => ({ ...row, actions: actionsFor(actor, 'organisation') });

  async function get(actor: Actor | null) {
    const row = await repo.getOrganisation(db);
    if (!row) throw notFound();
    return present(actor, row);
  }

  return {
    get,

    async update(actor: Actor, input: TUpdateOrganisation, ip?: string) {
      const { version, ...changes } = input;
      await db.transaction(async (tx) => {
        const current = await repo.getOrganisation(tx);
        if (!current) throw notFound();
        if (!(await repo.updateOrganisation(tx, version, changes))) throw versionConflict(present(actor, current));
        await recordAudit(tx, { actorId: actor.id, action: 'organisation.update', entity: 'organisation', entityId: '1', data: { from: current, to: changes }, ip });
      });
      return get(actor);
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
