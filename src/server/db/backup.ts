import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import dayjs from 'dayjs';
import { acquireDataDirLock } from './lock.ts';

/** Writes a gzipped archive of the embedded database. The server must be stopped: the data directory lock says so. */
export async function backupDataDir(dataDir: string, backupDir: string, now = new Date()): Promise<string> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No embedded database at ${dataDir}`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    try {
      const blob = await client.dumpDataDir('gzip');
      fs.mkdirSync(backupDir, { recursive: true });
      const file = path.join(backupDir, `manorta-${dayjs(now).format('YYYYMMDD-HHmmss')}.tar.gz`);
      fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()), { flag: 'wx' });
      return file;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database with an archive. The current directory is kept beside it
 * (`<dir>.before-restore-<time>`) rather than deleted, and is put back if the archive cannot be opened.
 */
export async function restoreDataDir(archive: string, dataDir: string, now = new Date()): Promise<{ keptAs?: string }> {
  const bytes = fs.readFileSync(archive);
  const release = acquireDataDirLock(dataDir);
  let keptAs: string | undefined;
  try {
    if (fs.existsSync(dataDir)) {
      keptAs = `${dataDir}.before-restore-${dayjs(now).format('YYYYMMDD-HHmmss')}`;
      fs.renameSync(dataDir, keptAs);
    }
    try {
      const client = await PGlite.create({ dataDir, loadDataDir: new Blob([bytes]), extensions: { pg_trgm } });
      await client.query('select 1');
      await client.close();
    } catch (err) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (keptAs) fs.renameSync(keptAs, dataDir);
      throw new Error(`${archive} is not a Manorta backup that can be restored: ${(err as Error).message}`);
    }
    return { keptAs };
  } finally {
    release();
  }
}
