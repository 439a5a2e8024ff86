import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/open.ts';

/** Creates one migrated template database for this run; each test file copies it (see database.ts). */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.MANORTA_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const template = `manorta_test_${Date.now().toString(36)}_${process.pid}_tpl`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await database.close();
  project.provide('pgTemplate', template);
  project.provide('pgAdminUrl', adminUrl);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`drop database if exists "${template}" with (force)`);
    } finally {
      await c.end();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate?: string;
    pgAdminUrl?: string;
  }
}
