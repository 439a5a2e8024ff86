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
});
