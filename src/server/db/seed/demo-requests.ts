import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { auditLog, requests as requestsTable } from '../schema.ts';
import type { Storage } from '../../storage/storage.ts';
import { allowAll } from '../../storage/storage.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { Notifier } from '../../modules/notifications/notifier.ts';
import type { Actor } from '../../policy/policy.ts';
import type { WorkflowAction } from '../../../domain/workflow/transitions.ts';
import type { FormField, RequiredAttachment } from '../../../domain/catalogue/service.ts';
import { addWorkingDays, wibDate } from '../../../domain/workflow/clock.ts';
import { recordAudit } from '../../modules/audit/audit.repo.ts';
import { createAttachmentsService } from '../../modules/attachments/attachments.service.ts';
import { getServiceByCode } from '../../modules/catalogue/catalogue.repo.ts';
import { createClockRefresh } from '../../modules/requests/clock-refresh.ts';
import { createRequestsService } from '../../modules/requests/requests.service.ts';
import { createRegistryService } from '../../modules/registry/registry.service.ts';
import { createAckRequests } from '../../modules/review-ack/review-ack.service.ts';
import { findUnitIdByCode } from '../../modules/units/units.repo.ts';
import { createSopsService } from '../../modules/sops/sops.service.ts';
import { createRequestSopService } from '../../modules/requests/request-sop.service.ts';
import { createRequestJobDocumentsService } from '../../modules/requests/request-job-documents.service.ts';
import { createJobMasterService } from '../../modules/job-master/job-master.service.ts';
import { createJobDocumentsService } from '../../modules/job-documents/job-documents.service.ts';
import { positionsOfUnits } from '../../modules/job-documents/job-documents.repo.ts';
import type { JobKind } from '../../../domain/jabatan/model.ts';
import { demoJobContent } from './demo-jobs.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { complaintSop, complaintSopRevised, monitoringSop } from './demo-sops.ts';
import { findUserIdByEmail, getUser } from '../../modules/users/users.repo.ts';
import { DEMO_USERS } from './demo.ts';
import { underSeedLock } from './index.ts';

/**
 * A dozen demo facilitation requests over the nine services and several units, in every state the monitoring table
 * shows: completed (with their numbers, some last year), in progress, overdue, waiting for a revision, on hold,
 * rejected and withdrawn. They are driven through the real request and attachment services with a clock set back
 * in time, so the history, numbering, Revisi and the stored service-standard clock are exactly what use would give.
 * Past events notify nobody.
 */

const ADMIN = 'admin@demo.manorta.id';
const VERIFIER = 'verifikator@demo.manorta.id';
const HEAD = 'kepala.biro@demo.manorta.id';
const KOMPOLNAS = 'pemrakarsa@demo.manorta.id';
const KOMPOLNAS_HEAD = 'pimpinan@demo.manorta.id';
const KOMJAK = 'pemrakarsa.komjak@demo.manorta.id';

type Step =
  | { kind: 'act'; action: Exclude<WorkflowAction, 'comment'>; by: string; reason?: string; after: number }
  | { kind: 'upload'; by: string; key?: string; after: number }
  /** The unit saves the revised version of the request's SOP (demo-sops.ts). */
  | { kind: 'sop'; by: string; after: number };

interface DemoRequest {
  service: string;
  unit: string;
  /** Who registers it: the unit's requester, or the administrator for units without one. */
  by: string;
  title: string;
  /**
   * When it was registered and submitted: calendar days before today, or a day of an earlier calendar year (so that
   * that year holds these requests alone, whatever today's date).
   */
  start: { daysAgo: number } | { yearsAgo: number; monthDay: string };
  /** For the services that attach SOPs: the SOP the unit drafts and links before submitting, and its revision. */
  sop?: { title: string; content: (unitId: string, title: string) => SopContent; revised?: (unitId: string, title: string) => SopContent };
  steps: Step[];
}

const act = (action: Exclude<WorkflowAction, 'comment'>, by: string, after = 1, reason?: string): Step => ({ kind: 'act', action, by, after, reason });

/** From submission through completeness check, assignment and plan approval to stage 2. */
function toStage2(submitter: string, endorsedBy?: string): Step[] {
  return [
    act('submit', submitter, 0),
    ...(endorsedBy ? [act('endorse', endorsedBy, 1)] : []),
    act('verify_completeness', ADMIN, 1),
    act('assign', ADMIN, 0),
    act('approve_plan', HEAD, 2),
  ];
}

/** Advances through stages 2–5 taking `days[i]` working days each; reaching stage 6 numbers the output. */
const advances = (days: number[]): Step[] => days.map((d) => act('advance', VERIFIER, d));

const DEMO_REQUESTS: DemoRequest[] = [
  {
    service: 'SOP',
    unit: 'SETKOMPOLNAS',
    by: KOMPOLNAS,
    title: 'Penyusunan SOP Penanganan Pengaduan Masyarakat terhadap Kinerja Kepolisian',
    start: { yearsAgo: 2, monthDay: '03-03' },
    sop: { title: 'SOP Penanganan Pengaduan Masyarakat terhadap Kinerja Kepolisian', content: complaintSop, revised: complaintSopRevised },
    steps: [
      ...toStage2(KOMPOLNAS, KOMPOLNAS_HEAD),
      ...advances([4]),
      act('request_revision', VERIFIER, 3, 'Uraian kegiatan nomor 4 sampai 7 belum mencantumkan pelaksana dan mutu baku waktu.'),
      { kind: 'sop', by: KOMPOLNAS, after: 3 },
      { kind: 'upload', by: KOMPOLNAS, key: 'drafSop', after: 0 },
      act('answer_revision', KOMPOLNAS, 0, 'Pelaksana dan mutu baku waktu telah dilengkapi pada draf SOP revisi.'),
      ...advances([3, 5, 9]),
      act('approve_output', HEAD, 2),
    ],
  },
  {
    service: 'ANJAB',
    unit: 'DEP-3',
    by: ADMIN,
    title: 'Penyusunan Analisis Jabatan Deputi Bidang Koordinasi Hukum dan Hak Asasi Manusia',
    start: { yearsAgo: 2, monthDay: '04-07' },
    steps: [...toStage2(ADMIN), ...advances([5, 12, 6, 9]), act('approve_output', HEAD, 3)],
  },
  {
    service: 'ABK',
    unit: 'SETKOMJAK',
    by: KOMJAK,
    title: 'Analisis Beban Kerja Sekretariat Komisi Kejaksaan Tahun 2026',
    start: { daysAgo: 200 },
    steps: [...toStage2(KOMJAK), ...advances([4, 9, 7, 8]), act('approve_output', HEAD, 2)],
  },
  {
    service: 'MONEV-SOP',
    unit: 'SETKOMPOLNAS',
    by: KOMPOLNAS,
    title: 'Monitoring dan Evaluasi Penerapan SOP Sekretariat Kompolnas Semester I Tahun 2026',
    start: { daysAgo: 150 },
    sop: { title: 'SOP Monitoring dan Evaluasi Penerapan SOP Sekretariat Kompolnas', content: monitoringSop },
    steps: [...toStage2(KOMPOLNAS), ...advances([3, 4, 4, 6]), act('approve_output', HEAD, 1)],
  },
  {
    service: 'PROBIS',
    unit: 'BRO-HPH',
    by: ADMIN,
    title: 'Penyusunan Peta Proses Bisnis Biro Hukum, Persidangan, dan Hubungan Kelembagaan',
    start: { daysAgo: 120 },
    steps: [...toStage2(ADMIN), ...advances([5, 11, 9, 10]), act('approve_output', HEAD, 2)],
  },
  {
    service: 'TND',
    unit: 'SES',
    by: ADMIN,
    title: 'Pemutakhiran Pedoman Tata Naskah Dinas Elektronik di Lingkungan Kementerian',
    start: { daysAgo: 45 },
    steps: [...toStage2(ADMIN), ...advances([6, 8, 9])],
  },
  {
    service: 'SKJ',
    unit: 'ASDEP-3.2',
    by: ADMIN,
    title: 'Penyusunan Standar Kompetensi Jabatan Analis Hak Asasi Manusia',
    start: { daysAgo: 75 },
    steps: [...toStage2(ADMIN), ...advances([4])],
  },
  {
    service: 'EVJAB',
    unit: 'SETKOMJAK',
    by: KOMJAK,
    title: 'Evaluasi Jabatan dan Penetapan Kelas Jabatan Sekretariat Komisi Kejaksaan',
    start: { daysAgo: 30 },
    steps: [
      ...toStage2(KOMJAK),
      act('request_revision', VERIFIER, 3, 'Peta jabatan belum memuat jabatan pelaksana pada Bagian Administrasi Umum.'),
    ],
  },
  {
    service: 'PEDOMAN',
    unit: 'DEP-5',
    by: ADMIN,
    title: 'Penyusunan Petunjuk Pelaksanaan Koordinasi Pengamanan Kegiatan Masyarakat Berskala Nasional',
    start: { daysAgo: 90 },
    steps: [
      act('submit', ADMIN, 0),
      act('verify_completeness', ADMIN, 1),
      act('reject', HEAD, 2, 'Materi juklak merupakan kewenangan instansi teknis; unit diarahkan berkoordinasi dengan instansi tersebut.'),
    ],
  },
  {
    service: 'ANJAB',
    unit: 'ASDEP-3.1',
    by: ADMIN,
    title: 'Pemutakhiran Analisis Jabatan Asisten Deputi Koordinasi Hukum Internasional',
    start: { daysAgo: 2 },
    steps: [act('submit', ADMIN, 0), act('verify_completeness', ADMIN, 1), act('assign', ADMIN, 0)],
  },
  {
    service: 'SOP',
    unit: 'SETKOMPOLNAS',
    by: KOMPOLNAS,
    title: 'Penyusunan SOP Penerimaan Saran dan Keluhan melalui Kanal Digital',
    start: { daysAgo: 100 },
    sop: { title: 'SOP Penerimaan Saran dan Keluhan melalui Kanal Digital', content: complaintSop },
    steps: [...toStage2(KOMPOLNAS, KOMPOLNAS_HEAD), act('withdraw', KOMPOLNAS, 3)],
  },
  {
    service: 'ABK',
    unit: 'DEP-7',
    by: ADMIN,
    title: 'Analisis Beban Kerja Deputi Bidang Koordinasi Komunikasi, Informasi, dan Aparatur',
    start: { daysAgo: 60 },
    steps: [
      ...toStage2(ADMIN),
      ...advances([4, 8]),
      act('hold', ADMIN, 2, 'Menunggu penetapan peraturan menteri tentang organisasi dan tata kerja yang baru.'),
    ],
  },
];

const MARKER = 'seed.demo_requests';
const WIB_MINUTE = 60_000;

/** 09:00 WIB on `date` ('YYYY-MM-DD') plus `minutes`. */
const atWib = (date: string, minutes: number) => new Date(Date.parse(`${date}T09:00:00+07:00`) + minutes * WIB_MINUTE);

/** A calendar day `days` before `now`, moved back to a Friday when it falls on a weekend. */
function weekdayBefore(now: Date, days: number): string {
  const d = new Date(Date.parse(`${wibDate(now)}T00:00:00Z`) - days * 86_400_000);
  const weekday = d.getUTCDay();
  if (weekday === 6) d.setUTCDate(d.getUTCDate() - 1);
  if (weekday === 0) d.setUTCDate(d.getUTCDate() - 2);
  return d.toISOString().slice(0, 10);
}

function daysAgoOf(now: Date, start: DemoRequest['start']): number {
  if ('daysAgo' in start) return start.daysAgo;
  const today = Date.parse(`${wibDate(now)}T00:00:00Z`);
  const then = Date.parse(`${Number(wibDate(now).slice(0, 4)) - start.yearsAgo}-${start.monthDay}T00:00:00Z`);
  return Math.round((today - then) / 86_400_000);
}

function formValues(fields: readonly FormField[], title: string, year: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.type === 'number') values[f.key] = /tahun/i.test(f.key) ? year : 3;
    else if (f.type === 'select') values[f.key] = f.options?.[0];
    else if (f.type === 'date') values[f.key] = `${year}-12-15`;
    else if (f.type === 'text') values[f.key] = f.key === 'narahubung' ? 'Sdr. Arif Setiawan, 0812-3456-7890' : title;
    else values[f.key] = `Sebagaimana diuraikan dalam nota dinas permohonan: ${title}.`;
  }
  return values;
}

/** A one-page PDF saying what it is. */
function pdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, ' ');
  const content = `BT /F1 12 Tf 56 780 Td (${safe}) Tj 0 -18 Td (Dokumen contoh data demo Manorta.) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function xlsx(title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow([title]);
  sheet.addRow(['Dokumen contoh data demo Manorta.']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function demoFile(attachment: RequiredAttachment, title: string, version: number) {
  const type = attachment.types.includes('pdf') ? 'pdf' : attachment.types.includes('xlsx') ? 'xlsx' : attachment.types[0];
  const name = `${attachment.label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}${version > 1 ? `-revisi-${version - 1}` : ''}.${type}`;
  const text = `${attachment.label}: ${title}`;
  const body = type === 'xlsx' ? await xlsx(text) : pdf(text);
  return { filename: name, mimetype: type === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf', file: Readable.from(body) };
}

const silentMailer: Mailer = { enqueue: async () => {}, flush: async () => {}, smtpConfigured: false };
const silentNotifier = { notify: async () => {} } as unknown as Notifier;

/**
 * Installs the demo requests once, into a database that has the demo accounts and no request yet. Answers how many
 * were installed (0 when there was nothing to do).
 */
export async function installDemoRequests({ database, storage, publicUrl = 'http://localhost:3000', now = new Date() }: { database: Database; storage: Storage; publicUrl?: string; now?: Date }): Promise<number> {
  const { db } = database;
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const id = await findUserIdByEmail(db, u.email);
    if (!id) return 0;
    ids.set(u.email, id);
  }
  const claimed = await underSeedLock(db, async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(requestsTable);
    const [{ m }] = await tx.select({ m: count() }).from(auditLog).where(and(eq(auditLog.action, MARKER), eq(auditLog.entity, 'seed')));
    if (n > 0 || m > 0) return false;
    await recordAudit(tx, { actorId: null, action: MARKER, entity: 'seed', entityId: 'demo', data: { requests: DEMO_REQUESTS.length } });
    return true;
  });
  if (!claimed) return 0;

  let current = now;
  const clock = () => current;
  // A completed SOP request ratifies its SOP into the registry, as in use (the units are asked to read it; no e-mail).
  const registry = createRegistryService({
    database, storage, clock, publicUrl,
    onRatified: { inTransaction: createAckRequests({ mailer: silentMailer, publicUrl }).onRatified, afterCommit: () => undefined },
  });
  const requests = createRequestsService({
    database, mailer: silentMailer, notifier: silentNotifier, clock,
    onCompleted: async (by, id) => void (await registry.ratifyCompletedRequest(by, id)),
  });
  const attachments = createAttachmentsService({ database, storage, scan: allowAll, clock });
  const sops = createSopsService({ database, clock });
  const requestSop = createRequestSopService({ database, clock });
  const jobDocuments = createJobDocumentsService({ database, clock, jobMaster: createJobMasterService({ database, clock }) });
  const requestJobDocuments = createRequestJobDocumentsService({ database, clock });
  const actors = new Map<string, Actor>();
  for (const [email, id] of ids) {
    const user = await getUser(db, id);
    if (user) actors.set(email, { id: user.id, unitId: user.unitId, roles: user.roles });
  }
  const actor = (email: string) => actors.get(email)!;
  const verifierId = ids.get(VERIFIER)!;
  const latest = now.getTime() - 60 * WIB_MINUTE;

  for (const demo of DEMO_REQUESTS) {
    const service = await getServiceByCode(db, demo.service);
    const unitId = await findUnitIdByCode(db, demo.unit);
    if (!service?.active || !unitId) continue;
    let day = weekdayBefore(now, daysAgoOf(now, demo.start));
    let minutes = 0;
    current = atWib(day, minutes);
    const year = current.getUTCFullYear();
    const by = actor(demo.by);
    const created = await requests.create(by, {
      serviceCode: service.code,
      title: demo.title,
      unitId: by.roles.includes('administrator') ? unitId : undefined,
      contactName: 'Arif Setiawan, S.Kom.',
      contactPhone: '0812-3456-7890',
      contactEmail: 'arif.setiawan@demo.manorta.id',
      formValues: formValues(service.formFields, demo.title, year),
    });
    const versions = new Map<string, number>();
    const upload = async (email: string, attachment: RequiredAttachment) => {
      const version = (versions.get(attachment.key) ?? 0) + 1;
      versions.set(attachment.key, version);
      const file = await demoFile(attachment, demo.title, version);
      await attachments.upload(actor(email), created.id, attachment.key, async () => file);
    };
    for (const attachment of service.requiredAttachments.filter((a) => a.required)) {
      minutes += 5;
      current = atWib(day, minutes);
      await upload(demo.by, attachment);
    }
    let sopId: string | null = null;
    if (demo.sop && service.attachesSop) {
      minutes += 10;
      current = atWib(day, minutes);
      const content = demo.sop.content(unitId, demo.sop.title);
      const sop = await sops.create(actor(demo.by), { unitId, title: demo.sop.title }, 'id', undefined, { content, note: 'Draf awal', source: 'demo' });
      await requestSop.link(actor(demo.by), created.id, sop.id);
      sopId = sop.id;
    }
    if (service.jobDocumentKind) {
      // The document of a fungsional position of the unit (its first position otherwise), as the job services attach them.
      const positions = await positionsOfUnits(db, [unitId]);
      const position = positions.find((p) => p.kind === 'fungsional') ?? positions[0];
      if (position) {
        minutes += 10;
        current = atWib(day, minutes);
        const doc = await jobDocuments.create(actor(demo.by), { positionId: position.id, kind: service.jobDocumentKind }, 'id');
        const unitName = created.unitName;
        const content = demoJobContent(service.jobDocumentKind, { id: position.id, name: position.name, kind: position.kind as JobKind, unit: unitName });
        await jobDocuments.save(actor(demo.by), doc.id, { version: doc.version, content, note: 'Draf awal' }, 'id');
        await requestJobDocuments.attach(actor(demo.by), created.id, doc.id, 'id');
      }
    }

    for (const step of demo.steps) {
      if (step.after > 0) {
        day = addWorkingDays(day, step.after, []);
        minutes = 0;
      } else {
        minutes += 20;
      }
      current = atWib(day, minutes);
      // Days counted back from today fit every script; should one not, it stops where today is.
      if (current.getTime() > latest) break;
      if (step.kind === 'sop') {
        if (sopId && demo.sop?.revised) {
          const { version } = await sops.get(actor(step.by), sopId, 'id');
          await sops.save(actor(step.by), sopId, { version, content: demo.sop.revised(unitId, demo.sop.title), note: 'Perbaikan sesuai catatan verifikator' }, 'id');
        }
        continue;
      }
      if (step.kind === 'upload') {
        const attachment = service.requiredAttachments.find((a) => a.key === step.key) ?? service.requiredAttachments[0];
        await upload(step.by, attachment);
        continue;
      }
      const { version } = await requests.get(actor(step.by), created.id);
      await requests.act(actor(step.by), created.id, step.action, {
        version,
        reason: step.reason,
        verifierIds: step.action === 'assign' ? [verifierId] : undefined,
      });
    }
  }

  await createClockRefresh({ database, clock: () => now })();
  return DEMO_REQUESTS.length;
}
