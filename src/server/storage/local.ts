import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileTooLargeError, assertSafeKey, type Storage } from './storage.ts';

/** Files in a local folder; a write goes to `<key>.part` and is renamed into place only once complete. */
export function createLocalStorage(root: string): Storage {
  const fileOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };

  return {
    async put(key, source, { maxBytes }) {
      const file = fileOf(key);
      const partial = `${file}.part`;
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new FileTooLargeError(maxBytes));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, fs.createWriteStream(partial, { flags: 'wx' }));
        await fs.promises.rename(partial, file);
      } catch (err) {
        await fs.promises.rm(partial, { force: true });
        throw err;
      }
      return { size, sha256: hash.digest('hex') };
    },

    async get(key) {
      const file = fileOf(key);
      await fs.promises.access(file);
      return fs.createReadStream(file);
    },

    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
