import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { createLocalStorage } from '../../storage/local.ts';
import { installBaseData, installDemoData } from './index.ts';
import { installDemoRequests } from './demo-requests.ts';

let database: Database | undefined;
let dir: string | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A Friday afternoon, WIB: the demo's dates are counted back from it. */
const NOW = new Date('2026-11-27T08:00:00Z');

async function fresh(withUsers = true) {
  database = await openTestDatabase();
  await installBaseData(database.db, { name: 'Kementerian Uji', shortName: 'Kemenuji' });
  if (withUsers) await installDemoData(database.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-demo-'));
  return { database, storage: createLocalStorage(dir) };
}

type Row = {
  title: string;
  service: string;
  unit: string;
  state: string;
  stage: number | null;
  registration_no: number | null;
  document_number: string | null;
  revisi: number;
  submitted_at: Date | string;
  completed_at: Date | string | null;
  days_used: number;
  target_days: number;
  overdue: boolean;
  unit_label: string;
  transitions: number;
  documents: number;
};

async function rows(db: Database['db']): Promise<Row[]> {
  const { rows: list } = await db.execute<Row>(sql`
    select r.title, s.code as service, u.code as unit, r.state, r.stage, r.registration_no, r.document_number, r.revisi,
      r.submitted_at, r.completed_at, r.days_used, r.target_days, r.overdue, r.unit_label,
      (select count(*) from request_transitions t where t.request_id = r.id)::int as transitions,
      (select count(*) from request_documents d where d.request_id = r.id)::int as documents
    from requests r join services s on s.id = r.service_id join units u on u.id = r.unit_id
    order by r.registration_no`);
  return list;
}

const year = (d: Date | string | null) => (d === null ? null : new Date(d).getUTCFullYear());

describe('demo requests', () => {
  it('registers a dozen requests over the nine services and several units, in every state, through the real services', async () => {
    const deps = await fresh();
    expect(await installDemoRequests({ ...deps, now: NOW })).toBe(12);
    const list = await rows(deps.database.db);

    expect(list).toHaveLength(12);
    expect(new Set(list.map((r) => r.service)).size).toBe(9);
    expect(new Set(list.map((r) => r.unit)).size).toBeGreaterThanOrEqual(8);
    expect(list.map((r) => r.registration_no)).toEqual(list.map((_, i) => i + 1));
    const byState = (state: string) => list.filter((r) => r.state === state);
    expect(byState('selesai')).toHaveLength(5);
    expect(byState('perlu_revisi')).toHaveLength(1);
    expect(byState('ditolak')).toHaveLength(1);
    expect(byState('dibatalkan')).toHaveLength(1);
    expect(byState('ditunda')).toHaveLength(1);
    expect(byState('diajukan')).toHaveLength(3);

    // Completed requests carry their number and date, two calendar years back and this year; nothing open has a number.
    for (const r of byState('selesai')) {
      expect(r.document_number).toMatch(/\/(2024|2026)$/);
      expect(r.completed_at).not.toBeNull();
      expect(r.stage).toBe(6);
    }
    expect(new Set(byState('selesai').map((r) => year(r.completed_at)))).toEqual(new Set([2024, 2026]));
    expect(list.filter((r) => r.state !== 'selesai').every((r) => r.document_number === null && r.completed_at === null)).toBe(true);
    expect(new Set(list.map((r) => year(r.submitted_at)))).toEqual(new Set([2024, 2026]));

    // The revised SOP answered with a new document version: Revisi 1.
    const sop = list.find((r) => r.title.startsWith('Penyusunan SOP Penanganan Pengaduan'))!;
    expect(sop).toMatchObject({ state: 'selesai', revisi: 1, unit: 'SETKOMPOLNAS' });
    expect(sop.document_number).toMatch(/^001\/SOP\/SETKOMPOLNAS\/[IVX]+\/2024$/);

    // One request sits far past the standard of its stage; the stored clock says so.
    const overdue = list.filter((r) => r.overdue);
    expect(overdue.map((r) => r.service)).toEqual(['SKJ']);
    expect(overdue[0].days_used).toBeGreaterThan(overdue[0].target_days);
    const rejected = byState('ditolak')[0];
    expect(rejected).toMatchObject({ service: 'PEDOMAN', stage: 1, overdue: false });

    for (const r of list) {
      expect(r.unit_label.startsWith(`${r.unit} `)).toBe(true);
      expect(r.transitions).toBeGreaterThan(0);
      expect(r.documents).toBeGreaterThan(0);
      expect(r.target_days).toBeGreaterThan(0);
    }

    // The completed SOP requests ratified their SOPs under the request's number: the registry is not empty.
    const { rows: effective } = await deps.database.db.execute<{ number: string; status: string; request_number: string }>(
      sql`select e.number, e.status, r.document_number as request_number from sop_registry e join requests r on r.id = e.request_id order by e.number`,
    );
    expect(effective.length).toBeGreaterThanOrEqual(1);
    for (const e of effective) expect(e).toMatchObject({ status: 'effective', number: e.request_number });
    expect(effective.map((e) => e.number)).toContain(sop.document_number);

    // Past events notified nobody but the readers of the SOPs in effect, and sent no e-mail.
    const { rows: [quiet] } = await deps.database.db.execute<{ notifications: number; other: number; mail: number }>(
      sql`select (select count(*) from notifications)::int as notifications, (select count(*) from notifications where kind <> 'sop_ack_requested')::int as other, (select count(*) from mail_outbox)::int as mail`,
    );
    expect(quiet).toMatchObject({ other: 0, mail: 0 });
    expect(quiet.notifications).toBeGreaterThan(0);
  });

  it('gives the demo SOP requests an error-free SOP of the unit, with the versions they were submitted with', async () => {
    const deps = await fresh();
    await installDemoRequests({ ...deps, now: NOW });
    const { rows: linked } = await deps.database.db.execute<{ title: string; service: string; sop_unit: string; unit: string; errors: number; steps: number; submitted: string }>(sql`
      select r.title, s.code as service, so.unit_id::text as sop_unit, r.unit_id::text as unit, so.error_count as errors,
        jsonb_array_length(v.content->'steps')::int as steps,
        coalesce((select string_agg(e.action || ':' || e.sop_version, ',' order by e.at) from request_sop_events e where e.request_id = r.id and e.kind = 'submitted'), '') as submitted
      from requests r join services s on s.id = r.service_id join sops so on so.id = r.sop_id
      join sop_versions v on v.sop_id = so.id and v.number = so.current_version
      order by r.registration_no`);
    expect(linked.map((r) => r.service)).toEqual(['SOP', 'MONEV-SOP', 'SOP']);
    for (const r of linked) {
      expect(r.sop_unit).toBe(r.unit);
      expect(r.errors).toBe(0);
      expect(r.steps).toBeGreaterThanOrEqual(8);
      expect(r.steps).toBeLessThanOrEqual(12);
    }
    // The revised SOP request answered its revision with version 2 of its SOP; the Revisi rose once for the round.
    expect(linked[0]).toMatchObject({ title: expect.stringContaining('Pengaduan Masyarakat'), submitted: 'submit:1,answer_revision:2' });
    expect(linked[1].submitted).toBe('submit:1');
    const { rows: [revisi] } = await deps.database.db.execute<{ revisi: number }>(sql`select revisi from requests where title like 'Penyusunan SOP Penanganan Pengaduan%'`);
    expect(revisi.revisi).toBe(1);
  });

  it('installs them once, and only into a database with the demo accounts and no request', async () => {
    const deps = await fresh();
    const [a, b] = await Promise.all([installDemoRequests({ ...deps, now: NOW }), installDemoRequests({ ...deps, now: NOW })]);
    expect([a, b].sort()).toEqual([0, 12]);
    expect(await installDemoRequests({ ...deps, now: NOW })).toBe(0);
    expect(await rows(deps.database.db)).toHaveLength(12);
  });

  it('installs nothing without the demo accounts', async () => {
    const deps = await fresh(false);
    expect(await installDemoRequests({ ...deps, now: NOW })).toBe(0);
    expect(await rows(deps.database.db)).toHaveLength(0);
  });
});
