import pino from 'pino';
import { readConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { DataDirLockedError } from './db/lock.ts';
import { installBaseData, installDemoData, DEMO_PASSWORD, ensureBootstrapAdmin } from './db/seed/index.ts';
import { installDemoRequests } from './db/seed/demo-requests.ts';
import { createMailer } from './mail/mailer.ts';
import { buildApp, DEFAULT_WEB_DIR } from './app.ts';
import { createLocalStorage } from './storage/local.ts';
import { createS3Storage } from './storage/s3.ts';
import type { Storage } from './storage/storage.ts';
import { createInProcessJobs } from './jobs/in-process.ts';
import { createPgBossJobs, PG_BOSS_SCHEMA } from './jobs/pg-boss.ts';
import { createNotifier } from './modules/notifications/notifier.ts';
import { createOverdueCheck } from './modules/requests/overdue.ts';
import { createClockRefresh } from './modules/requests/clock-refresh.ts';
import { createMonevReminders } from './modules/monev/monev.service.ts';
import { createReviewReminders } from './modules/review-ack/review-reminders.ts';

/** Looks for requests past their service standard (each is reported once, whichever instance finds it). */
const OVERDUE_CHECK_EVERY_MS = 60 * 60 * 1000;
/** Retries what a failed send left in the outbox (each event also flushes right after its commit). */
const MAIL_RETRY_EVERY_MS = 60 * 1000;
/** 00:05 WIB: a new day has begun on every open request's service-standard clock. */
const CLOCK_REFRESH_CRON = '5 0 * * *';
/** 07:00 WIB daily: monitoring rounds' reminders before the deadline and to late units (once per unit, kind and day). */
const MONEV_REMINDERS_CRON = '0 7 * * *';
/** 07:00 WIB: SOP reviews due in 30 or 10 days, or past due, are reminded to their units (each once). */
const SOP_REVIEW_REMINDERS_CRON = '0 7 * * *';

/** A configuration or infrastructure problem the operator must fix: said plainly, without a stack trace. */
function refuseToStart(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main() {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    refuseToStart((err as Error).message);
  }
  const logger = pino({ level: config.logLevel });

  let storage: Storage = createLocalStorage(config.storageDir);
  if (config.s3) {
    const s3 = createS3Storage(config.s3);
    await s3.checkBucket().catch((err: Error) => refuseToStart(err.message));
    storage = s3;
  }

  let database;
  try {
    database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      logger.fatal(err.message);
      refuseToStart(err.message);
    }
    throw err;
  }

  await installBaseData(database.db, config.organisation);
  const demoUsers = config.demoData ? await installDemoData(database.db) : [];
  if (config.demoData) await installDemoRequests({ database, storage, publicUrl: config.publicUrl });
  if (config.bootstrapAdmin) await ensureBootstrapAdmin(database.db, config.bootstrapAdmin);

  const mailer = createMailer(database.db, config.smtp, logger, { sharedDatabase: database.kind === 'postgres' });
  const jobs = config.database.kind === 'postgres' ? createPgBossJobs({ url: config.database.url, logger }) : createInProcessJobs({ logger });
  const app = await buildApp({
    database,
    mailer,
    storage,
    logger,
    publicUrl: config.publicUrl,
    sessionDays: config.sessionDays,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webDir: DEFAULT_WEB_DIR,
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await jobs.stop();
      await app.close();
      await database.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  void mailer.flush();
  const clock = () => new Date();
  const checkOverdue = createOverdueCheck({ database, mailer, notifier: createNotifier({ mailer, publicUrl: config.publicUrl }), clock });
  const refreshClocks = createClockRefresh({ database, clock });
  await jobs.schedule('overdue-check', OVERDUE_CHECK_EVERY_MS, checkOverdue);
  await jobs.schedule('clock-refresh', CLOCK_REFRESH_CRON, () => refreshClocks());
  await jobs.schedule('mail-retry', MAIL_RETRY_EVERY_MS, () => mailer.flush());
  const sendMonevReminders = createMonevReminders({ database, mailer, clock, publicUrl: config.publicUrl });
  await jobs.schedule('monev-reminders', MONEV_REMINDERS_CRON, () => sendMonevReminders());
  const sendReviewReminders = createReviewReminders({ database, mailer, clock, publicUrl: config.publicUrl });
  await jobs.schedule('sop-review-reminders', SOP_REVIEW_REMINDERS_CRON, () => sendReviewReminders());
  await jobs.start();
  // Once now as well: the stored clocks may date from before the server stopped.
  void (async () => {
    await refreshClocks().catch((err) => logger.warn({ err }, 'clock refresh failed'));
    await checkOverdue().catch((err) => logger.warn({ err }, 'overdue check failed'));
    await sendReviewReminders().catch((err) => logger.warn({ err }, 'SOP review reminders failed'));
  })();

  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.database.dataDir}`;
  const lines = [
    '',
    `  Manorta — Layanan Manajemen Ortala`,
    `  Portal:   ${config.publicUrl}/`,
    `  Masuk:    ${config.publicUrl}/masuk`,
    `  API docs: ${config.publicUrl}/api/docs`,
    `  Database: ${where}`,
    `  Files:    ${config.s3 ? `S3 bucket ${config.s3.bucket}${config.s3.endpoint ? ` at ${config.s3.endpoint}` : ''}` : config.storageDir}`,
    `  Jobs:     ${jobs.kind === 'pg-boss' ? `pg-boss (schema ${PG_BOSS_SCHEMA})` : 'in this process'}`,
  ];
  if (demoUsers.length) {
    lines.push('', `  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const u of demoUsers) lines.push(`    ${u.email.padEnd(34)} ${u.roles.join(', ').padEnd(28)} ${u.unitCode}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
