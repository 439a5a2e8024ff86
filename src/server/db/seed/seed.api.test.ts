import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { DEMO_PASSWORD, ensureBootstrapAdmin, installBaseData, installDemoData } from './index.ts';
import { verifyPassword } from '../../modules/auth/password.ts';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function counts(db: Database['db']) {
  const { rows } = await db.execute<Record<string, number>>(sql`select
    (select count(*) from organisation)::int as organisation,
    (select count(*) from services)::int as services,
    (select count(*) from units)::int as units,
    (select count(*) from positions)::int as positions,
    (select count(*) from users)::int as users,
    (select count(*) from user_roles)::int as roles`);
  return rows[0];
}

const org = { name: 'Kementerian Koordinator Bidang Politik dan Keamanan', shortName: 'Kemenko Polkam' };

describe('seed', () => {
  it('installs the base and demo data once, however often it runs', async () => {
    database = await openTestDatabase();
    const { db } = database;
    await installBaseData(db, org);
    const accounts = await installDemoData(db);
    const first = await counts(db);
    expect(first).toMatchObject({ organisation: 1, services: 9, users: 7, roles: 7 });
    expect(first.units).toBeGreaterThanOrEqual(16);

    await Promise.all([installBaseData(db, { name: 'Lain', shortName: 'Lain' }), installBaseData(db, org)]);
    expect(await installDemoData(db)).toEqual(accounts);
    expect(await counts(db)).toEqual(first);

    const { rows: [o] } = await db.execute<{ name: string; bureau_name: string }>(sql`select name, bureau_name from organisation`);
    expect(o).toEqual({ name: org.name, bureau_name: 'Biro Perencanaan dan Organisasi' });
    expect(accounts.map((a) => a.roles.join())).toEqual(['administrator', 'verifikator', 'kepala_biro', 'pemrakarsa', 'pimpinan_unit', 'pemrakarsa', 'pimpinan_unit']);
    // Each demo unit that registers requests has a pemrakarsa and a pimpinan to endorse them (the SOP service needs it).
    for (const unit of ['SETKOMPOLNAS', 'SETKOMJAK']) {
      expect(accounts.filter((a) => a.unitCode === unit).map((a) => a.roles.join()).sort()).toEqual(['pemrakarsa', 'pimpinan_unit']);
    }
    expect(accounts.every((a) => a.email.endsWith('@demo.manorta.id'))).toBe(true);

    const { rows: hashes } = await db.execute<{ password_hash: string }>(sql`select distinct password_hash from users`);
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0].password_hash, DEMO_PASSWORD)).toBe(true);

    const { rows: tree } = await db.execute<{ code: string; parent: string | null; kind: string }>(
      sql`select u.code, p.code as parent, u.kind from units u left join units p on p.id = u.parent_id order by u.code`,
    );
    const parentOf = Object.fromEntries(tree.map((u) => [u.code, u.parent]));
    expect(parentOf).toMatchObject({ KL: null, SES: 'KL', 'DEP-7': 'KL', 'BRO-PO': 'SES', 'BAG-OTL': 'BRO-PO', SETKOMPOLNAS: 'KL', SETKOMJAK: 'KL' });
    expect(tree.find((u) => u.code === 'KL')!.kind).toBe('kementerian');
  });

  it('installs the bootstrap administrator once, with a root unit made from the organisation when there is none', async () => {
    database = await openTestDatabase();
    const { db } = database;
    await installBaseData(db, org);
    await ensureBootstrapAdmin(db, { email: 'Admin@Kementerian.go.id', password: 'rahasia-awal-123' });
    await ensureBootstrapAdmin(db, { email: 'admin@kementerian.go.id', password: 'rahasia-lain-123' });
    expect(await counts(db)).toMatchObject({ units: 1, users: 1, roles: 1 });
    const { rows: [u] } = await db.execute<{ email: string; password_hash: string; unit: string; role: string }>(sql`
      select users.email, users.password_hash, units.name as unit, user_roles.role
      from users join units on units.id = users.unit_id join user_roles on user_roles.user_id = users.id`);
    expect(u).toMatchObject({ email: 'admin@kementerian.go.id', unit: org.name, role: 'administrator' });
    expect(await verifyPassword(u.password_hash, 'rahasia-awal-123')).toBe(true);

    // A demo install afterwards finds users and leaves everything as it is.
    await installDemoData(db);
    expect(await counts(db)).toMatchObject({ units: 1, users: 1 });
  });

  it('places the bootstrap administrator in the existing root unit', async () => {
    database = await openTestDatabase();
    const { db } = database;
    await installBaseData(db, org);
    await installDemoData(db);
    const before = await counts(db);
    await ensureBootstrapAdmin(db, { email: 'operator@kementerian.go.id', password: 'rahasia-awal-123' });
    expect(await counts(db)).toEqual({ ...before, users: before.users + 1, roles: before.roles + 1 });
    const { rows: [u] } = await db.execute<{ code: string }>(
      sql`select units.code from users join units on units.id = users.unit_id where users.email = 'operator@kementerian.go.id'`,
    );
    expect(u.code).toBe('KL');
  });
});
