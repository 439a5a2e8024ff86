import pino from 'pino';
import { readConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { DataDirLockedError } from './db/lock.ts';
import { installBaseData, installDemoData, DEMO_PASSWORD, ensureBootstrapAdmin } from './db/seed/index.ts';
import { createMailer } from './mail/mailer.ts';
import { buildApp, DEFAULT_WEB_DIR } from './app.ts';

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

  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.database.dataDir}`;
  const lines = [
    '',
    `  Manorta — Layanan Manajemen Ortala`,
    `  Portal:   ${config.publicUrl}/`,
    `  Masuk:    ${config.publicUrl}/masuk`,
    `  API docs: ${config.publicUrl}/api/docs`,
    `  Database: ${where}`,
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
