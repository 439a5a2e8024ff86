import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const S3_REQUIRED = ['MANORTA_S3_BUCKET', 'MANORTA_S3_ACCESS_KEY_ID', 'MANORTA_S3_SECRET_ACCESS_KEY'] as const;

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  MANORTA_DATA_DIR: z.string().default('./data'),
  MANORTA_STORAGE_DIR: z.string().optional(),
  MANORTA_S3_ENDPOINT: z.string().url().optional(),
  MANORTA_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 lowercase letters, digits, dots, hyphens)').optional(),
  MANORTA_S3_REGION: z.string().optional(),
  MANORTA_S3_ACCESS_KEY_ID: z.string().optional(),
  MANORTA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  MANORTA_S3_FORCE_PATH_STYLE: bool.optional(),
  MANORTA_PUBLIC_URL: z.string().url().optional(),
  MANORTA_ORG_NAME: z.string().default('Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan'),
  MANORTA_ORG_SHORT_NAME: z.string().default('Kemenko Polhukam'),
  MANORTA_DEMO_DATA: bool.optional(),
  MANORTA_ADMIN_EMAIL: z.string().email().optional(),
  MANORTA_ADMIN_PASSWORD: z.string().min(10).optional(),
  MANORTA_TRUST_PROXY: bool.default(false),
  MANORTA_SECURE_COOKIES: bool.optional(),
  MANORTA_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().default(587),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('Manorta <no-reply@manorta.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).superRefine((e, ctx) => {
  // Half an S3 configuration would silently put files in the local folder: refuse to start instead.
  const s3Vars = Object.keys(e).filter((k) => k.startsWith('MANORTA_S3_'));
  if (s3Vars.length === 0) return;
  for (const k of S3_REQUIRED) {
    if (e[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `required with ${s3Vars.join(', ')}: S3 storage needs ${S3_REQUIRED.join(', ')}` });
  }
});

export type Config = ReturnType<typeof readConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ZEnv.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = e.PORT;
  return {
    port,
    host: e.HOST,
    database: e.DATABASE_URL
      ? ({ kind: 'postgres', url: e.DATABASE_URL } as const)
      : ({ kind: 'pglite', dataDir: path.resolve(e.MANORTA_DATA_DIR) } as const),
    // Beside the embedded database's directory, not in it: initdb wants that one empty, and backups dump only it.
    storageDir: path.resolve(e.MANORTA_STORAGE_DIR ?? `${e.MANORTA_DATA_DIR.replace(/[\\/]+$/, '')}-files`),
    /** Uploaded files go to this bucket instead of `storageDir` when set. */
    s3: e.MANORTA_S3_BUCKET && e.MANORTA_S3_ACCESS_KEY_ID && e.MANORTA_S3_SECRET_ACCESS_KEY
      ? {
          endpoint: e.MANORTA_S3_ENDPOINT,
          bucket: e.MANORTA_S3_BUCKET,
          region: e.MANORTA_S3_REGION ?? 'us-east-1',
          accessKeyId: e.MANORTA_S3_ACCESS_KEY_ID,
          secretAccessKey: e.MANORTA_S3_SECRET_ACCESS_KEY,
          // S3-compatible servers reached by address mostly want path-style URLs; AWS itself wants virtual hosts.
          forcePathStyle: e.MANORTA_S3_FORCE_PATH_STYLE ?? e.MANORTA_S3_ENDPOINT !== undefined,
        }
      : undefined,
    publicUrl: (e.MANORTA_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    organisation: { name: e.MANORTA_ORG_NAME, shortName: e.MANORTA_ORG_SHORT_NAME },
    // Demo accounts by default on the embedded database only; production on Postgres starts clean.
    demoData: e.MANORTA_DEMO_DATA ?? !e.DATABASE_URL,
    bootstrapAdmin: e.MANORTA_ADMIN_EMAIL && e.MANORTA_ADMIN_PASSWORD
      ? { email: e.MANORTA_ADMIN_EMAIL, password: e.MANORTA_ADMIN_PASSWORD }
      : undefined,
    trustProxy: e.MANORTA_TRUST_PROXY,
    secureCookies: e.MANORTA_SECURE_COOKIES ?? (e.MANORTA_PUBLIC_URL?.startsWith('https://') ?? false),
    sessionDays: e.MANORTA_SESSION_DAYS,
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE,
          auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } : undefined,
          from: e.SMTP_FROM,
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
  };
}
