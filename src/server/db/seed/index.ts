import type { Db } from '../open.ts';

// STUB: to be written.
export const DEMO_PASSWORD = 'manorta-demo-2026';
export async function installBaseData(_db: Db, _org: { name: string; shortName: string }) {}
export async function installDemoData(_db: Db): Promise<{ email: string; roles: string[]; unitCode: string }[]> {
  return [];
}
export async function ensureBootstrapAdmin(_db: Db, _admin: { email: string; password: string }) {}
