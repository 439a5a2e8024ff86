import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../db/migrate.ts';
import { createPgBossJobs, PG_BOSS_SCHEMA, type PgBossJobs } from './pg-boss.ts';

const adminUrl = process.env.MANORTA_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `manorta_jobs_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const runners: PgBossJobs[] = [];
const logger = { warn: () => {} };

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

function runner() {
  const jobs = createPgBossJobs({ url, logger });
  runners.push(jobs);
  return jobs;
}

async function until(check: () => boolean | Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`create database "${name}"`));
  await migratePostgres(url);
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop().catch(() => undefined)));
  await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
});

describe('pg-boss job runner (PostgreSQL)', () => {
  it('keeps its own schema beside the migrations, which still run cleanly afterwards', async () => {
    const jobs = runner();
    await jobs.start();
    const tables = await query<{ schema: string; table: string }>(
      `select table_schema as schema, table_name as table from information_schema.tables where table_schema in ('public', 'drizzle', $1)`, [PG_BOSS_SCHEMA],
    );
    const inSchema = (s: string) => tables.filter((t) => t.schema === s).map((t) => t.table);
    expect(inSchema(PG_BOSS_SCHEMA)).toEqual(expect.arrayContaining(['job', 'queue', 'schedule', 'version']));
    expect(inSchema('public')).toEqual(expect.arrayContaining(['requests', 'users']));
    expect(inSchema('public')).not.toEqual(expect.arrayContaining(['job']));
    const [{ n: applied }] = await query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    await migratePostgres(url);
    expect((await query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations'))[0].n).toBe(applied);
  });

  it('registers the cron in Asia/Jakarta on a stately queue, and runs the handler for a job sent to it', async () => {
    const jobs = runner();
    let runs = 0;
    await jobs.schedule('clock-refresh', '5 0 * * *', async () => {
      runs++;
    });
    await jobs.schedule('mail-retry', 60_000, async () => {});
    await jobs.start();
    const schedules = await query<{ name: string; cron: string; timezone: string }>(`select name, cron, timezone from ${PG_BOSS_SCHEMA}.schedule order by name`);
    expect(schedules).toEqual([
      { name: 'clock-refresh', cron: '5 0 * * *', timezone: 'Asia/Jakarta' },
      { name: 'mail-retry', cron: '* * * * *', timezone: 'Asia/Jakarta' },
    ]);
    expect((await jobs.boss.getQueue('clock-refresh'))?.policy).toBe('stately');

    await jobs.boss.send('clock-refresh', {});
    await until(() => runs === 1);
  });

  it('runs one job on one instance at a time, however many instances work the queue', async () => {
    let active = 0;
    let maxActive = 0;
    let done = 0;
    let release = () => {};
    const handler = async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => (release = r));
      active--;
      done++;
    };
    const [a, b] = [runner(), runner()];
    await a.schedule('overdue-check', 60 * 60_000, handler);
    await b.schedule('overdue-check', 60 * 60_000, handler);
    await Promise.all([a.start(), b.start()]);

    expect(await a.boss.send('overdue-check', {})).toBeTruthy();
    await until(() => active === 1);
    // One more may wait behind the active run; a third is refused rather than piling up.
    expect(await b.boss.send('overdue-check', {})).toBeTruthy();
    expect(await a.boss.send('overdue-check', {})).toBeNull();
    await new Promise((r) => setTimeout(r, 3_000));
    expect(maxActive).toBe(1);
    release();
    await until(() => active === 1 && done === 1);
    release();
    await until(() => done === 2);
    expect(maxActive).toBe(1);
  });

  it('stops gracefully, letting the run in progress finish', async () => {
    const jobs = runner();
    let finished = false;
    await jobs.schedule('slow-job', 60_000, async () => {
      await new Promise((r) => setTimeout(r, 1_000));
      finished = true;
    });
    await jobs.start();
    await jobs.boss.send('slow-job', {});
    await until(async () => (await query(`select 1 from ${PG_BOSS_SCHEMA}.job where name = 'slow-job' and state = 'active'`)).length === 1);
    await jobs.stop();
    expect(finished).toBe(true);
  });
});
