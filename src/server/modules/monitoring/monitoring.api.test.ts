import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { actOk, castOf, createDraft, requestAt, upload, type Cast } from '../../testing/requests.ts';
import { createClockRefresh } from '../requests/clock-refresh.ts';
import { MONITORING_SORTS } from './monitoring.schema.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
let publik: ApiClient;
let setkomjak: string;
// A fixed clock far ahead (the test client's cookies stay valid); each reading moves on a millisecond to keep events in order.
let now = new Date('2098-11-03T02:00:00Z');
let tick = 0;
const ids: Record<string, string> = {};

const PEDOMAN_FORM = { jenisDokumen: 'Pedoman', judulUsulan: 'Pedoman uji', jenisUsulan: 'Baru', dasarHukum: 'Permen uji', narahubung: 'Dewi, 0812' };
const pedoman = (title: string) => ({ serviceCode: 'PEDOMAN', title, formValues: PEDOMAN_FORM });

/** Sessions last a week of the clock: everyone signs in again after it moves on. */
async function signInAll() {
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date(now.getTime() + tick++) });
  await signInAll();
  publik = await t.client();
  setkomjak = await unitIdOf(cast.admin, 'SETKOMJAK');

  // 2098: one SOP request of SETKOMPOLNAS, completed (No. Dokumen 001/SOP/SETKOMPOLNAS/XI/2098).
  ids.A = (await requestAt(cast, 'selesai', { title: 'Penyusunan SOP Pengelolaan Pengaduan Masyarakat' })).id;
  // 2099 (Monday 6 April, 09:00 WIB)
  now = new Date('2099-04-06T02:00:00Z');
  await signInAll();
  ids.B = (await requestAt(cast, 'stage3', { title: 'Evaluasi Prosedur Layanan Perizinan' })).id;
  await actOk(cast.verifikator, ids.B, 'request_revision', { reason: 'Catatan internal verifikator' });
  expect((await upload(cast.pemrakarsa, ids.B, 'drafSop', 'draf-sop-v2.pdf')).statusCode).toBe(201);
  await actOk(cast.pemrakarsa, ids.B, 'answer_revision', { reason: 'Sudah diperbaiki' });
  ids.C = (await requestAt(cast, 'stage2', pedoman('Pedoman "Arsip" Dinamis, Edisi 2'), komjak)).id;
  ids.D = (await requestAt(cast, 'submitted', { title: 'Penyusunan SOP Kepegawaian' })).id;
  await actOk(cast.admin, ids.D, 'reject', { reason: 'Alasan penolakan rahasia' });
  ids.E = (await requestAt(cast, 'submitted', pedoman('Juknis Rapat Koordinasi'), komjak)).id;
  await actOk(komjak, ids.E, 'withdraw');
  ids.F = (await requestAt(cast, 'assigned', { title: 'Reviu SOP Keuangan' })).id;
  await actOk(cast.admin, ids.F, 'hold', { reason: 'Menunggu rapat' });
  ids.G = (await createDraft(cast.pemrakarsa, { title: 'Draf Rahasia Unit' })).id;
  ids.H = (await createDraft(komjak, pedoman('Draf Dibatalkan Unit'))).id;
  await actOk(komjak, ids.H, 'withdraw');
  ids.I = (await requestAt(cast, 'selesai', pedoman('Pedoman Penyusunan Anggaran'), komjak)).id;
  // Three weeks on, the daily refresh: B (stage 3, 5 days) and C (stage 2, 5 days) are overdue.
  now = new Date('2099-04-27T02:00:00Z');
  await createClockRefresh({ database: t.database, clock: () => now })();
  await signInAll();
});
afterAll(() => t?.close());

type Row = Record<string, any>;
const LISTED = ['A', 'B', 'C', 'D', 'E', 'F', 'I'];

async function list(c: ApiClient, query = '') {
  const res = await c.get(`/api/monitoring${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Row[]; total: number; totalCapped: boolean; page: number; pageSize: number; actions: string[] };
}
const names = (items: Row[]) => items.map((r) => Object.keys(ids).find((k) => ids[k] === r.id));
const found = async (query: string) => names((await list(publik, `${query}&pageSize=100`)).items).sort();

describe('monitoring table: rows and who may open them', () => {
  it('lists every submitted request, newest No. Urut first, never a draft', async () => {
    const page = await list(publik, 'pageSize=100');
    expect(names(page.items)).toEqual([...LISTED].reverse());
    expect(page).toMatchObject({ total: 7, totalCapped: false, page: 1, pageSize: 100, actions: ['export'] });
    const nos = page.items.map((r) => r.registrationNo);
    expect(nos).toEqual([...nos].sort((a, b) => b - a));
    expect(new Set(nos).size).toBe(7);
  });

  it('shows the public columns, with the stored clock and the Revisi of an answered revision', async () => {
    const rows = (await list(publik, 'pageSize=100')).items;
    const b = rows.find((r) => r.id === ids.B)!;
    expect(Object.keys(b).sort()).toEqual([
      'canOpen', 'completedAt', 'daysUsed', 'documentNumber', 'id', 'overdue', 'registrationNo', 'revisi', 'serviceCode', 'serviceName',
      'serviceNameEn', 'stage', 'state', 'submittedAt', 'targetDays', 'tglRevisi', 'title', 'unitCode', 'unitId', 'unitName',
    ]);
    expect(b).toMatchObject({ state: 'diajukan', stage: 3, revisi: 1, serviceCode: 'SOP', unitCode: 'SETKOMPOLNAS', targetDays: 31, overdue: true, documentNumber: null, completedAt: null });
    expect(b.tglRevisi).toMatch(/^2099-04-06T02:00/);
    expect(b.daysUsed).toBe(15);
    const a = rows.find((r) => r.id === ids.A)!;
    expect(a).toMatchObject({ state: 'selesai', stage: 6, documentNumber: '001/SOP/SETKOMPOLNAS/XI/2098', overdue: false, revisi: 0, tglRevisi: null });
    expect(a.completedAt).toMatch(/^2098-11-03T02:00/);
    expect(rows.find((r) => r.id === ids.I)).toMatchObject({ documentNumber: '001/PEDOMAN/SETKOMJAK/IV/2099', serviceNameEn: 'Guidelines and implementation manuals facilitation' });
  });

  it('lets nobody open a row publicly, a unit its own rows, and the bureau every row', async () => {
    const canOpen = async (c: ApiClient) => Object.fromEntries((await list(c, 'pageSize=100')).items.map((r) => [names([r])[0], r.canOpen]));
    expect(Object.values(await canOpen(publik)).every((v) => v === false)).toBe(true);
    expect(await canOpen(komjak)).toEqual({ A: false, B: false, C: true, D: false, E: true, F: false, I: true });
    expect(await canOpen(cast.pimpinan)).toEqual({ A: true, B: true, C: false, D: true, E: false, F: true, I: false });
    for (const c of [cast.admin, cast.verifikator, cast.kepalaBiro]) expect(Object.values(await canOpen(c)).every((v) => v === true)).toBe(true);
    // what canOpen promises holds: the unit opens its own request and gets 404 for another unit's
    expect((await komjak.get(`/api/requests/${ids.C}`)).statusCode).toBe(200);
    expect((await komjak.get(`/api/requests/${ids.B}`)).statusCode).toBe(404);
  });

  it('pages through the rows without gaps or repeats', async () => {
    const all: Row[] = [];
    for (let page = 1; page <= 4; page++) {
      const res = await list(publik, `pageSize=2&page=${page}`);
      expect(res.total).toBe(7);
      all.push(...res.items);
    }
    expect(names(all)).toEqual([...LISTED].reverse());
  });
});

describe('monitoring table: search', () => {
  it('finds Indonesian word forms by their stem', async () => {
    expect(await found('q=susun')).toEqual(['A', 'D', 'I']);
    expect(await found('q=menyusun')).toEqual(['A', 'D', 'I']);
    expect(await found('q=PENYUSUNAN%20pengaduan')).toEqual(['A']);
  });

  it('tolerates typos', async () => {
    expect(await found('q=prosedr')).toEqual(['B']);
    expect(await found('q=kepegawain')).toEqual(['D']);
    expect(await found('q=penyusnan%20anggran')).toEqual(['I']);
  });

  it('finds document numbers and parts of them, and units by code or name', async () => {
    expect(await found(`q=${encodeURIComponent('001/SOP')}`)).toEqual(['A']);
    expect(await found(`q=${encodeURIComponent('001/SOP/SETKOMPOLNAS/XI/2098')}`)).toEqual(['A']);
    expect(await found(`q=${encodeURIComponent('/IV/2099')}`)).toEqual(['I']);
    expect(await found('q=setkomjak')).toEqual(['C', 'E', 'I']);
    expect(await found('q=kejaksaan')).toEqual(['C', 'E', 'I']);
  });

  it('puts the best match first unless a column is chosen, and ignores a query without letters or digits', async () => {
    const best = await list(publik, `q=${encodeURIComponent('penyusunan sop pengaduan masyarakat')}`);
    expect(names(best.items)[0]).toBe('A');
    const numbered = await list(publik, `q=${encodeURIComponent('001/SOP 2098')}`);
    expect(names(numbered.items)[0]).toBe('A');
    expect(names((await list(publik, 'q=susun&sort=registrationNo&dir=asc')).items)).toEqual(['A', 'D', 'I']);
    expect((await list(publik, `q=${encodeURIComponent(' // ')}`)).total).toBe(7);
    expect(await found('q=tidakadasamasekali')).toEqual([]);
  });

  it('leaves drafts out of the search too', async () => {
    expect(await found('q=rahasia')).toEqual([]);
    expect(await found('q=dibatalkan')).toEqual([]);
  });
});

describe('monitoring table: filters', () => {
  it('filters by service, state, stage, unit, year and overdue, alone and together', async () => {
    expect(await found('serviceCode=PEDOMAN')).toEqual(['C', 'E', 'I']);
    expect(await found('serviceCode=pedoman')).toEqual(['C', 'E', 'I']);
    expect(await found('serviceCode=TIDAK-ADA')).toEqual([]);
    expect(await found('state=selesai')).toEqual(['A', 'I']);
    expect(await found('state=ditolak')).toEqual(['D']);
    expect(await found('state=dibatalkan')).toEqual(['E']);
    expect(await found('state=ditunda')).toEqual(['F']);
    expect(await found('stage=3')).toEqual(['B']);
    expect(await found('stage=1')).toEqual(['D', 'E', 'F']);
    expect(await found(`unitId=${setkomjak}`)).toEqual(['C', 'E', 'I']);
    expect(await found(`unitId=${randomUUID()}`)).toEqual([]);
    expect(await found('year=2098')).toEqual(['A']);
    expect(await found('year=2099')).toEqual(['B', 'C', 'D', 'E', 'F', 'I']);
    expect(await found('year=2097')).toEqual([]);
    expect(await found('overdue=true')).toEqual(['B', 'C']);
    expect(await found('overdue=false')).toEqual(['A', 'D', 'E', 'F', 'I']);
    expect(await found(`serviceCode=SOP&year=2099&state=diajukan`)).toEqual(['B']);
    expect(await found(`unitId=${setkomjak}&overdue=true&q=arsip`)).toEqual(['C']);
    expect(await found('state=&stage=&q=')).toEqual(LISTED);
  });

  it('rejects bad filters naming the field, in the caller\'s language', async () => {
    const cases: [string, string][] = [
      ['sort=warna', 'querystring.sort'],
      ['dir=naik', 'querystring.dir'],
      ['state=draf', 'querystring.state'],
      ['state=hilang', 'querystring.state'],
      ['stage=7', 'querystring.stage'],
      ['stage=dua', 'querystring.stage'],
      ['year=99', 'querystring.year'],
      ['year=1999', 'querystring.year'],
      ['overdue=ya', 'querystring.overdue'],
      ['unitId=SETKOMJAK', 'querystring.unitId'],
      ['serviceCode=SOP%3B%20drop', 'querystring.serviceCode'],
      ['pageSize=101', 'querystring.pageSize'],
      ['pageSize=0', 'querystring.pageSize'],
      ['page=0', 'querystring.page'],
      [`q=${'x'.repeat(201)}`, 'querystring.q'],
    ];
    await expectNothingWritten(t, async () => {
      for (const [query, path] of cases) {
        const res = await publik.get(`/api/monitoring?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(fieldPaths(res.json()), query).toEqual([path]);
      }
    });
    const id = await publik.get('/api/monitoring?sort=warna');
    expect(id.json().error).toEqual({ code: 'VALIDATION', message: 'Data yang dikirim tidak valid. Periksa kolom yang ditandai.', fields: [{ path: 'querystring.sort', message: 'Urutan tidak dikenal. Pilih salah satu kolom tabel.' }] });
    const en = await publik.request({ method: 'GET', url: '/api/monitoring?pageSize=500', headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'querystring.pageSize', message: 'Rows per page must be from 1 to 100.' }]);
  });
});

/** The order the server promises: the column (titles, services and units by lower-case byte order), empty values last either way, then the id. */
const SORT_VALUE: Record<string, (r: Row) => string | number | null> = {
  registrationNo: (r) => r.registrationNo,
  documentNumber: (r) => r.documentNumber,
  revisi: (r) => r.revisi,
  tglRevisi: (r) => r.tglRevisi,
  title: (r) => r.title.toLowerCase(),
  service: (r) => r.serviceName.toLowerCase(),
  state: (r) => r.state,
  stage: (r) => r.stage,
  completedAt: (r) => r.completedAt,
  unit: (r) => `${r.unitCode} ${r.unitName}`.toLowerCase(),
  daysUsed: (r) => r.daysUsed,
  submittedAt: (r) => r.submittedAt,
};

function expectedOrder(rows: Row[], key: string, dir: 'asc' | 'desc'): string[] {
  const sign = dir === 'asc' ? 1 : -1;
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return [...rows]
    .sort((a, b) => {
      const x = SORT_VALUE[key](a);
      const y = SORT_VALUE[key](b);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else if (x !== y) return cmp(x, y) * sign;
      return cmp(a.id, b.id) * sign;
    })
    .map((r) => r.id);
}

describe('monitoring table: sorting', () => {
  it.each(MONITORING_SORTS.flatMap((key) => [[key, 'asc'], [key, 'desc']] as const))('sorts by %s %s, stably', async (key, dir) => {
    const rows = (await list(publik, 'pageSize=100')).items;
    const sorted = await list(publik, `sort=${key}&dir=${dir}&pageSize=100`);
    expect(sorted.items.map((r) => r.id)).toEqual(expectedOrder(rows, key, dir));
    // the same order page by page
    const paged = [...(await list(publik, `sort=${key}&dir=${dir}&pageSize=3`)).items, ...(await list(publik, `sort=${key}&dir=${dir}&pageSize=3&page=2`)).items, ...(await list(publik, `sort=${key}&dir=${dir}&pageSize=3&page=3`)).items];
    expect(paged.map((r) => r.id)).toEqual(sorted.items.map((r) => r.id));
  });

  it('sorts ascending when a column is chosen without a direction', async () => {
    expect(names((await list(publik, 'sort=registrationNo')).items)).toEqual(LISTED);
    expect(names((await list(publik, 'dir=asc')).items)).toEqual(LISTED);
  });

  it('orders the columns as expected on this data', async () => {
    expect(names((await list(publik, 'sort=title&dir=asc')).items)).toEqual(['B', 'E', 'C', 'I', 'D', 'A', 'F']);
    // 001/PEDOMAN/… before 001/SOP/…, and rows without a number last either way
    expect(names((await list(publik, 'sort=documentNumber&dir=asc')).items).slice(0, 2)).toEqual(['I', 'A']);
    expect(names((await list(publik, 'sort=documentNumber&dir=desc')).items).slice(0, 2)).toEqual(['A', 'I']);
    expect(names((await list(publik, 'sort=daysUsed&dir=desc')).items).slice(0, 2).sort()).toEqual(['B', 'C']);
  });
});

describe('monitoring table: filter choices', () => {
  it('offers the services, the units and years with submissions, the states and the stages', async () => {
    const res = await publik.get('/api/monitoring/options');
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.services).toHaveLength(9);
    expect(o.services[0]).toEqual({ code: 'SOP', name: expect.any(String), nameEn: expect.any(String) });
    expect(o.units.map((u: { code: string }) => u.code)).toEqual(['SETKOMJAK', 'SETKOMPOLNAS']);
    expect(o.years).toEqual([2099, 2098]);
    expect(o.states).toEqual(['diajukan', 'perlu_revisi', 'ditunda', 'dibatalkan', 'ditolak', 'selesai']);
    expect(o.stages).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('monitoring table: public timeline', () => {
  it('shows the moves only: no reasons, no people, no notes, no documents', async () => {
    const res = await publik.get(`/api/monitoring/${ids.B}/timeline`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.request).toMatchObject({ id: ids.B, title: 'Evaluasi Prosedur Layanan Perizinan', canOpen: false });
    expect(body.items.map((i: Row) => i.action)).toEqual(['submit', 'endorse', 'verify_completeness', 'assign', 'approve_plan', 'advance', 'request_revision', 'answer_revision']);
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual(['action', 'at', 'from', 'to']);
    expect(body.items[6]).toMatchObject({ from: { state: 'diajukan', stage: 3 }, to: { state: 'perlu_revisi', stage: 3 } });
    expect(res.body).not.toMatch(/Catatan internal|Sudah diperbaiki|draf-sop-v2|Andi|Siti/);
    expect((await cast.pimpinan.get(`/api/monitoring/${ids.B}/timeline`)).json().request.canOpen).toBe(true);
    expect((await publik.get(`/api/monitoring/${ids.D}/timeline`)).body).not.toMatch(/rahasia/);
  });

  it('answers 404 alike for a draft, a withdrawn draft and an unknown id', async () => {
    for (const id of [ids.G, ids.H, randomUUID()]) {
      const res = await cast.admin.get(`/api/monitoring/${id}/timeline`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toEqual({ code: 'NOT_FOUND', message: 'Data tidak ditemukan.' });
    }
    expect((await publik.get('/api/monitoring/bukan-id/timeline')).statusCode).toBe(400);
  });
});

describe('monitoring table: export', () => {
  const HEADERS_ID = ['No. Urut', 'No. Dokumen', 'Revisi', 'Tgl. Revisi', 'Uraian', 'Kategori', 'Status', 'Tgl. Penyelesaian', 'Unit Kerja', 'Hari Terpakai', 'Standar'];

  it('downloads the current view as XLSX: bold frozen headers, dates as dates, the filter and order applied', async () => {
    const res = await publik.get('/api/monitoring/export?format=xlsx&serviceCode=PEDOMAN&sort=registrationNo&dir=asc&page=2&pageSize=1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tabel-layanan-fasilitasi-20990427.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Tabel Layanan Fasilitasi');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(HEADERS_ID);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map(values);
    expect(rows.map((r) => r[4])).toEqual(['Pedoman "Arsip" Dinamis, Edisi 2', 'Juknis Rapat Koordinasi', 'Pedoman Penyusunan Anggaran']);
    expect(rows[0][6]).toBe('Diajukan — Tahap 2: Penjabaran Konsep Usulan');
    expect(rows[1][6]).toBe('Dibatalkan — Tahap 1: Pengajuan dan Perencanaan Fasilitasi');
    expect(rows[2]).toEqual([
      expect.any(Number), '001/PEDOMAN/SETKOMJAK/IV/2099', 0, undefined, 'Pedoman Penyusunan Anggaran', 'Fasilitasi Penyusunan Pedoman dan/atau Juklak',
      'Selesai', new Date('2099-04-06T00:00:00Z'), 'SETKOMJAK Sekretariat Komisi Kejaksaan', 0, 35,
    ]);
    expect(sheet.getRow(4).getCell(8).numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getColumn(5).width).toBeGreaterThan(30);
  });

  it('downloads CSV with a byte order mark, English headers for an English caller, and quoted fields', async () => {
    const res = await publik.request({ method: 'GET', url: '/api/monitoring/export?format=csv&q=arsip', headers: { cookie: 'manorta_lang=en' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tabel-layanan-fasilitasi-20990427.csv"');
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('No.,Document no.,Revision,Revision date,Description,Category,Status,Completion date,Unit,Days used,Standard');
    expect(lines[1]).toMatch(/^\d+,,0,,"Pedoman ""Arsip"" Dinamis, Edisi 2",Guidelines and implementation manuals facilitation,Submitted — Stage 2: Elaboration of the proposed concept,,SETKOMJAK Sekretariat Komisi Kejaksaan,15,35$/);
    expect(lines.slice(2)).toEqual(['']);
  });

  it('writes Indonesian dates as DD-MM-YYYY in CSV', async () => {
    const res = await publik.get('/api/monitoring/export?format=csv&state=selesai&sort=registrationNo');
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADERS_ID.join(','));
    expect(lines[1].split(',').slice(1, 8)).toEqual(['001/SOP/SETKOMPOLNAS/XI/2098', '0', '', 'Penyusunan SOP Pengelolaan Pengaduan Masyarakat', 'Fasilitasi Penyusunan SOP', 'Selesai', '03-11-2098']);
  });

  it('rejects an unknown format, in the caller\'s language', async () => {
    const res = await expectNothingWritten(t, () => publik.request({ method: 'GET', url: '/api/monitoring/export?format=pdf', headers: { 'accept-language': 'en' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'querystring.format', message: 'The download format must be "xlsx" or "csv".' }]);
    expect((await publik.get('/api/monitoring/export?sort=warna')).statusCode).toBe(400);
  });
});

describe('monitoring table: API description', () => {
  it('is described in the OpenAPI document with its query parameters', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const params = (path: string) => doc.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(params('/api/monitoring')).toEqual(['dir', 'overdue', 'page', 'pageSize', 'q', 'serviceCode', 'sort', 'stage', 'state', 'unitId', 'year']);
    expect(params('/api/monitoring/export')).toContain('format');
    expect(params('/api/dashboard')).toEqual(['year']);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/monitoring/options', '/api/monitoring/{id}/timeline']));
  });
});

describe('monitoring table: at scale', () => {
  it('stops counting at 10,000 rows (1,000 for a search) and lists a broad search newest first', async () => {
    await t.database.db.execute(sql`
      insert into requests (service_id, unit_id, title, state, stage, requires_endorsement, registration_no, submitted_at, created_by, created_at, updated_at)
      select s.id, u.id, case when g = 0 then 'Massal, massal, massal' else 'Permohonan massal ' || g end, 'diajukan', 1, false, nextval('request_registration_seq'), now(), usr.id, now(), now()
      from generate_series(0, 10001) g, (select id from services where code = 'SOP') s, (select id from units where code = 'SETKOMJAK') u,
        (select id from users order by email limit 1) usr`);
    expect(await list(publik)).toMatchObject({ total: 10_000, totalCapped: true });
    expect(await list(publik, 'serviceCode=PEDOMAN')).toMatchObject({ total: 3, totalCapped: false });
    // the oldest of them matches best, but a broad search is not scored
    const broad = await list(publik, 'q=massal&pageSize=5');
    expect(broad).toMatchObject({ total: 1_000, totalCapped: true });
    const nos = broad.items.map((r) => r.registrationNo);
    expect(nos).toEqual([...nos].sort((a, b) => b - a));
    expect(broad.items[0].title).toBe('Permohonan massal 10001');
    expect((await list(publik, 'q=massal&sort=registrationNo&dir=asc&pageSize=1')).items[0].title).toBe('Massal, massal, massal');
    // a narrow search is still ordered by relevance
    expect(names((await list(publik, `q=${encodeURIComponent('penyusunan sop pengaduan masyarakat')}`)).items)[0]).toBe('A');
  });
});
