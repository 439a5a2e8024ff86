import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { FileTooLargeError, assertSafeKey, type Storage } from './storage.ts';

export interface S3Settings {
  /** Absent for AWS itself; the address of any other S3-compatible store (MinIO, Ceph, Garage, …). */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export interface S3Storage extends Storage {
  readonly bucket: string;
  /** Fails with a readable message when the bucket cannot be reached with these settings. */
  checkBucket(): Promise<void>;
}

/** 5 MB is S3's smallest multipart part; two in flight bound the memory one upload takes. */
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

export function createS3Client(s: S3Settings): S3Client {
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    // Many S3-compatible stores reject the SDK's newer default of checksum trailers on every request.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Files in an S3-compatible bucket. `put` streams through a meter (size limit, SHA-256) into a multipart upload,
 * so a file is never held whole in memory; a refused or failed upload is aborted and its key deleted.
 */
export function createS3Storage(settings: S3Settings, client: S3Client = createS3Client(settings)): S3Storage {
  const Bucket = settings.bucket;

  async function remove(key: string) {
    assertSafeKey(key);
    await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
  }

  return {
    bucket: Bucket,

    async checkBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (err) {
        const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        const where = settings.endpoint ?? `AWS ${settings.region}`;
        throw new Error(`S3 bucket "${Bucket}" at ${where} is not usable${status ? ` (HTTP ${status})` : ''}: ${(err as Error).name || (err as Error).message}`);
      }
    },

    async put(key, source, { maxBytes }) {
      assertSafeKey(key);
      const hash = createHash('sha256');
      let size = 0;
      let tooLarge: FileTooLargeError | undefined;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done((tooLarge = new FileTooLargeError(maxBytes)));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const body = new PassThrough();
      const feeding = pipeline(source, meter, body);
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: body }, partSize: PART_SIZE, queueSize: PARTS_IN_FLIGHT });
      try {
        await Promise.all([feeding, upload.done()]);
      } catch (err) {
        body.destroy();
        await upload.abort().catch(() => undefined);
        await remove(key).catch(() => undefined);
        throw tooLarge ?? err;
      }
      return { size, sha256: hash.digest('hex') };
    },

    async get(key) {
      assertSafeKey(key);
      const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return res.Body as Readable;
    },

    delete: remove,
  };
}
