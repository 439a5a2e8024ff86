import path from 'node:path';
import { readConfig } from '../config.ts';
import { backupDataDir } from '../db/backup.ts';

const config = readConfig();
if (config.database.kind === 'postgres') {
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, "Backup and restore").');
  process.exit(2);
}
const target = path.resolve(process.argv[2] ?? 'backups');
backupDataDir(config.database.dataDir, target)
  .then((file) => console.log(`Backup written: ${file}`))
  .catch((err: Error) => {
    console.error(`Backup failed: ${err.message}`);
    process.exit(1);
  });
