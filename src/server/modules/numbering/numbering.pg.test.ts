import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { requests, services, units, users } from '../../db/schema.ts';
import { createNotifier } from '../notifications/notifier.ts';
import { createRequestsService } from '../requests/requests.service.ts';
import type { Actor } from '../../policy/policy.ts';
import { DEMO } from '../../testing/fixtures.ts';

const COUNT = 30;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('document numbers under concurrency (PostgreSQL)', () => {
  it(`numbers ${COUNT} requests reaching stage 6 at once: unique and gapless`, async () => {
    const { db } = t.database;
    const [{ serviceId }] = await db.select({ serviceId: services.id }).from(services).where(sql`${services.code} = 'SOP'`);
    const [{ unitId }] = await db.select({ unitId: units.id }).from(units).where(sql`${units.code} = 'SETKOMPOLNAS'`);
    const [admin] = await db.select({ id: users.id, unitId: users.unitId }).from(users).where(sql`${users.email} = ${DEMO.admin}`);
    const rows = await db
      .insert(requests)
      .values(Array.from({ length: COUNT }, (_, i) => ({
        serviceId, unitId, title: `Permohonan serentak ${i + 1}`, state: 'diajukan', stage: 5, requiresEndorsement: false, completenessVerified: true, createdBy: admin.id,
      })))
      .returning({ id: requests.id, version: requests.version });

    const service = createRequestsService({ database: t.database, mailer: t.mailer, notifier: createNotifier({ mailer: t.mailer, publicUrl: 'http://localhost' }), clock: () => new Date('2030-03-10T03:00:00Z') });
    const actor: Actor = { id: admin.id, unitId: admin.unitId, roles: ['administrator'] };
    const results = await Promise.all(rows.map((r) => service.act(actor, r.id, 'advance', { version: r.version })));

    const numbers = results.map((r) => r.documentNumber!);
    expect(new Set(numbers).size).toBe(COUNT);
    const sequences = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(numbers.every((n) => /^\d{3}\/SOP\/SETKOMPOLNAS\/III\/2030$/.test(n))).toBe(true);
    const { rows: counters } = await db.execute<{ value: number }>(sql`select value from numbering_counters`);
    expect(counters).toEqual([{ value: COUNT }]);
  });
});
