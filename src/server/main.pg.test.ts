import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from './testing/s3.ts';

const adminUrl = process.env.MANORTA_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `manorta_main_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const children: ChildProcess[] = [];
let s3: TestS3;

async function admin(text: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin(`create database "${name}"`);
  s3 = await startTestS3();
});
afterAll(async () => {
  children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  await s3?.close();
  await admin(`drop database if exists "${name}" with (force)`);
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: url, MANORTA_DEMO_DATA: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function until(check: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const s3Env = () => ({
  MANORTA_S3_ENDPOINT: s3.settings.endpoint!,
  MANORTA_S3_BUCKET: s3.settings.bucket,
  MANORTA_S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
  MANORTA_S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
});

describe('npm start on PostgreSQL with S3 storage', () => {
  it('keeps files in the bucket, schedules its jobs on pg-boss and stops them on SIGTERM', async () => {
    const port = await freePort();
    const server = start({ PORT: String(port), ...s3Env() });
    await until(() => server.output().includes('Jobs:') || server.child.exitCode !== null);
    expect(server.output()).toContain(`Files:    S3 bucket ${s3.settings.bucket} at ${s3.settings.endpoint}`);
    expect(server.output()).toContain('Jobs:     pg-boss (schema pgboss)');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const { rows } = await c.query('select name, cron, timezone from pgboss.schedule order by name');
      expect(rows).toEqual([
        { name: 'clock-refresh', cron: '5 0 * * *', timezone: 'Asia/Jakarta' },
        { name: 'mail-retry', cron: '* * * * *', timezone: 'Asia/Jakarta' },
        { name: 'monev-reminders', cron: '0 7 * * *', timezone: 'Asia/Jakarta' },
        { name: 'overdue-check', cron: '0 * * * *', timezone: 'Asia/Jakarta' },
        { name: 'sop-review-reminders', cron: '0 7 * * *', timezone: 'Asia/Jakarta' },
      ]);
    } finally {
      await c.end();
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);

  it('refuses to start on half an S3 configuration or a bucket it cannot reach, saying why', async () => {
    const half = start({ PORT: String(await freePort()), MANORTA_S3_BUCKET: 'manorta-berkas' });
    expect(await half.exited).toBe(1);
    expect(half.output()).toContain('MANORTA_S3_ACCESS_KEY_ID: required with MANORTA_S3_BUCKET');
    expect(half.output()).not.toMatch(/\n\s+at /);

    const missing = start({ PORT: String(await freePort()), ...s3Env(), MANORTA_S3_BUCKET: 'tidak-ada' });
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toMatch(/S3 bucket "tidak-ada" at http:\/\/127\.0\.0\.1:\d+ is not usable \(HTTP 404\)/);
  }, 60_000);
});
