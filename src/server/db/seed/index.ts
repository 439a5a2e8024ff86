import { asc, desc, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../open.ts';
import { units } from '../schema.ts';
import { hashPassword } from '../../modules/auth/password.ts';
import { recordAudit } from '../../modules/audit/audit.repo.ts';
import { countServices, insertService } from '../../modules/catalogue/catalogue.repo.ts';
import { getOrganisation, insertOrganisationIfAbsent } from '../../modules/organisation/organisation.repo.ts';
import { insertPosition } from '../../modules/positions/positions.repo.ts';
import { findUnitIdByCode, insertUnit } from '../../modules/units/units.repo.ts';
import { countUsers, findUserIdByEmail, insertUser } from '../../modules/users/users.repo.ts';
import { SEED_SERVICES } from './catalogue.ts';
import { countTemplates, insertTemplate } from '../../modules/numbering/numbering.repo.ts';

/** The document-number templates of a fresh installation; administrators change them afterwards. */
export const SEED_NUMBERING_TEMPLATES = [
  { kind: 'SOP', template: '{seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun}' },
  { kind: 'UMUM', template: '{seq:3}/{kodeJenis}/{kodeUnit}/{bulanRomawi}/{tahun}' },
];
import { DEMO_UNITS, DEMO_USERS, ROOT_UNIT_CODE } from './demo.ts';

export const DEMO_PASSWORD = 'manorta-demo-2026';
export const BUREAU_NAME = 'Biro Perencanaan dan Organisasi';

/** An arbitrary, fixed key: instances starting together seed one after the other, and the second finds the work done. */
const SEED_LOCK_KEY = 7_261_803_115;

export async function underSeedLock<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    return work(tx);
  });
}

async function rootUnitName(tx: Tx) {
  return (await getOrganisation(tx))?.name ?? 'Kementerian';
}

/** The organisation row, the seed's nine services and the numbering templates, each only if absent. Runs at every start. */
export async function installBaseData(db: Db, org: { name: string; shortName: string }): Promise<void> {
  await underSeedLock(db, async (tx) => {
    await insertOrganisationIfAbsent(tx, { ...org, bureauName: BUREAU_NAME });
    if ((await countTemplates(tx)) === 0) for (const template of SEED_NUMBERING_TEMPLATES) await insertTemplate(tx, template);
    if ((await countServices(tx)) > 0) return;
    for (const service of SEED_SERVICES) await insertService(tx, service);
  });
}

/** The demo organisation and its accounts, installed only into a database without users. Answers the demo accounts either way. */
export async function installDemoData(db: Db): Promise<{ email: string; roles: string[]; unitCode: string }[]> {
  const accounts = DEMO_USERS.map(({ email, roles, unitCode }) => ({ email, roles, unitCode }));
  if ((await countUsers(db)) > 0) return accounts;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await underSeedLock(db, async (tx) => {
    if ((await countUsers(tx)) > 0) return;
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      let id = await findUnitIdByCode(tx, unit.code);
      if (!id) {
        const parentId = unit.parent ? unitIds.get(unit.parent)! : null;
        id = await insertUnit(tx, { code: unit.code, name: unit.name || (await rootUnitName(tx)), kind: unit.kind, parentId });
        for (const [name, kind] of unit.positions) await insertPosition(tx, { unitId: id, name, kind });
      }
      unitIds.set(unit.code, id);
    }
    for (const { roles, unitCode, ...user } of DEMO_USERS) {
      await insertUser(tx, { ...user, unitId: unitIds.get(unitCode)!, passwordHash }, roles);
    }
  });
  return accounts;
}

/** The administrator named in the configuration, placed in the root unit, if no account has that e-mail yet. */
export async function ensureBootstrapAdmin(db: Db, admin: { email: string; password: string }): Promise<void> {
  const email = admin.email.trim().toLowerCase();
  if (await findUserIdByEmail(db, email)) return;
  const passwordHash = await hashPassword(admin.password);
  await underSeedLock(db, async (tx) => {
    if (await findUserIdByEmail(tx, email)) return;
    const [root] = await tx
      .select({ id: units.id })
      .from(units)
      .where(isNull(units.parentId))
      .orderBy(desc(sql`${units.kind} = 'kementerian'`), asc(units.code))
      .limit(1);
    const unitId = root?.id ?? (await insertUnit(tx, { code: ROOT_UNIT_CODE, name: await rootUnitName(tx), kind: 'kementerian', parentId: null }));
    const id = await insertUser(tx, { email, name: 'Administrator', unitId, passwordHash }, ['administrator']);
    await recordAudit(tx, { actorId: null, action: 'user.bootstrap', entity: 'user', entityId: id, data: { email } });
  });
}
