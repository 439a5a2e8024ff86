import pino from 'pino';
import { readConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { DataDirLockedError } from './db/lock.ts';
import { installBaseData, installDemoData, DEMO_PASSWORD, ensureBootstrapAdmin } from './db/seed/index.ts';
import { createMailer } from './mail/mailer.ts';
import { buildApp, DEFAULT_WEB_DIR } from './app.ts';
import { createLocalStorage } from './storage/local.ts';
import { createNotifier } from './modules/notifications/notifier.ts';
import { createOverdueCheck } from './modules/requests/overdue.ts';

/** How often this instance looks for requests past their service standard (each is reported once, by any instance). */
const OVERDUE_CHECK_MS = 60 * 60 * 1000;
const MAIL_RETRY_MS = 60 * 1000;

async function main() {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });

  let database;
  try {
    database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      logger.fatal(err.message);
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  await installBaseData(database.db, config.organisation);
  const demoUsers = config.demoData ? await installDemoData(database.db) : [];
  if (config.bootstrapAdmin) await ensureBootstrapAdmin(database.db, config.bootstrapAdmin);

  const mailer = createMailer(database.db, config.smtp, logger);
  const app = await buildApp({
    database,
    mailer,
    storage: createLocalStorage(config.storageDir),
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
  const checkOverdue = createOverdueCheck({ database, mailer, notifier: createNotifier({ mailer, publicUrl: config.publicUrl }), clock: () => new Date() });
  const runOverdueCheck = () => checkOverdue().catch((err) => logger.warn({ err }, 'overdue check failed'));
  setInterval(runOverdueCheck, OVERDUE_CHECK_MS).unref();
  // Retries what a failed send left in the outbox (each event also flushes right after its commit).
  setInterval(() => void mailer.flush(), MAIL_RETRY_MS).unref();
  void runOverdueCheck();

  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.database.dataDir}`;
  const lines = [
    '',
    `  Manorta — Layanan Manajemen Ortala`,
    `  Portal:   ${config.publicUrl}/`,
    `  Masuk:    ${config.publicUrl}/masuk`,
    `  API docs: ${config.publicUrl}/api/docs`,
    `  Database: ${where}`,
    `  Files:    ${config.storageDir}`,
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
