import { asc, ne, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/open.ts';
import { services, units } from '../src/server/db/schema.ts';
import { DEMO_USERS } from '../src/server/db/seed/demo.ts';
import { findUnitIdByCode, insertUnit } from '../src/server/modules/units/units.repo.ts';
import { findUserIdByEmail } from '../src/server/modules/users/users.repo.ts';
import type { UnitKind } from '../src/domain/organisation/unit.ts';

/**
 * The bench's data set: the demo organisation widened to some seventy units, then `rows` facilitation requests
 * written by one INSERT … SELECT over generate_series. Every draw comes from random() after a fixed setseed, so a
 * given row count always produces the same rows (dates stay relative to now()).
 */

interface ExtraUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: string;
}

const ASDEP_TOPICS: Record<number, string[]> = {
  1: ['Politik Dalam Negeri', 'Otonomi Daerah', 'Pemilihan Umum', 'Organisasi Kemasyarakatan'],
  2: ['Kerja Sama Multilateral', 'Kerja Sama Bilateral', 'Perlindungan Warga Negara Indonesia', 'Diplomasi Ekonomi'],
  3: ['Hukum Internasional', 'Pemajuan dan Perlindungan Hak Asasi Manusia', 'Materi Hukum', 'Penegakan Hukum'],
  4: ['Strategi Pertahanan', 'Industri Pertahanan', 'Kekuatan Pertahanan', 'Bela Negara'],
  5: ['Keamanan Dalam Negeri', 'Ketertiban Masyarakat', 'Penanggulangan Terorisme', 'Penanganan Konflik Sosial'],
  6: ['Wawasan Kebangsaan', 'Kewaspadaan Nasional', 'Pembinaan Ideologi', 'Penanganan Bencana'],
  7: ['Komunikasi Publik', 'Informasi dan Siber', 'Reformasi Birokrasi', 'Manajemen Kinerja Aparatur'],
};

export const EXTRA_UNITS: ExtraUnit[] = [
  { code: 'BRO-SDM', name: 'Biro Sumber Daya Manusia dan Kepegawaian', kind: 'eselon2', parent: 'SES' },
  { code: 'BRO-UM', name: 'Biro Umum', kind: 'eselon2', parent: 'SES' },
  { code: 'BRO-KEU', name: 'Biro Keuangan dan Barang Milik Negara', kind: 'eselon2', parent: 'SES' },
  ...Object.entries(ASDEP_TOPICS).flatMap(([deputi, topics]) =>
    topics.flatMap((topic, i): ExtraUnit[] => [
      { code: `ASDEP-${deputi}.${i + 1}`, name: `Asisten Deputi Koordinasi ${topic}`, kind: 'eselon2', parent: `DEP-${deputi}` },
      { code: `BID-${deputi}.${i + 1}`, name: `Bidang ${topic}`, kind: 'eselon3', parent: `ASDEP-${deputi}.${i + 1}` },
    ]),
  ),
];

/** Share of requests per service (by code); a service the catalogue adds later gets the remainder. */
const SERVICE_WEIGHT: Record<string, number> = { SOP: 30, 'MONEV-SOP': 12, ANJAB: 12, ABK: 10, SKJ: 8, EVJAB: 8, PROBIS: 8, TND: 5, PEDOMAN: 7 };

const TITLE_PREFIX: Record<string, string> = {
  SOP: 'Penyusunan SOP',
  'MONEV-SOP': 'Monitoring dan Evaluasi SOP',
  ANJAB: 'Penyusunan Analisis Jabatan',
  ABK: 'Penyusunan Analisis Beban Kerja',
  SKJ: 'Penyusunan Standar Kompetensi Jabatan',
  EVJAB: 'Evaluasi Jabatan',
  PROBIS: 'Penyusunan Peta Proses Bisnis',
  TND: 'Penyusunan Pedoman Tata Naskah Dinas',
  PEDOMAN: 'Penyusunan Petunjuk Pelaksanaan',
};

const ACTIVITIES = ['Pelayanan', 'Pengelolaan', 'Penatausahaan', 'Pengendalian', 'Pelaksanaan', 'Penyusunan', 'Verifikasi', 'Pemantauan', 'Koordinasi', 'Evaluasi', 'Pembinaan', 'Penyelenggaraan'];

const OBJECTS = [
  'Administrasi Kepegawaian', 'Sistem Informasi Kepegawaian', 'Mutasi dan Kenaikan Pangkat', 'Cuti Pegawai', 'Arsip Dinamis',
  'Arsip Elektronik', 'Barang Milik Negara', 'Keuangan dan Anggaran', 'Perjalanan Dinas', 'Pengadaan Barang/Jasa',
  'Hubungan Masyarakat', 'Persuratan dan Naskah Dinas', 'Rapat Koordinasi', 'Data dan Informasi', 'Kerja Sama Luar Negeri',
  'Penanganan Pengaduan Masyarakat', 'Layanan Teknologi Informasi', 'Perencanaan Program', 'Laporan Kinerja',
  'Peraturan Perundang-undangan', 'Keprotokolan', 'Kehumasan dan Publikasi', 'Rumah Tangga Kantor', 'Perpustakaan',
  'Pengelolaan Gaji dan Tunjangan', 'Pendidikan dan Pelatihan', 'Penilaian Kinerja Pegawai', 'Pengawasan Internal',
  'Keamanan Informasi', 'Pelaporan Keuangan',
];

const CONTACTS = [
  'Siti Rahmawati', 'Agus Setiawan', 'Dewi Lestari', 'Budi Santoso', 'Rina Marlina', 'Eko Prasetyo', 'Nur Aini',
  'Hendra Wijaya', 'Yuliani Putri', 'Fajar Nugroho', 'Sri Wahyuni', 'Dimas Aditya', 'Ratna Sari', 'Joko Susilo',
];

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const textArray = (items: readonly string[]) => `array[${items.map(lit).join(', ')}]::text[]`;

export interface SeedStats {
  unitsCreated: number;
  units: number;
  requests: number;
  transitions: number;
  seconds: number;
}

async function ensureExtraUnits(db: Db): Promise<number> {
  let created = 0;
  const ids = new Map<string, string>();
  const idOf = async (code: string) => ids.get(code) ?? (await findUnitIdByCode(db, code));
  for (const unit of EXTRA_UNITS) {
    let id = await findUnitIdByCode(db, unit.code);
    if (!id) {
      const parentId = await idOf(unit.parent);
      if (!parentId) throw new Error(`bench seed: parent unit ${unit.parent} of ${unit.code} is missing (is the demo data installed?)`);
      id = await insertUnit(db, { code: unit.code, name: unit.name, kind: unit.kind, parentId });
      created++;
    }
    ids.set(unit.code, id);
  }
  return created;
}

/** Cumulative thresholds for width_bucket: bucket i (0-based) is service i in catalogue order. */
export function serviceThresholds(codes: readonly string[]): number[] {
  const known = codes.map((c) => SERVICE_WEIGHT[c] ?? 0);
  const missing = codes.filter((c) => SERVICE_WEIGHT[c] === undefined).length;
  const rest = missing ? Math.max(1, 100 - known.reduce((a, b) => a + b, 0)) / missing : 0;
  const weights = codes.map((c) => SERVICE_WEIGHT[c] ?? rest);
  const total = weights.reduce((a, b) => a + b, 0);
  const thresholds: number[] = [];
  let acc = 0;
  for (const w of weights.slice(0, -1)) {
    acc += w;
    thresholds.push(acc / total);
  }
  return thresholds;
}

export async function seedBenchData(db: Db, rows: number): Promise<SeedStats> {
  const started = performance.now();
  const unitsCreated = await ensureExtraUnits(db);

  const svc = await db.select({ id: services.id, code: services.code, endorse: services.requiresEndorsement, std: services.standardDays }).from(services).orderBy(asc(services.sortOrder));
  const unt = await db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(ne(units.kind, 'kementerian')).orderBy(asc(units.code));
  const pemrakarsa = DEMO_USERS.find((u) => u.roles.includes('pemrakarsa'))!;
  const kepalaBiro = DEMO_USERS.find((u) => u.roles.includes('kepala_biro'))!;
  const creatorId = await findUserIdByEmail(db, pemrakarsa.email);
  const approverId = await findUserIdByEmail(db, kepalaBiro.email);
  if (!svc.length || !unt.length || !creatorId || !approverId) throw new Error('bench seed: base and demo data must be installed first');

  const svcValues = svc
    .map((s, i) => `(${i}, ${lit(s.id)}::uuid, ${lit(s.code)}, ${lit(TITLE_PREFIX[s.code] ?? 'Fasilitasi')}, ${s.endorse}, array[${s.std.join(',')}]::int[])`)
    .join(',\n      ');
  const untValues = unt.map((u, i) => `(${i}, ${lit(u.id)}::uuid, ${lit(u.code)}, ${lit(u.name)})`).join(',\n      ');

  const insertRequests = `
    insert into requests (
      service_id, unit_id, title, contact_name, contact_phone, contact_email, state, stage, requires_endorsement, endorsed,
      completeness_verified, revisi, tgl_revisi, revision_open, document_number, registration_no, submitted_at, completed_at,
      unit_label, days_used, target_days, overdue, clock_stages, clock_at, created_by, created_at, updated_at)
    with svc (idx, id, code, prefix, endorse, std) as (values
      ${svcValues}),
    unt (idx, id, code, name) as (values
      ${untValues}),
    draw as materialized (
      select g, random() as r_svc, random() as r_unit, random() as r_age, random() as r_state, random() as r_stage,
             random() as r_rev, random() as r_days, random() as r_when, random() as r_t1, random() as r_t2, random() as r_t3,
             random() as r_contact
      from generate_series(1, ${rows}) as g
    ),
    picked as (
      select d.*,
             width_bucket(r_svc, array[${serviceThresholds(svc.map((s) => s.code)).join(',')}]::float8[]) as svc_idx,
             least(${unt.length - 1}, floor(power(r_unit, 1.6) * ${unt.length})::int) as unit_idx,
             now() - make_interval(secs => r_age * 1095 * 86400) as submitted_at,
             r_age * 1095 as age_days
      from draw d
    ),
    stated as (
      select p.*,
             case when age_days > 90 then
               case when r_state < 0.86 then 'selesai' when r_state < 0.92 then 'ditolak' when r_state < 0.97 then 'dibatalkan'
                    when r_state < 0.985 then 'perlu_revisi' else 'ditunda' end
             else
               case when r_state < 0.15 then 'selesai' when r_state < 0.72 then 'diajukan' when r_state < 0.88 then 'perlu_revisi'
                    when r_state < 0.93 then 'ditunda' when r_state < 0.97 then 'dibatalkan' else 'ditolak' end
             end as state
      from picked p
    ),
    staged as (
      select s.*,
             case when state = 'selesai' then 6 when state in ('ditolak', 'dibatalkan') then 1 + floor(r_stage * 4)::int
                  else least(6, 1 + floor(r_stage * least(6, 1 + age_days / 10)))::int end as stage
      from stated s
    ),
    targeted as (
      select st.*, v.id as service_id, v.code as service_code, v.prefix, v.endorse, v.std,
             u.id as unit_id, u.code as unit_code, u.name as unit_name,
             (select sum(x) from unnest(v.std[1:st.stage]) as x)::int as target_days
      from staged st join svc v on v.idx = st.svc_idx join unt u on u.idx = st.unit_idx
    ),
    clocked as materialized (
      select t.*,
             case when state = 'selesai' then round(target_days * (0.45 + 0.7 * r_days))::int
                  else floor(least(floor(age_days * 5 / 7), target_days) * (0.4 + 0.75 * r_days))::int end as days_used,
             width_bucket(r_rev, array[0.6, 0.85, 0.95]::float8[]) as revisi
      from targeted t
    ),
    dated as (
      select c.*,
             case when state = 'selesai'
                  then least(now() - interval '1 hour', submitted_at + (days_used * 1.4 + 1 + r_when) * interval '1 day') end as completed_at,
             case when revisi > 0
                  then submitted_at + least(age_days, days_used * 1.4 + 1) * r_when * interval '1 day' end as tgl_revisi
      from clocked c
    ),
    wib as (
      select d.*, (completed_at at time zone 'UTC') + interval '7 hours' as done_wib
      from dated d
    )
    select
      service_id, unit_id,
      prefix || ' ' || (${textArray(ACTIVITIES)})[1 + floor(r_t1 * ${ACTIVITIES.length})::int]
             || ' ' || (${textArray(OBJECTS)})[1 + floor(r_t2 * ${OBJECTS.length})::int]
             || case when r_t3 < 0.5 then '' when r_t3 < 0.75 then ' pada ' || unit_name
                     else ' Tahun ' || extract(year from submitted_at)::int end,
      (${textArray(CONTACTS)})[1 + floor(r_contact * ${CONTACTS.length})::int],
      '08' || lpad(floor(r_contact * 9999999999)::bigint::text, 10, '0'),
      'layanan.' || lower(unit_code) || '@contoh.go.id',
      state, stage, endorse, endorse,
      not (state = 'diajukan' and stage = 1 and r_stage < 0.08),
      revisi, tgl_revisi, state = 'perlu_revisi',
      case when state = 'selesai' then
        (case when seq < 1000 then lpad(seq::text, 3, '0') else seq::text end) || '/' || service_code || '/' || unit_code || '/'
        || (array['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII'])[extract(month from done_wib)::int]
        || '/' || extract(year from done_wib)::int
      end,
      row_number() over (order by submitted_at, g),
      submitted_at, completed_at,
      unit_code || ' ' || unit_name,
      days_used, target_days, days_used > target_days,
      (select coalesce(jsonb_agg(jsonb_build_object(
                'stage', n,
                'usedDays', round(days_used::numeric * std[n] / greatest(target_days, 1))::int,
                'pausedDays', case when revisi > 0 and n = stage then 1 + floor(r_when * 5)::int else 0 end,
                'targetDays', std[n],
                'overdue', round(days_used::numeric * std[n] / greatest(target_days, 1)) > std[n]) order by n), '[]'::jsonb)
       from generate_series(1, stage) as n),
      coalesce(completed_at, now()),
      ${lit(creatorId)}::uuid,
      submitted_at - interval '2 hours',
      coalesce(completed_at, tgl_revisi, submitted_at)
    from (
      select w.*, row_number() over (partition by svc_idx, unit_idx, state = 'selesai', extract(year from done_wib) order by completed_at, g) as seq
      from wib w
    ) as numbered`;

  const insertTransitions = `
    insert into request_transitions (request_id, actor_id, action, from_state, from_stage, to_state, to_stage, data, at)
    select id, created_by, 'submit', 'draf', null, 'diajukan', 1, '{}'::jsonb, submitted_at from requests where registration_no is not null
    union all
    select id, ${lit(approverId)}::uuid, 'approve_output', 'diajukan', 6, 'selesai', 6, '{}'::jsonb, completed_at from requests where state = 'selesai'`;

  await db.transaction(async (tx) => {
    // Building the secondary indexes (GIN full-text and trigram among them) once after the load is much faster
    // than maintaining them row by row; they come back exactly as the migrations defined them.
    const { rows: indexes } = await tx.execute<{ name: string; definition: string }>(sql`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i
      where i.indrelid in ('requests'::regclass, 'request_transitions'::regclass)
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
    for (const index of indexes) await tx.execute(sql.raw(`drop index ${index.name}`));
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    await tx.execute(sql`set local work_mem = '128MB'`);
    await tx.execute(sql`select setseed(0.4242)`);
    await tx.execute(sql.raw(insertRequests));
    await tx.execute(sql`select setval('request_registration_seq', (select max(registration_no) from requests))`);
    await tx.execute(sql.raw(insertTransitions));
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
  });
  await db.execute(sql`analyze`);

  const { rows: [counts] } = await db.execute<{ requests: number; transitions: number; units: number }>(sql`
    select (select count(*) from requests)::int as requests, (select count(*) from request_transitions)::int as transitions,
           (select count(*) from units)::int as units`);
  return { unitsCreated, ...counts, seconds: (performance.now() - started) / 1000 };
}
