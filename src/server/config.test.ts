import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const s3 = {
  MANORTA_S3_ENDPOINT: 'http://127.0.0.1:9000',
  MANORTA_S3_BUCKET: 'manorta-berkas',
  MANORTA_S3_ACCESS_KEY_ID: 'kunci',
  MANORTA_S3_SECRET_ACCESS_KEY: 'rahasia',
};

describe('configuration: S3 storage', () => {
  it('keeps files in the local folder when no S3 variable is set', () => {
    expect(readConfig({ MANORTA_DATA_DIR: '/srv/manorta/data' })).toMatchObject({ s3: undefined, storageDir: '/srv/manorta/data-files' });
  });

  it('uses the bucket when configured, path-style for an S3-compatible address and virtual-host style for AWS', () => {
    expect(readConfig(s3).s3).toEqual({
      endpoint: 'http://127.0.0.1:9000', bucket: 'manorta-berkas', region: 'us-east-1', accessKeyId: 'kunci', secretAccessKey: 'rahasia', forcePathStyle: true,
    });
    const aws = { ...s3, MANORTA_S3_ENDPOINT: '', MANORTA_S3_REGION: 'ap-southeast-3' };
    expect(readConfig(aws).s3).toMatchObject({ endpoint: undefined, region: 'ap-southeast-3', forcePathStyle: false });
    expect(readConfig({ ...s3, MANORTA_S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false);
  });

  it('refuses to start on half an S3 configuration, naming what is missing', () => {
    expect(() => readConfig({ MANORTA_S3_BUCKET: 'manorta-berkas' })).toThrow(
      /Invalid configuration:\n {2}MANORTA_S3_ACCESS_KEY_ID: required with MANORTA_S3_BUCKET: S3 storage needs MANORTA_S3_BUCKET, MANORTA_S3_ACCESS_KEY_ID, MANORTA_S3_SECRET_ACCESS_KEY\n {2}MANORTA_S3_SECRET_ACCESS_KEY: required/,
    );
    expect(() => readConfig({ MANORTA_S3_ENDPOINT: 'http://minio:9000' })).toThrow(/MANORTA_S3_BUCKET: required with MANORTA_S3_ENDPOINT/);
    expect(() => readConfig({ ...s3, MANORTA_S3_BUCKET: 'Bucket_Salah' })).toThrow(/MANORTA_S3_BUCKET: must be an S3 bucket name/);
    expect(() => readConfig({ ...s3, MANORTA_S3_ENDPOINT: 'bukan-alamat' })).toThrow(/MANORTA_S3_ENDPOINT/);
  });
});
