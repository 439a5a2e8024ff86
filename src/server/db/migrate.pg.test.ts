import pg from 'pg';
import { inject, describe, expect, it } from 'vitest';
import { openDatabase } from './open.ts';

describe('migrations on PostgreSQL', () => {
  it('let several instances start at once on an empty database (advisory lock)', async () => {
    const adminUrl = inject('pgAdminUrl')!;
    const name = `manorta_migrate_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const instances = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ kind: 'postgres', url: url.toString() })));
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      const tables = await check.query(`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'units'`);
      await check.end();
      await Promise.all(instances.map((i) => i.close()));
      expect(tables.rows[0].n).toBe(1);
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
