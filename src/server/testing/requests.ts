import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiClient, TestApp } from './test-app.ts';
import { validSop } from '../../domain/sop/testing.ts';
import type { SopContent } from '../../domain/sop/model.ts';
import type { JobDocumentContent, JobDocumentKind } from '../../domain/jabatan/model.ts';
import { validAnjab, validEvjab, validSkj } from '../../domain/jabatan/testing.ts';

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipart(fileName: string, content: Buffer | string, field = 'file') {
  const boundary = `----manorta${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(c: ApiClient, requestId: string, key: string, fileName: string, content: Buffer | string = '%PDF-1.4 isi uji') {
  return c.request({ method: 'POST', url: `/api/requests/${requestId}/documents/${key}`, ...multipart(fileName, content) });
}

/** A complete SOP request (form, contact person); its required attachments still need uploading. */
export const SOP_FORM = {
  jumlahSop: 3,
  jenisUsulan: 'SOP baru',
  dasarHukum: 'Peraturan Menteri PANRB Nomor 35 Tahun 2012',
  narahubung: 'Siti, 0812-0000-0000',
};

export async function createDraft(c: ApiClient, over: object = {}) {
  const res = await c.post('/api/requests', {
    serviceCode: 'SOP',
    title: 'Penyusunan SOP Pengelolaan Pengaduan Masyarakat',
    contactName: 'Siti Rahmawati',
    contactPhone: '0812-3456-7890',
    contactEmail: 'siti@contoh.go.id',
    formValues: SOP_FORM,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Uploads every required attachment of the request's service and, for a service that attaches SOPs, links an error-free SOP. */
export async function uploadRequired(c: ApiClient, request: { id: string; serviceCode: string }) {
  const service = (await c.get(`/api/services/${request.serviceCode}`)).json();
  for (const a of service.requiredAttachments.filter((x: { required: boolean }) => x.required)) {
    const res = await upload(c, request.id, a.key, `${a.key}.${a.types[0]}`);
    expect(res.statusCode, res.body).toBe(201);
  }
  if (service.attachesSop) await linkNewSop(c, request.id);
  if (service.jobDocumentKind) await attachJobDocument(c, request.id);
}

const COMPLETE_JOB_CONTENT: Record<JobDocumentKind, (positionId: string) => JobDocumentContent> = { anjab: validAnjab, evjab: validEvjab, skj: validSkj };

/**
 * The open document of the service's kind of a position of the request's unit (created when there is none), saved
 * with `content` (a complete one unless told) and attached to the request.
 */
export async function attachJobDocument(c: ApiClient, requestId: string, opts: { positionId?: string; content?: (positionId: string) => JobDocumentContent } = {}) {
  const request = (await c.get(`/api/requests/${requestId}`)).json();
  const kind = request.jobDocumentKind as JobDocumentKind;
  const positionId = opts.positionId ?? (await c.get(`/api/positions?unitId=${request.unitId}&pageSize=1`)).json().items[0].id;
  const doc = await openJobDocument(c, positionId, kind);
  const saved = await c.put(`/api/job-documents/${doc.id}/content`, { version: doc.version, content: (opts.content ?? COMPLETE_JOB_CONTENT[kind])(positionId) });
  expect(saved.statusCode, saved.body).toBe(200);
  const res = await c.post(`/api/requests/${requestId}/job-documents`, { documentId: doc.id });
  expect(res.statusCode, res.body).toBe(200);
  return saved.json() as { id: string; version: number };
}

/** The position's open document of `kind`, created when there is none. */
export async function openJobDocument(c: ApiClient, positionId: string, kind: JobDocumentKind): Promise<{ id: string; version: number }> {
  const created = await c.post('/api/job-documents', { positionId, kind });
  if (created.statusCode === 201) return created.json();
  expect(created.statusCode, created.body).toBe(409);
  const existing = (await c.get(`/api/job-documents?positionId=${positionId}&kind=${kind}`)).json().items[0];
  return (await c.get(`/api/job-documents/${existing.id}`)).json();
}

/** Creates an SOP of the request's unit (with `content`, an error-free one unless told), saves it as version 2 and links it. */
export async function linkNewSop(c: ApiClient, requestId: string, content?: (unitId: string) => SopContent) {
  const request = (await c.get(`/api/requests/${requestId}`)).json();
  const sop = await createSopWith(c, request.unitId, request.title, content ?? validSop);
  const res = await c.put(`/api/requests/${requestId}/sop`, { sopId: sop.id });
  expect(res.statusCode, res.body).toBe(200);
  return sop;
}

/** A new SOP of the unit whose version 2 holds `content`. */
export async function createSopWith(c: ApiClient, unitId: string, title: string, content: (unitId: string) => SopContent) {
  const created = await c.post('/api/sops', { unitId, title });
  expect(created.statusCode, created.body).toBe(201);
  return saveSop(c, created.json().id, content(unitId));
}

/** Saves the SOP's content as its next version. */
export async function saveSop(c: ApiClient, sopId: string, content: SopContent) {
  const version = (await c.get(`/api/sops/${sopId}`)).json().version;
  const saved = await c.put(`/api/sops/${sopId}/content`, { version, content });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json() as { id: string; version: number; errorCount: number; warningCount: number };
}

/** Takes an action with the version the client reads first. */
export async function act(c: ApiClient, id: string, action: string, body: object = {}) {
  const version = (await c.get(`/api/requests/${id}`)).json().version;
  return c.post(`/api/requests/${id}/actions/${action}`, { version, ...body });
}

export async function actOk(c: ApiClient, id: string, action: string, body: object = {}) {
  const res = await act(c, id, action, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json();
}

export interface Cast {
  admin: ApiClient;
  verifikator: ApiClient;
  kepalaBiro: ApiClient;
  pemrakarsa: ApiClient;
  pimpinan: ApiClient;
  verifikatorId: string;
}

export const STEPS = ['draf', 'submitted', 'endorsed', 'verified', 'assigned', 'stage2', 'stage3', 'stage4', 'stage5', 'stage6', 'selesai'] as const;
export type Step = (typeof STEPS)[number];

/** Registers a request (SOP unless `over` says otherwise) of the pemrakarsa's unit and drives it to `step` through the API. */
export async function requestAt(cast: Cast, step: Step, over: object = {}, requester = cast.pemrakarsa) {
  const r = await createDraft(requester, over);
  await uploadRequired(requester, r);
  const moves: [Step, ApiClient, string, object?][] = [
    ['submitted', requester, 'submit'],
    ['endorsed', cast.pimpinan, 'endorse'],
    ['verified', cast.admin, 'verify_completeness'],
    ['assigned', cast.admin, 'assign', { verifierIds: [cast.verifikatorId] }],
    ['stage2', cast.kepalaBiro, 'approve_plan'],
    ['stage3', cast.verifikator, 'advance'],
    ['stage4', cast.verifikator, 'advance'],
    ['stage5', cast.verifikator, 'advance'],
    ['stage6', cast.verifikator, 'advance'],
    ['selesai', cast.kepalaBiro, 'approve_output'],
  ];
  for (const [reached, c, action, body] of moves) {
    if (STEPS.indexOf(step) < STEPS.indexOf(reached)) break;
    if (action === 'endorse' && !r.requiresEndorsement) continue;
    await actOk(c, r.id, action, body);
  }
  return (await cast.admin.get(`/api/requests/${r.id}`)).json();
}

export async function castOf(t: TestApp, emails: { admin: string; verifikator: string; kepalaBiro: string; pemrakarsa: string; pimpinan: string }): Promise<Cast> {
  const [admin, verifikator, kepalaBiro, pemrakarsa, pimpinan] = await Promise.all(
    [emails.admin, emails.verifikator, emails.kepalaBiro, emails.pemrakarsa, emails.pimpinan].map((e) => t.signIn(e)),
  );
  const verifikatorId = (await verifikator.get('/api/auth/session')).json().user.id;
  return { admin, verifikator, kepalaBiro, pemrakarsa, pimpinan, verifikatorId };
}

/** Files left in the storage folder (partial ones included). */
export function storedFiles(t: TestApp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(t.storageDir, p));
    }
  };
  walk(t.storageDir);
  return out;
}
