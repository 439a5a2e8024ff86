import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten } from '../../testing/fixtures.ts';
import { actOk, castOf, multipart, requestAt, type Cast, type Step } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
let accounts: Record<string, ApiClient>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
  accounts = { admin: cast.admin, verifikator: cast.verifikator, kepalaBiro: cast.kepalaBiro, pemrakarsa: cast.pemrakarsa, pimpinan: cast.pimpinan, komjak };
});
afterAll(() => t?.close());

type Scenario = Step | 'revision' | 'held';

/** Each workflow action, where it applies, and the demo accounts that may take it there (the verifikator is assigned). */
const TABLE: [action: string, at: Scenario, allowed: string[], body?: object][] = [
  ['submit', 'draf', ['pemrakarsa', 'pimpinan', 'admin']],
  ['endorse', 'submitted', ['pimpinan']],
  ['verify_completeness', 'endorsed', ['admin']],
  ['assign', 'verified', ['admin'], { verifierIds: [] as string[] }],
  ['approve_plan', 'assigned', ['kepalaBiro']],
  ['advance', 'stage2', ['verifikator', 'admin']],
  ['request_revision', 'stage3', ['verifikator', 'admin'], { reason: 'Perbaiki.' }],
  ['answer_revision', 'revision', ['pemrakarsa', 'pimpinan'], { reason: 'Sudah.' }],
  ['hold', 'stage4', ['admin'], { reason: 'Tunggu.' }],
  ['resume', 'held', ['admin']],
  ['withdraw', 'stage5', ['pemrakarsa', 'pimpinan']],
  ['reject', 'stage2', ['admin', 'kepalaBiro'], { reason: 'Tidak sesuai.' }],
  ['assign_number', 'stage6', ['admin']],
  ['approve_output', 'stage6', ['kepalaBiro']],
];

async function scenario(at: Scenario) {
  if (at === 'revision') {
    const r = await requestAt(cast, 'stage2');
    return actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Perbaiki.' });
  }
  if (at === 'held') {
    const r = await requestAt(cast, 'stage2');
    return actOk(cast.admin, r.id, 'hold', { reason: 'Tunggu.' });
  }
  return requestAt(cast, at);
}

describe('requests API: every workflow action refused to the wrong role', () => {
  for (const [action, at, allowed, body] of TABLE) {
    it(`${action} (at ${at}): only ${allowed.join(', ')}`, async () => {
      const r = await scenario(at);
      const payload = { version: r.version, ...body, ...(action === 'assign' ? { verifierIds: [cast.verifikatorId] } : {}) };
      await expectNothingWritten(t, async () => {
        for (const [name, c] of Object.entries(accounts)) {
          if (allowed.includes(name)) continue;
          const res = await c.post(`/api/requests/${r.id}/actions/${action}`, payload);
          // Another unit, and a bureau member for a draft, cannot see the request at all.
          const hidden = name === 'komjak' || (r.state === 'draf' && (name === 'verifikator' || name === 'kepalaBiro'));
          expect(res.statusCode, `${name}: ${res.body}`).toBe(hidden ? 404 : 403);
          if (!hidden) expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' }, refusal: 'role_not_permitted' });
        }
        const anonymous = await (await t.client()).post(`/api/requests/${r.id}/actions/${action}`, payload);
        expect(anonymous.statusCode).toBe(401);
      });
      // and each allowed account is offered the action
      for (const name of allowed) {
        const offered = (await accounts[name].get(`/api/requests/${r.id}`)).json().actions;
        if (action === 'assign_number') expect(offered).not.toContain(action); // numbered automatically on reaching stage 6
        else expect(offered, name).toContain(action);
      }
    });
  }
});

describe('requests API: a unit never reaches another unit\'s request', () => {
  it('answers 404 to every read and write of another unit, and 401 to the public', async () => {
    const r = await requestAt(cast, 'stage2');
    const doc = r.documents[0];
    const calls: [string, (c: ApiClient) => Promise<{ statusCode: number }>][] = [
      ['get', (c) => c.get(`/api/requests/${r.id}`)],
      ['edit', (c) => c.patch(`/api/requests/${r.id}`, { version: r.version, title: 'Diambil alih' })],
      ['withdraw', (c) => c.post(`/api/requests/${r.id}/actions/withdraw`, { version: r.version })],
      ['comments', (c) => c.get(`/api/requests/${r.id}/comments`)],
      ['comment', (c) => c.post(`/api/requests/${r.id}/comments`, { body: 'Halo' })],
      ['timeline', (c) => c.get(`/api/requests/${r.id}/timeline`)],
      ['documents', (c) => c.get(`/api/requests/${r.id}/documents`)],
      ['download', (c) => c.get(`/api/requests/${r.id}/documents/${doc.id}/content`)],
      ['upload', (c) => c.request({ method: 'POST', url: `/api/requests/${r.id}/documents/notaDinas`, ...multipart('nota.pdf', '%PDF') })],
    ];
    await expectNothingWritten(t, async () => {
      for (const [name, call] of calls) {
        expect((await call(komjak)).statusCode, name).toBe(404);
        expect((await call(await t.client())).statusCode, name).toBe(401);
      }
    });
    const listed = (await komjak.get('/api/requests?pageSize=500&q=Pengaduan')).json().items;
    expect(listed).toEqual([]);
  });
});
