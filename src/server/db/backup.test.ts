import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import tar from 'tar-stream';
import { openDatabase } from './open.ts';
import { backupDataDir, restoreDataDir } from './backup.ts';
import { DataDirLockedError } from './lock.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-backup-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function unitCodes(dataDir: string) {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const rows = await database.db.execute<{ code: string }>(sql`select code from units order by code`);
    return rows.rows.map((r) => r.code);
  } finally {
    await database.close();
  }
}

async function withUnits(dataDir: string, ...codes: string[]) {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  for (const code of codes) await database.db.execute(sql`insert into units (code, name, kind) values (${code}, ${`Unit ${code}`}, 'eselon1')`);
  await database.close();
}

/** The folder's files and their contents, by relative path. */
function contents(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')] = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

function writeFiles(dir: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

/** A hand-made archive, for the broken ones. */
async function archiveOf(file: string, entries: [name: string, body: string | Buffer][]) {
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip(), fs.createWriteStream(file));
  for (const [name, body] of entries) pack.entry({ name }, body);
  pack.finalize();
  await writing;
}

function setup() {
  const root = tmp();
  return { root, dataDir: path.join(root, 'data'), filesDir: path.join(root, 'data-files'), backups: path.join(root, 'backups') };
}

const siblings = (root: string) => fs.readdirSync(root).sort();

describe('embedded database backup and restore', () => {
  it('restores the database and the uploaded files of the backup, keeping the replaced ones', async () => {
    const { root, dataDir, filesDir, backups } = setup();
    await withUnits(dataDir, 'A');
    writeFiles(filesDir, { 'requests/r1/f1': 'satu', 'requests/r2/f2': 'dua', 'requests/r2/f9.part': 'belum selesai' });

    const { file, files } = await backupDataDir(dataDir, backups, { filesDir, now: new Date('2026-11-28T03:04:05Z') });
    expect(path.basename(file)).toMatch(/^manorta-20261128-\d{6}\.tar\.gz$/);
    expect(files).toBe(2);
    expect(fs.readdirSync(backups)).toEqual([path.basename(file)]);

    await withUnits(dataDir, 'B');
    fs.rmSync(path.join(filesDir, 'requests/r2'), { recursive: true });
    writeFiles(filesDir, { 'requests/r1/f1': 'diubah', 'requests/r3/f3': 'baru' });

    const restored = await restoreDataDir(file, dataDir, { filesDir });
    expect(await unitCodes(dataDir)).toEqual(['A']);
    expect(contents(filesDir)).toEqual({ 'requests/r1/f1': 'satu', 'requests/r2/f2': 'dua' });
    expect(restored).toMatchObject({ filesRestored: 2, filesInArchive: 2 });
    expect(restored.keptAs && fs.existsSync(restored.keptAs)).toBe(true);
    expect(contents(restored.filesKeptAs!)).toEqual({ 'requests/r1/f1': 'diubah', 'requests/r3/f3': 'baru' });
    expect(siblings(root).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('refuses to back up while the server holds the database, and leaves a bad archive unrestored', async () => {
    const { root, dataDir, filesDir } = setup();
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await expect(backupDataDir(dataDir, path.join(root, 'b'), { filesDir })).rejects.toBeInstanceOf(DataDirLockedError);
    await database.db.execute(sql`insert into units (code, name, kind) values ('KEEP', 'Kept', 'eselon1')`);
    await database.close();
    writeFiles(filesDir, { 'requests/r1/f1': 'tetap' });
    const junk = path.join(root, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not an archive');
    const before = siblings(root);

    await expect(restoreDataDir(junk, dataDir, { filesDir })).rejects.toThrow(/not a Manorta backup/);
    expect(await unitCodes(dataDir)).toEqual(['KEEP']);
    expect(contents(filesDir)).toEqual({ 'requests/r1/f1': 'tetap' });
    expect(siblings(root)).toEqual(before);
  });

  it('puts database and files back when the archive holds files but a broken database', async () => {
    const { root, dataDir, filesDir } = setup();
    await withUnits(dataDir, 'KEEP');
    writeFiles(filesDir, { 'requests/r1/f1': 'tetap' });
    const broken = path.join(root, 'broken.tar.gz');
    await archiveOf(broken, [
      ['manorta-backup.json', JSON.stringify({ format: 1, createdAt: '2026-01-01T00:00:00Z', files: { count: 1 } })],
      ['database.tar.gz', 'bukan database'],
      ['files/requests/r9/f9', 'dari arsip rusak'],
    ]);
    const before = siblings(root);
    await expect(restoreDataDir(broken, dataDir, { filesDir })).rejects.toThrow(/not a Manorta backup/);
    expect(await unitCodes(dataDir)).toEqual(['KEEP']);
    expect(contents(filesDir)).toEqual({ 'requests/r1/f1': 'tetap' });
    expect(siblings(root)).toEqual(before);
  });

  it('refuses an archive with a file outside its folder, a missing database or missing files', async () => {
    const { root, dataDir, filesDir } = setup();
    await withUnits(dataDir, 'KEEP');
    const manifest = (count: number) => ['manorta-backup.json', JSON.stringify({ format: 1, createdAt: '2026-01-01T00:00:00Z', files: { count } })] as [string, string];
    const cases: [string, [string, string][], RegExp][] = [
      ['escape', [manifest(1), ['database.tar.gz', 'x'], ['files/../../keluar', 'jahat']], /unsafe file name/],
      ['no-database', [manifest(0)], /holds no database\.tar\.gz/],
      ['short', [manifest(2), ['database.tar.gz', 'x'], ['files/requests/a/1', 'satu']], /holds 1 of its 2 files/],
      ['stranger', [manifest(0), ['database.tar.gz', 'x'], ['etc/passwd', 'x']], /unexpected entry/],
    ];
    for (const [name, entries, reason] of cases) {
      const file = path.join(root, `${name}.tar.gz`);
      await archiveOf(file, entries);
      await expect(restoreDataDir(file, dataDir, { filesDir })).rejects.toThrow(reason);
    }
    expect(fs.existsSync(path.join(root, 'keluar'))).toBe(false);
    expect(await unitCodes(dataDir)).toEqual(['KEEP']);
    expect(siblings(root).filter((n) => n.startsWith('data') && n !== 'data' && n !== 'data.lock')).toEqual([]);
  });

  it('backs up without files when they live in S3, and such a restore leaves the files folder alone', async () => {
    const { dataDir, filesDir, backups } = setup();
    await withUnits(dataDir, 'A');
    const { file, files } = await backupDataDir(dataDir, backups);
    expect(files).toBeNull();
    writeFiles(filesDir, { 'requests/r1/f1': 'lokal' });
    await withUnits(dataDir, 'B');
    const restored = await restoreDataDir(file, dataDir, { filesDir });
    expect(restored).toMatchObject({ filesRestored: null, filesInArchive: null });
    expect(restored.filesKeptAs).toBeUndefined();
    expect(await unitCodes(dataDir)).toEqual(['A']);
    expect(contents(filesDir)).toEqual({ 'requests/r1/f1': 'lokal' });
  });

  it('still restores an older database-only archive', async () => {
    const { root, dataDir, filesDir } = setup();
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.db.execute(sql`insert into units (code, name, kind) values ('LAMA', 'Unit lama', 'eselon1')`);
    const old = path.join(root, 'manorta-20250101-000000.tar.gz');
    fs.writeFileSync(old, Buffer.from(await (await database.dump!()).arrayBuffer()));
    await database.db.execute(sql`insert into units (code, name, kind) values ('BARU', 'Unit baru', 'eselon1')`);
    await database.close();
    writeFiles(filesDir, { 'requests/r1/f1': 'tetap' });

    expect(await restoreDataDir(old, dataDir, { filesDir })).toMatchObject({ filesRestored: null, filesInArchive: null });
    expect(await unitCodes(dataDir)).toEqual(['LAMA']);
    expect(contents(filesDir)).toEqual({ 'requests/r1/f1': 'tetap' });
  });
});
