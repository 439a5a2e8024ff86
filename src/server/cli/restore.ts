import { readConfig } from '../config.ts';
import { restoreDataDir } from '../db/backup.ts';

const config = readConfig();
const archive = process.argv[2];
if (config.database.kind === 'postgres') {
  console.error('DATABASE_URL is set: restore PostgreSQL with pg_restore/psql (see README, "Backup and restore").');
  process.exit(2);
}
if (!archive) {
  console.error('Usage: npm run restore -- backups/manorta-YYYYMMDD-HHmmss.tar.gz');
  process.exit(2);
}
restoreDataDir(archive, config.database.dataDir)
  .then(({ keptAs }) => {
    console.log(`Restored ${archive} into ${config.database.dataDir}.`);
    if (keptAs) console.log(`The previous database was kept at ${keptAs}; delete it when you no longer need it.`);
  })
  .catch((err: Error) => {
    console.error(`Restore failed: ${err.message}`);
    process.exit(1);
  });
