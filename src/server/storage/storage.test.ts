import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local.ts';
import { FileTooLargeError, type Storage } from './storage.ts';
import { startTestS3, type TestS3 } from '../testing/s3.ts';

const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** `total` bytes in 64 KB chunks, as an upload arrives; the byte values depend on the position. */
function chunks(total: number, fail?: Error): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (fail && sent >= total / 2) return this.destroy(fail);
      if (sent >= total) return this.push(null);
      const n = Math.min(64 * 1024, total - sent);
      const chunk = Buffer.alloc(n);
      for (let i = 0; i < n; i++) chunk[i] = (sent + i) % 251;
      sent += n;
      this.push(chunk);
    },
  });
}

async function bytesOf(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

let s3: TestS3;
let localDir: string;
beforeAll(async () => {
  s3 = await startTestS3();
  localDir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-storage-'));
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(localDir, { recursive: true, force: true });
});

/** What is stored, whatever the backend. */
const backends: [string, () => { storage: Storage; keys: () => Promise<string[]> }][] = [
  ['local folder', () => ({
    storage: createLocalStorage(localDir),
    keys: async () => (fs.readdirSync(localDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((e) => e.isFile())
      .map((e) => path.relative(localDir, path.join(e.parentPath, e.name)))
      .sort(),
  })],
  ['S3 (s3rver on loopback)', () => ({ storage: s3.storage, keys: () => s3.keys() })],
];

describe.each(backends)('storage: %s', (_name, make) => {
  it('stores, serves and deletes a file, answering its size and SHA-256', async () => {
    const { storage, keys } = make();
    const content = Buffer.from('%PDF-1.7 isi uji');
    expect(await storage.put('requests/a1/f1', Readable.from([content]), { maxBytes: MB })).toEqual({ size: content.length, sha256: sha(content) });
    expect(await keys()).toEqual(['requests/a1/f1']);
    expect(await bytesOf(await storage.get('requests/a1/f1'))).toEqual(content);
    await storage.delete('requests/a1/f1');
    await storage.delete('requests/a1/f1');
    expect(await keys()).toEqual([]);
    await expect(storage.get('requests/a1/f1')).rejects.toThrow();
  });

  it('streams a file larger than one upload part and reads it back intact', async () => {
    const { storage, keys } = make();
    const size = 12 * MB + 123;
    const expected = await bytesOf(chunks(size));
    const stored = await storage.put('requests/a2/besar', chunks(size), { maxBytes: 20 * MB });
    expect(stored).toEqual({ size, sha256: sha(expected) });
    expect(sha(await bytesOf(await storage.get('requests/a2/besar')))).toBe(stored.sha256);
    await storage.delete('requests/a2/besar');
    expect(await keys()).toEqual([]);
  });

  it.each([['within the first part', 2 * MB], ['after parts were uploaded', 11 * MB]])('stops a file over the limit %s, leaving nothing behind', async (_when, maxBytes) => {
    const { storage, keys } = make();
    await expect(storage.put('requests/a3/terlalu-besar', chunks(maxBytes + 1), { maxBytes })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await keys()).toEqual([]);
  });

  it('leaves nothing behind when the upload breaks off', async () => {
    const { storage, keys } = make();
    await expect(storage.put('requests/a4/putus', chunks(8 * MB, new Error('koneksi terputus')), { maxBytes: 20 * MB })).rejects.toThrow('koneksi terputus');
    expect(await keys()).toEqual([]);
  });

  it('accepts only the keys the server makes', async () => {
    const { storage } = make();
    await expect(storage.put('../keluar', Readable.from(['x']), { maxBytes: MB })).rejects.toThrow(/unsafe storage key/);
    await expect(storage.get('requests/../../etc')).rejects.toThrow(/unsafe storage key/);
  });
});

describe('S3 storage settings', () => {
  it('reaches its bucket, and names the bucket when it is missing', async () => {
    await expect(s3.storage.checkBucket()).resolves.toBeUndefined();
    const { createS3Storage } = await import('./s3.ts');
    const missing = createS3Storage({ ...s3.settings, bucket: 'tidak-ada' });
    await expect(missing.checkBucket()).rejects.toThrow(/S3 bucket "tidak-ada" at http:\/\/127\.0\.0\.1:\d+ is not usable \(HTTP 404\)/);
  });
});
