import path from 'node:path';
import { readConfig } from '../config.ts';
import { backupDataDir } from '../db/backup.ts';

const config = readConfig();
if (config.database.kind === 'postgres') {
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, "Backup and restore").');
  console.error(config.s3 ? `Uploaded files are in the S3 bucket "${config.s3.bucket}".` : `Copy the uploaded files in ${config.storageDir} as well.`);
  process.exit(2);
}
const target = path.resolve(process.argv[2] ?? 'backups');
backupDataDir(config.database.dataDir, target, { filesDir: config.s3 ? undefined : config.storageDir })
  .then(({ file, files }) => {
    console.log(`Backup written: ${file}`);
    if (files === null) {
      console.log(`Uploaded files are in the S3 bucket "${config.s3!.bucket}" and are not included: back the bucket up with its own tools (versioning, replication).`);
    } else {
      console.log(`It holds the database and ${files} uploaded file(s) from ${config.storageDir}.`);
    }
  })
  .catch((err: Error) => {
    console.error(`Backup failed: ${err.message}`);
    process.exit(1);
  });
