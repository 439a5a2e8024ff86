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
const filesDir = config.s3 ? undefined : config.storageDir;
restoreDataDir(archive, config.database.dataDir, { filesDir })
  .then((r) => {
    console.log(`Restored ${archive} into ${config.database.dataDir}.`);
    if (r.keptAs) console.log(`The previous database was kept at ${r.keptAs}; delete it when you no longer need it.`);
    if (r.filesRestored !== null) {
      console.log(`Restored ${r.filesRestored} uploaded file(s) into ${filesDir}.`);
      if (r.filesKeptAs) console.log(`The previous files were kept at ${r.filesKeptAs}; delete them when you no longer need them.`);
    } else if (r.filesInArchive === null) {
      console.log(`The archive holds no uploaded files (an S3 or older database-only backup): ${config.s3 ? `the bucket "${config.s3.bucket}"` : filesDir} was left as it is.`);
    } else {
      console.log(`The archive holds ${r.filesInArchive} uploaded file(s), but files are kept in the S3 bucket "${config.s3!.bucket}": they were not restored.`);
    }
  })
  .catch((err: Error) => {
    console.error(`Restore failed: ${err.message}`);
    process.exit(1);
  });
