import pg from 'pg';
import { defineConfig } from 'vitest/config';

/** The API tests run twice: on PGlite, and on the PostgreSQL at 127.0.0.1:5432 when it answers (CI requires it). */
async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default defineConfig(async () => {
  const adminUrl = process.env.MANORTA_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const withPostgres = await postgresReachable(adminUrl);
  if (!withPostgres) {
    if (process.env.MANORTA_REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required but ${adminUrl} does not answer`);
    console.warn(`PostgreSQL at ${adminUrl} does not answer: the postgres suite is left out of this run.`);
  }
  const common = { testTimeout: 30_000, hookTimeout: 60_000 };
  return {
    test: {
      projects: [
        { test: { ...common, name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['src/**/*.api.test.ts', 'src/**/*.pg.test.ts'] } },
        { test: { ...common, name: 'api-pglite', include: ['src/**/*.api.test.ts'] } },
        ...(withPostgres
          ? [{
              test: {
                ...common,
                name: 'api-postgres',
                include: ['src/**/*.api.test.ts', 'src/**/*.pg.test.ts'],
                globalSetup: ['src/server/testing/pg-global-setup.ts'],
                env: { MANORTA_TEST_PG_ADMIN_URL: adminUrl },
              },
            }]
          : []),
      ],
    },
  };
});
