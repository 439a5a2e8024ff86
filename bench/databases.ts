import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/open.ts';
import type { DbKind } from './args.ts';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  kind: DbKind;
  database: Database;
  /** Where the data lives, for the report. */
  where: string;
  /** Closes the database and removes everything the bench created. */
  dispose(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const LEFTOVER = /^(?:pglite|files)-(\d+)(?:\.lock)?$/;

/**
 * What an earlier run that was killed outright left in `workDir` (tsx kills its child when Ctrl+C finds it busy
 * inside a long PGlite statement, before it can clean up). Entries carry the pid of the run that made them.
 */
export function sweepLocalLeftovers(workDir: string): string[] {
  if (!fs.existsSync(workDir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(workDir)) {
    const pid = LEFTOVER.exec(entry)?.[1];
    if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    fs.rmSync(path.join(workDir, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/** The same for databases manorta_bench_<pid>, only on a server on this machine, where the pid says something. */
export async function sweepPostgresLeftovers(serverUrl: string): Promise<string[]> {
  const host = new URL(serverUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) return [];
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const removed: string[] = [];
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname ~ '^manorta_bench_[0-9]+$'`);
    for (const { datname } of rows) {
      const pid = Number(datname.slice('manorta_bench_'.length));
      if (pid === process.pid || isAlive(pid)) continue;
      await client.query(`drop database if exists "${datname}" with (force)`);
      removed.push(datname);
    }
  } finally {
    await client.end();
  }
  return removed;
}

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** An embedded database in its own data directory under `workDir`, as a real installation runs it (not in memory). */
export async function openBenchPglite(workDir: string): Promise<BenchDatabase> {
  const dataDir = path.join(workDir, `pglite-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ kind: 'pglite', dataDir });
  return {
    kind: 'pglite',
    database,
    where: dataDir,
    dispose: async () => {
      try {
        await database.close();
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database manorta_bench_<pid> on the server `serverUrl` names; the database in that URL is never written. */
export async function openBenchPostgres(serverUrl: string): Promise<BenchDatabase> {
  const name = `manorta_bench_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists "${name}" with (force)`);
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
  } catch (err) {
    await admin(`drop database if exists "${name}" with (force)`);
    throw err;
  }
  return {
    kind: 'postgres',
    database,
    where: `${url.host}/${name}`,
    dispose: async () => {
      // A query still running (an interrupted seed) would hold the pool open: the forced drop ends it.
      const closed = database.close().catch(() => {});
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}
