import { describe, expect, it } from 'vitest';
import type { FormField } from './service.ts';
import { validateFormValues } from './form.ts';

const fields: FormField[] = [
  { key: 'jumlah', label: 'Jumlah', type: 'number', required: true },
  { key: 'jenis', label: 'Jenis', type: 'select', required: true, options: ['SOP baru', 'Revisi SOP'] },
  { key: 'dasar', label: 'Dasar hukum', type: 'textarea', required: true },
  { key: 'target', label: 'Target', type: 'date', required: false },
  { key: 'nama', label: 'Nama', type: 'text', required: false },
];

describe('intake form values', () => {
  it('lets a draft leave everything empty and drops empty values', () => {
    expect(validateFormValues(fields, {}, 'draft')).toEqual({ ok: true, values: {} });
    expect(validateFormValues(fields, { jumlah: 2, nama: '  ', target: '' }, 'draft')).toEqual({ ok: true, values: { jumlah: 2 } });
  });

  it('asks a submission for every required field', () => {
    const r = validateFormValues(fields, { jumlah: 3, nama: 'x' }, 'submit');
    expect(r).toEqual({ ok: false, errors: [{ key: 'jenis', code: 'required' }, { key: 'dasar', code: 'required' }] });
    const ok = validateFormValues(fields, { jumlah: 3, jenis: 'Revisi SOP', dasar: ' PP 1/2020 ', target: '2026-02-28' }, 'submit');
    expect(ok).toEqual({ ok: true, values: { jumlah: 3, jenis: 'Revisi SOP', dasar: 'PP 1/2020', target: '2026-02-28' } });
  });

  it('names each wrong value, in drafts too', () => {
    const r = validateFormValues(fields, { jumlah: 'tiga', jenis: 'Lain', dasar: 7, target: '2026-02-30', nama: 'x'.repeat(501), asing: 1 }, 'draft');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(expect.arrayContaining([
      { key: 'jumlah', code: 'not_a_number' },
      { key: 'jenis', code: 'invalid_option' },
      { key: 'dasar', code: 'not_text' },
      { key: 'target', code: 'invalid_date' },
      { key: 'nama', code: 'too_long' },
      { key: 'asing', code: 'unknown_field' },
    ]));
    expect(!r.ok && r.errors).toHaveLength(6);
  });
});
