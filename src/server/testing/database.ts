import pg from 'pg';
import { inject } from 'vitest';
import type {} from './pg-global-setup.ts';
import { openDatabase, type Database } from '../db/open.ts';

/**
 * The database a test file runs on: an in-memory PGlite by default; with a template provided by the postgres
 * project's global setup, a fresh PostgreSQL database copied from the migrated template.
 */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('pgTemplate');
  const adminUrl = inject('pgAdminUrl');
  if (!template || !adminUrl) return openDatabase({ kind: 'pglite-memory' });

  const name = `${template.replace(/_tpl$/, '')}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, { migrate: false });
  return {
    ...database,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
