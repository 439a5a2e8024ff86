import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app.ts';
import type { Database } from '../db/open.ts';
import { createMailer, type Mailer, type SmtpSettings } from '../mail/mailer.ts';
import { DEMO_PASSWORD, installBaseData, installDemoData } from '../db/seed/index.ts';
import { openTestDatabase } from './database.ts';
import { createLocalStorage } from '../storage/local.ts';
import type { Scanner, Storage } from '../storage/storage.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  mailer: Mailer;
  /** The uploaded files' folder, removed on close. */
  storageDir: string;
  /** A client that keeps its own cookies and CSRF token, like one browser. */
  client(): Promise<ApiClient>;
  signIn(email: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/** `storage` replaces the temporary local folder (e.g. an S3 store on loopback, see testing/s3.ts). */
export async function createTestApp(opts: { demo?: boolean; smtp?: SmtpSettings; clock?: () => Date; scan?: Scanner; storage?: Storage } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  await installBaseData(database.db, { name: 'Kementerian Uji', shortName: 'Kemenuji' });
  if (opts.demo !== false) await installDemoData(database.db);
  const silent = { warn: () => {} };
  const mailer = createMailer(database.db, opts.smtp, silent, { sharedDatabase: database.kind === 'postgres' });
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-files-'));
  const storage = opts.storage ?? createLocalStorage(storageDir);
  const app = await buildApp({ database, mailer, storage, scan: opts.scan, publicUrl: 'http://localhost:3000', clock: opts.clock });
  await app.ready();
  const client = () => ApiClient.create(app);
  return {
    app,
    database,
    mailer,
    storageDir,
    client,
    async signIn(email, password = DEMO_PASSWORD) {
      const c = await client();
      const res = await c.post('/api/auth/sign-in', { email, password });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      await c.refreshCsrf();
      return c;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

type Response = Awaited<ReturnType<FastifyInstance['inject']>>;

export class ApiClient {
  private cookies = new Map<string, string>();
  csrfToken = '';
  headers: Record<string, string> = {};

  private constructor(private readonly app: FastifyInstance) {}

  static async create(app: FastifyInstance) {
    const c = new ApiClient(app);
    await c.refreshCsrf();
    return c;
  }

  async refreshCsrf() {
    const res = await this.request({ method: 'GET', url: '/api/auth/session' });
    this.csrfToken = res.json().csrfToken;
    return res.json();
  }

  async request(opts: InjectOptions): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      ...opts,
      headers: { ...(cookie ? { cookie } : {}), 'x-csrf-token': this.csrfToken, ...this.headers, ...(opts.headers ?? {}) },
    });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  patch = (url: string, payload?: unknown) => this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  put = (url: string, payload?: unknown) => this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  delete = (url: string) => this.request({ method: 'DELETE', url });
}
