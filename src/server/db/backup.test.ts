import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
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

describe('embedded database backup and restore', () => {
  it('restores the state of the backup and keeps the replaced directory', async () => {
    const root = tmp();
    const dataDir = path.join(root, 'data');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.db.execute(sql`insert into units (code, name, kind) values ('A', 'Unit A', 'eselon1')`);
    await database.close();

    const file = await backupDataDir(dataDir, path.join(root, 'backups'), new Date('2026-11-28T03:04:05Z'));
    expect(path.basename(file)).toMatch(/^manorta-20261128-\d{6}\.tar\.gz$/);

    const again = await openDatabase({ kind: 'pglite', dataDir });
    await again.db.execute(sql`insert into units (code, name, kind) values ('B', 'Unit B', 'eselon1')`);
    await again.close();
    expect(await unitCodes(dataDir)).toEqual(['A', 'B']);

    const { keptAs } = await restoreDataDir(file, dataDir);
    expect(await unitCodes(dataDir)).toEqual(['A']);
    expect(keptAs && fs.existsSync(keptAs)).toBe(true);
  });

  it('refuses to back up while the server holds the database, and leaves a bad archive unrestored', async () => {
    const root = tmp();
    const dataDir = path.join(root, 'data');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await expect(backupDataDir(dataDir, path.join(root, 'b'))).rejects.toBeInstanceOf(DataDirLockedError);
    await database.db.execute(sql`insert into units (code, name, kind) values ('KEEP', 'Kept', 'eselon1')`);
    await database.close();

    const junk = path.join(root, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not an archive');
    await expect(restoreDataDir(junk, dataDir)).rejects.toThrow(/not a Manorta backup/);
    expect(await unitCodes(dataDir)).toEqual(['KEEP']);
  });
});
