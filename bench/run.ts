import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { installBaseData, installDemoData } from '../src/server/db/seed/index.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { createLocalStorage } from '../src/server/storage/local.ts';
import { parseArgs, USAGE, UsageError, type BenchOptions, type DbKind } from './args.ts';
import {
  DEFAULT_POSTGRES_URL,
  openBenchPglite,
  openBenchPostgres,
  postgresReachable,
  sweepLocalLeftovers,
  sweepPostgresLeftovers,
  type BenchDatabase,
} from './databases.ts';
import { probe, startLoadGenerator, type LoadGenerator, type Probe } from './measure.ts';
import { formatTable, withRatios, type ScenarioOutcome } from './report.ts';
import { seedBenchData, type SeedStats } from './seed.ts';
import { benchSopDocuments, formatSopBench, type SopBenchResult } from './sop-documents.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK_DIR = path.join(ROOT, '.tmp', 'bench');
const RESULTS_FILE = path.join(ROOT, 'bench', 'results', 'latest.json');
const WARMUP_SECONDS = 1;

/** Requests are seeded over the last three years (dates relative to today): last year is always a full one. */
const LAST_YEAR = new Date().getFullYear() - 1;

/** The first is the trivial endpoint of the same server; the rest are the monitoring table as the public sees it. */
export const SCENARIOS = [
  { name: 'baseline /healthz', path: '/healthz', baseline: true },
  { name: 'table: first page', path: '/api/monitoring', baseline: false },
  { name: 'table: filtered + sorted', path: `/api/monitoring?state=selesai&year=${LAST_YEAR}&sort=daysUsed&dir=desc&page=5`, baseline: false },
  { name: 'table: search', path: '/api/monitoring?q=kepegawaian', baseline: false },
  { name: 'table: typo search', path: '/api/monitoring?q=kepegawain', baseline: false },
  { name: 'table: deep page', path: '/api/monitoring?page=200', baseline: false },
] as const;

const ORGANISATION = { name: 'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan', shortName: 'Kemenko Polhukam' };

const log = (line: string) => console.log(line);

/** What must be undone if the run is interrupted: databases dropped, temporary folders removed. */
const cleanups = new Set<() => Promise<void>>();

async function benchDatabase(kind: DbKind, options: BenchOptions, load: LoadGenerator, postgresUrl: string) {
  log(`\n== ${kind}: creating the database (real migrations)`);
  const bench: BenchDatabase = kind === 'pglite' ? await openBenchPglite(WORK_DIR) : await openBenchPostgres(postgresUrl);
  const storageDir = path.join(WORK_DIR, `files-${process.pid}`);
  fs.mkdirSync(storageDir, { recursive: true });
  let disposing: Promise<void> | undefined;
  const dispose = () =>
    (disposing ??= bench.dispose().finally(() => fs.rmSync(storageDir, { recursive: true, force: true })));
  cleanups.add(dispose);
  const outcomes: ScenarioOutcome[] = [];
  let seed: SeedStats;
  try {
    const { db } = bench.database;
    await installBaseData(db, ORGANISATION);
    await installDemoData(db);
    log(`   seeding ${options.rows.toLocaleString('en')} requests…`);
    seed = await seedBenchData(db, options.rows);
    log(`   seeded ${seed.requests.toLocaleString('en')} requests, ${seed.transitions.toLocaleString('en')} transitions, ${seed.units} units in ${seed.seconds.toFixed(1)} s (ANALYZE done)`);

    const app = await buildApp({
      database: bench.database,
      mailer: createMailer(db, undefined, { warn: () => {} }),
      storage: createLocalStorage(storageDir),
      publicUrl: 'http://127.0.0.1',
      logger: false,
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const connections = options.connections[kind];
      log(`   server on ${origin}; ${connections} connections, ${WARMUP_SECONDS} s warm-up + ${options.duration} s per scenario`);
      for (const scenario of SCENARIOS) {
        const url = origin + scenario.path;
        const base = { db: kind, scenario: scenario.name, path: scenario.path, baseline: scenario.baseline, connections, seconds: options.duration };
        const first = await probe(url).catch((err: Error): Probe => ({ status: 0, excerpt: err.message, ms: 0 }));
        if (first.status < 200 || first.status >= 300) {
          const failure = `GET ${scenario.path} answered ${first.status || 'nothing'}: ${first.excerpt.replace(/\s+/g, ' ')}`;
          log(`   ${scenario.name}: NOT MEASURED — ${failure}`);
          outcomes.push({ ...base, summary: null, non2xx: 1, errors: 0, failure });
          continue;
        }
        const shape = first.total !== undefined ? ` (total ${first.total.toLocaleString('en')}${first.totalCapped ? '+' : ''}, ${first.items} rows on the page)` : '';
        log(`   ${scenario.name}: first answer ${first.ms.toFixed(1)} ms${shape}; measuring…`);
        const result = await load.run({ url, connections, seconds: options.duration, warmupSeconds: WARMUP_SECONDS });
        outcomes.push({ ...base, seconds: result.seconds, summary: result.summary, non2xx: result.non2xx, errors: result.errors });
      }
    } finally {
      await app.close();
    }
  } finally {
    cleanups.delete(dispose);
    await dispose();
  }
  return { outcomes, seed, where: bench.where };
}

async function main() {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    log(USAGE);
    return;
  }

  const started = new Date();
  const loadAverage = os.loadavg()[0];
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  log(`machine: ${machine}; 1-minute load average ${loadAverage.toFixed(1)} at the start (other work on the machine skews the figures)`);

  const monitoring = options.suite === 'sop' ? null : await benchMonitoring(options);
  let sop: SopBenchResult | null = null;
  if (options.suite !== 'monitoring') {
    log('\n== SOP documents (generated SOPs, no database)');
    sop = await benchSopDocuments();
    log(formatSopBench(sop));
  }

  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        startedAt: started.toISOString(),
        machine,
        loadAverage,
        options: { suite: options.suite, db: options.db, rows: options.rows, duration: options.duration, warmup: WARMUP_SECONDS, connections: options.connections },
        ...(monitoring ? { databases: monitoring.runs, results: monitoring.rows } : {}),
        ...(sop ? { sopDocuments: sop } : {}),
      },
      null,
      2,
    )}\n`,
  );
  log(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  if (monitoring?.rows.some((r) => r.failure)) process.exitCode = 1;
}

/** The monitoring table on each database: seeded, served by the real app, driven from another process. */
async function benchMonitoring(options: BenchOptions) {
  const postgresUrl = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
  const kinds: DbKind[] = [];
  if (options.db !== 'postgres') kinds.push('pglite');
  if (options.db !== 'pglite') {
    if (await postgresReachable(postgresUrl)) kinds.push('postgres');
    else if (options.db === 'postgres') throw new Error(`PostgreSQL at ${new URL(postgresUrl).host} does not answer`);
    else log(`PostgreSQL at ${new URL(postgresUrl).host} does not answer: measuring PGlite only.`);
  }

  fs.mkdirSync(WORK_DIR, { recursive: true });
  const swept = [...sweepLocalLeftovers(WORK_DIR), ...(kinds.includes('postgres') ? await sweepPostgresLeftovers(postgresUrl) : [])];
  if (swept.length) log(`Removed what interrupted runs left behind: ${swept.join(', ')}`);
  // Ctrl+C reaches npm, tsx and this process alike, and tsx relays it once more: clean up on the first, ignore the rest.
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    log('\nInterrupted: removing the bench databases…');
    // Dropping the database cuts the seed's connection; that error is expected now and must not end the cleanup.
    process.on('uncaughtException', (err) => console.error(`(while cleaning up) ${err.message}`));
    void Promise.allSettled([...cleanups].map((c) => c())).then((settled) => {
      for (const s of settled) if (s.status === 'rejected') console.error(`cleanup failed: ${String(s.reason)}`);
      process.exit(130);
    });
  });

  const load = startLoadGenerator();
  const runs: Record<string, { where: string; seed: SeedStats }> = {};
  const outcomes: ScenarioOutcome[] = [];
  try {
    for (const kind of kinds) {
      const run = await benchDatabase(kind, options, load, postgresUrl);
      runs[kind] = { where: run.where, seed: run.seed };
      outcomes.push(...run.outcomes);
    }
  } finally {
    load.close();
  }

  const rows = withRatios(outcomes);
  log(`\n== Monitoring table: ${options.rows.toLocaleString('en')} requests; ${options.duration} s per scenario after ${WARMUP_SECONDS} s warm-up; latencies in ms`);
  log(`   Req/s vs base = the scenario's throughput as a fraction of /healthz on the same server; p95 vs base = its p95 as a multiple of /healthz's.`);
  if (kinds.includes('pglite')) log('   PGlite runs one query at a time (single connection), so it is driven with fewer concurrent connections.');
  log('');
  log(formatTable(rows));
  return { runs, rows };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
