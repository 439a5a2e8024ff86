import fs from 'node:fs';
import path from 'node:path';
import { createGunzip, createGzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import dayjs from 'dayjs';
import tar from 'tar-stream';
import { acquireDataDirLock } from './lock.ts';

/**
 * A backup is one gzipped tar: `manorta-backup.json` first, then `database.tar.gz` (PGlite's dump of the data
 * directory), then the uploaded files under `files/`. An archive without the manifest is an older, database-only
 * backup and restores as one.
 */
const MANIFEST = 'manorta-backup.json';
const DATABASE = 'database.tar.gz';
const FILES = 'files/';

interface Manifest {
  format: 1;
  createdAt: string;
  /** null: the files were not in a local folder (S3) and are not in the archive. */
  files: { count: number } | null;
}

const stampOf = (now: Date) => dayjs(now).format('YYYYMMDD-HHmmss');

/** Stored files, relative to `dir`, oldest layout first; a `.part` file is an upload that never finished. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && !e.name.endsWith('.part'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function addEntry(pack: tar.Pack, header: Parameters<tar.Pack['entry']>[0], body: Buffer | Readable) {
  let entry!: ReturnType<tar.Pack['entry']>;
  const written = new Promise<void>((resolve, reject) => {
    const done = (err?: Error | null) => (err ? reject(err) : resolve());
    entry = Buffer.isBuffer(body) ? pack.entry(header, body, done) : pack.entry(header, done);
  });
  if (!Buffer.isBuffer(body)) await pipeline(body, entry);
  await written;
}

async function collect(entry: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface BackupResult {
  file: string;
  /** Uploaded files in the archive; null when there is no local files folder to include (S3). */
  files: number | null;
}

/**
 * Writes one dated archive of the embedded database and, given `filesDir`, the uploaded files. The server must be
 * stopped: the data directory lock says so.
 */
export async function backupDataDir(dataDir: string, backupDir: string, opts: { filesDir?: string; now?: Date } = {}): Promise<BackupResult> {
  const now = opts.now ?? new Date();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No embedded database at ${dataDir}`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    let dump: Buffer;
    try {
      dump = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await client.close();
    }
    const files = opts.filesDir ? filesUnder(opts.filesDir) : null;
    const manifest: Manifest = { format: 1, createdAt: now.toISOString(), files: files ? { count: files.length } : null };

    fs.mkdirSync(backupDir, { recursive: true });
    const file = path.join(backupDir, `manorta-${stampOf(now)}.tar.gz`);
    if (fs.existsSync(file)) throw new Error(`${file} exists already`);
    const partial = `${file}.part`;
    const pack = tar.pack();
    const writing = pipeline(pack, createGzip(), fs.createWriteStream(partial, { flags: 'wx' }));
    try {
      await addEntry(pack, { name: MANIFEST, mtime: now }, Buffer.from(JSON.stringify(manifest, null, 2)));
      await addEntry(pack, { name: DATABASE, mtime: now }, dump);
      for (const rel of files ?? []) {
        const full = path.join(opts.filesDir!, rel);
        const stat = fs.statSync(full);
        await addEntry(pack, { name: FILES + rel, size: stat.size, mtime: stat.mtime, mode: 0o644 }, fs.createReadStream(full));
      }
      pack.finalize();
      await writing;
      fs.renameSync(partial, file);
    } catch (err) {
      pack.destroy();
      await writing.catch(() => undefined);
      fs.rmSync(partial, { force: true });
      throw err;
    }
    return { file, files: files ? files.length : null };
  } finally {
    release();
  }
}

interface ReadArchive {
  database: Buffer;
  manifest: Manifest | null;
  /** Files written to the staging folder. */
  staged: number;
}

/** A file entry's place under the staging folder, or an error for anything that could escape it. */
function stagedPath(staging: string, name: string): string {
  const rel = name.slice(FILES.length);
  if (!rel || rel.startsWith('/') || rel.split('/').some((p) => p === '..' || p === '') || rel.includes('\\')) throw new Error(`unsafe file name in archive: ${name}`);
  return path.join(staging, ...rel.split('/'));
}

/** Reads the archive, writing its files into `staging` (when given); throws on anything a backup does not hold. */
async function readArchive(archive: string, staging: string | undefined): Promise<ReadArchive> {
  const extract = tar.extract();
  const reading = pipeline(fs.createReadStream(archive), createGunzip(), extract);
  let manifest: Manifest | null = null;
  let database: Buffer | undefined;
  let staged = 0;
  let first = true;
  let legacy = false;
  try {
    for await (const entry of extract) {
      const { name, type } = entry.header;
      if (first && name !== MANIFEST) {
        legacy = true;
        entry.resume();
        break;
      }
      first = false;
      if (name === MANIFEST) {
        const parsed = JSON.parse((await collect(entry)).toString('utf8')) as Manifest;
        if (parsed.format !== 1) throw new Error(`unknown backup format ${String(parsed.format)}`);
        manifest = parsed;
      } else if (name === DATABASE) {
        database = await collect(entry);
      } else if (name.startsWith(FILES) && type === 'directory') {
        entry.resume();
      } else if (name.startsWith(FILES) && type === 'file') {
        if (!staging) {
          entry.resume();
          continue;
        }
        const target = stagedPath(staging, name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        await pipeline(Readable.from(entry), fs.createWriteStream(target, { flags: 'wx' }));
        staged++;
      } else {
        throw new Error(`unexpected entry in archive: ${name}`);
      }
    }
  } catch (err) {
    extract.destroy();
    await reading.catch(() => undefined);
    throw err;
  }
  if (legacy) {
    extract.destroy();
    await reading.catch(() => undefined);
    return { database: fs.readFileSync(archive), manifest: null, staged: 0 };
  }
  await reading;
  if (first) throw new Error('the archive is empty');
  if (!database) throw new Error(`the archive holds no ${DATABASE}`);
  if (staging && manifest?.files && staged !== manifest.files.count) throw new Error(`the archive holds ${staged} of its ${manifest.files.count} files`);
  return { database, manifest, staged };
}

export interface RestoreResult {
  /** Where the replaced database directory was kept. */
  keptAs?: string;
  /** Files restored into `filesDir`; null when none were (see `filesInArchive`). */
  filesRestored: number | null;
  /** Files the archive holds; null when it was made without them (S3, or an older database-only backup). */
  filesInArchive: number | null;
  /** Where the replaced files folder was kept. */
  filesKeptAs?: string;
}

/**
 * Replaces the embedded database and, when the archive holds them and `filesDir` is given, the uploaded files. The
 * replaced directories are kept beside the new ones (`<dir>.before-restore-<time>`), and everything is put back as
 * it was when the archive cannot be read or opened.
 */
export async function restoreDataDir(archive: string, dataDir: string, opts: { filesDir?: string; now?: Date } = {}): Promise<RestoreResult> {
  if (!fs.existsSync(archive)) throw new Error(`${archive} does not exist`);
  const stamp = stampOf(opts.now ?? new Date());
  const release = acquireDataDirLock(dataDir);
  const staging = opts.filesDir ? `${opts.filesDir}.restoring-${stamp}` : undefined;
  const undo: (() => void)[] = [];
  try {
    let read: ReadArchive;
    try {
      if (staging) {
        fs.rmSync(staging, { recursive: true, force: true });
        fs.mkdirSync(staging, { recursive: true });
      }
      read = await readArchive(archive, staging);
    } catch (err) {
      throw new Error(`${archive} is not a Manorta backup that can be restored: ${(err as Error).message}`);
    }
    const filesInArchive = read.manifest?.files ? read.manifest.files.count : null;
    const result: RestoreResult = { filesRestored: null, filesInArchive };

    try {
      if (fs.existsSync(dataDir)) {
        const keptAs = `${dataDir}.before-restore-${stamp}`;
        fs.renameSync(dataDir, keptAs);
        result.keptAs = keptAs;
        undo.push(() => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          fs.renameSync(keptAs, dataDir);
        });
      } else {
        undo.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      }
      const client = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(read.database)]), extensions: { pg_trgm } });
      await client.query('select 1');
      await client.close();
    } catch (err) {
      throw new Error(`${archive} is not a Manorta backup that can be restored: ${(err as Error).message}`);
    }

    if (staging && filesInArchive !== null) {
      const filesDir = opts.filesDir!;
      if (fs.existsSync(filesDir)) {
        const keptAs = `${filesDir}.before-restore-${stamp}`;
        fs.renameSync(filesDir, keptAs);
        result.filesKeptAs = keptAs;
        undo.push(() => {
          fs.rmSync(filesDir, { recursive: true, force: true });
          fs.renameSync(keptAs, filesDir);
        });
      }
      fs.renameSync(staging, filesDir);
      result.filesRestored = read.staged;
    }
    undo.length = 0;
    return result;
  } finally {
    for (const step of undo.reverse()) step();
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}
