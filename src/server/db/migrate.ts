import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Db } from './open.ts';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** An arbitrary, fixed key: every Manorta instance takes the same advisory lock around its migrations. */
const MIGRATION_LOCK_KEY = 7_261_803_114;

export async function migratePglite(db: Db): Promise<void> {
  await migratePgliteDb(db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * drizzle's migrate() takes no lock, so several instances starting together would race. We hold a session-level
 * advisory lock on one dedicated connection for the whole run.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
