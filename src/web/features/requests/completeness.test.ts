import { describe, expect, it } from 'vitest';
import type { RequestDetail, RequestDocument } from '../../api/types.ts';
import { describeIncomplete, isComplete, outstanding } from './completeness.ts';

const service = {
  formFields: [
    { key: 'jumlahSop', label: 'Jumlah SOP', type: 'number' as const, required: true },
    { key: 'catatan', label: 'Catatan', type: 'textarea' as const, required: false },
  ],
  requiredAttachments: [
    { key: 'notaDinas', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 10 },
    { key: 'pendukung', label: 'Pendukung', required: false, types: ['pdf'], maxMb: 10 },
  ],
};

describe('a refused submission', () => {
  it('names each missing field and attachment by its label, in the server\'s words', () => {
    const missing = describeIncomplete(
      [
        { path: 'contactPhone', message: 'Wajib diisi.' },
        { path: 'formValues.jumlahSop', message: 'Wajib diisi.' },
        { path: 'documents.notaDinas', message: 'Lampiran "Nota dinas" wajib diunggah.' },
        { path: 'documents.hilang', message: 'x' },
        { path: 'lainnya', message: 'y' },
      ],
      service,
    );
    expect(missing).toEqual([
      { group: 'contact', label: null, labelKey: 'req.field.contactPhone', message: 'Wajib diisi.' },
      { group: 'field', label: 'Jumlah SOP', labelKey: null, message: 'Wajib diisi.' },
      { group: 'document', label: 'Nota dinas', labelKey: null, message: 'Lampiran "Nota dinas" wajib diunggah.' },
      { group: 'document', label: 'hilang', labelKey: null, message: 'x' },
      { group: 'other', label: null, labelKey: null, message: 'y' },
    ]);
  });
});

describe('what a draft still lacks', () => {
  const draft = (over: Partial<RequestDetail>) =>
    ({ contactName: 'Siti', contactPhone: '0812', contactEmail: 's@x.id', formValues: { jumlahSop: 2 }, documents: [{ key: 'notaDinas' } as RequestDocument], ...over }) as RequestDetail;

  it('is nothing when the required fields, contact and attachments are there (optional ones aside)', () => {
    expect(isComplete(outstanding(draft({}), service))).toBe(true);
  });

  it('lists the empty required fields, contact inputs and missing required attachments', () => {
    const o = outstanding(draft({ contactEmail: ' ', formValues: { jumlahSop: '' }, documents: [{ key: 'pendukung' } as RequestDocument] }), service);
    expect(o).toEqual({ fields: ['Jumlah SOP'], contacts: ['req.field.contactEmail'], documents: ['Nota dinas'] });
    expect(isComplete(o)).toBe(false);
  });

  it('asks a request of an SOP service for a linked SOP free of errors; warnings do not count', () => {
    const brief = { id: 'x', title: 'SOP', number: '', latestVersion: 2, errorCount: 0, warningCount: 3, updatedAt: '' };
    expect(outstanding(draft({ attachesSop: true, sop: null }), service).sop).toEqual({ missing: true });
    const withErrors = outstanding(draft({ attachesSop: true, sop: { ...brief, errorCount: 2 } }), service);
    expect(withErrors.sop).toEqual({ errors: 2 });
    expect(isComplete(withErrors)).toBe(false);
    expect(isComplete(outstanding(draft({ attachesSop: true, sop: brief }), service))).toBe(true);
    expect(isComplete(outstanding(draft({ attachesSop: false, sop: null }), service))).toBe(true);
  });

  it('names the SOP in a refused submission', () => {
    expect(describeIncomplete([{ path: 'sop', message: 'Lampirkan SOP terlebih dahulu.' }], service)).toEqual([
      { group: 'sop', label: null, labelKey: 'sop-review.sop', message: 'Lampirkan SOP terlebih dahulu.' },
    ]);
  });

  it('asks a request of a job service for attached job documents, each complete; says nothing before the card has loaded', () => {
    const job = draft({ jobDocumentKind: 'anjab' });
    expect(outstanding(job, service, { attached: 0, incomplete: 0 }).jobs).toEqual({ missing: true });
    const incomplete = outstanding(job, service, { attached: 3, incomplete: 2 });
    expect(incomplete.jobs).toEqual({ incomplete: 2 });
    expect(isComplete(incomplete)).toBe(false);
    expect(isComplete(outstanding(job, service, { attached: 2, incomplete: 0 }))).toBe(true);
    expect(isComplete(outstanding(job, service))).toBe(true);
    expect(outstanding(draft({ jobDocumentKind: null }), service, { attached: 0, incomplete: 0 }).jobs).toBeUndefined();
  });

  it('names the job documents in a refused submission', () => {
    expect(describeIncomplete([{ path: 'jobDocuments.abc', message: 'Anjab X: 1 tugas belum lengkap.' }], service)).toEqual([
      { group: 'jobs', label: null, labelKey: 'request-jobs.label', message: 'Anjab X: 1 tugas belum lengkap.' },
    ]);
  });
});
