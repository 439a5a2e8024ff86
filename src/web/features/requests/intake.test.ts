import { describe, expect, it } from 'vitest';
import type { FormField, RequestDetail, SessionUser } from '../../api/types.ts';
import { draftInput, formValuesOut, initialIntake, validateIntake, type IntakeValues } from './intake.ts';

const fields: FormField[] = [
  { key: 'jumlahSop', label: 'Jumlah SOP', type: 'number', required: true },
  { key: 'jenisUsulan', label: 'Jenis usulan', type: 'select', required: true, options: ['SOP baru', 'Revisi SOP'] },
  { key: 'dasarHukum', label: 'Dasar hukum', type: 'textarea', required: true },
  { key: 'target', label: 'Target', type: 'date', required: false },
  { key: 'narahubung', label: 'Narahubung', type: 'text', required: false },
];

const user = { id: 'u1', email: 'siti@unit.go.id', name: 'Siti', unitId: 'unit-1', unitName: 'Sekretariat', unitCode: 'SET', roles: ['pemrakarsa'], mustChangePassword: false } as SessionUser;

const values = (over: Partial<IntakeValues> = {}, form: Partial<IntakeValues['formValues']> = {}): IntakeValues => ({
  ...initialIntake(fields, { user }),
  title: 'Penyusunan SOP pengaduan',
  ...over,
  formValues: { ...initialIntake(fields, { user }).formValues, ...form } as IntakeValues['formValues'],
});

describe('intake form values', () => {
  it('start with the user as contact, the own unit, and one empty input per field', () => {
    const v = initialIntake(fields, { user });
    expect(v).toEqual({
      unitId: 'unit-1',
      title: '',
      contactName: 'Siti',
      contactPhone: '',
      contactEmail: 'siti@unit.go.id',
      formValues: { jumlahSop: '', jenisUsulan: '', dasarHukum: '', target: '', narahubung: '' },
    });
  });

  it('start a draft being edited from the draft', () => {
    const request = { unitId: 'unit-2', title: 'T', contactName: '', contactPhone: '021', contactEmail: '', formValues: { jumlahSop: 3, target: '2026-12-01' } } as unknown as RequestDetail;
    const v = initialIntake(fields, { user, request });
    expect(v.contactName).toBe('');
    expect(v.unitId).toBe('unit-2');
    expect(v.formValues).toEqual({ jumlahSop: 3, jenisUsulan: '', dasarHukum: '', target: '2026-12-01', narahubung: '' });
  });

  it('go to the API typed, trimmed, without the empty ones', () => {
    expect(formValuesOut(fields, { jumlahSop: 3, jenisUsulan: null, dasarHukum: '  UU 1\n\n', target: '', narahubung: ' Budi ' })).toEqual({
      jumlahSop: 3,
      dasarHukum: '  UU 1',
      narahubung: 'Budi',
    });
    expect(formValuesOut(fields, { jumlahSop: '2,5' })).toEqual({ jumlahSop: 2.5 });
    expect(formValuesOut(fields, { jumlahSop: 'banyak' })).toEqual({ jumlahSop: 'banyak' });
    expect(draftInput(fields, values({ title: '  Judul  ', contactPhone: ' 0812 ' }))).toMatchObject({ title: 'Judul', contactPhone: '0812', formValues: {} });
  });
});

describe('intake checks, as the server makes them', () => {
  it('let a draft leave required fields empty, but not the title', () => {
    expect(validateIntake(fields, values(), 'draft')).toEqual({});
    expect(validateIntake(fields, values({ title: ' ' }), 'draft')).toEqual({ title: { key: 'validation.required' } });
    expect(validateIntake(fields, values({ title: 'ab' }), 'draft')).toEqual({ title: { key: 'validation.minChars', params: { min: 3 } } });
    expect(validateIntake(fields, values({ title: 'x'.repeat(501) }), 'draft').title?.key).toBe('req.form.maxChars');
  });

  it('refuse a bad phone, e-mail, number, date or option even in a draft', () => {
    const problems = validateIntake(fields, values({ contactPhone: '0812-abc', contactEmail: 'siti@' }, { jumlahSop: 'banyak', target: '2026-02-30', jenisUsulan: 'Lainnya' }), 'draft');
    expect(problems).toEqual({
      contactPhone: { key: 'req.form.phone' },
      contactEmail: { key: 'validation.email' },
      'formValues.jumlahSop': { key: 'req.form.not_a_number' },
      'formValues.target': { key: 'req.form.invalid_date' },
      'formValues.jenisUsulan': { key: 'req.form.invalid_option' },
    });
  });

  it('need every required field and the contact person for a submission', () => {
    const problems = validateIntake(fields, values({ contactName: '', contactPhone: '' }, { jumlahSop: 2 }), 'submit');
    expect(Object.keys(problems).sort()).toEqual(['contactName', 'contactPhone', 'formValues.dasarHukum', 'formValues.jenisUsulan']);
    expect(problems['formValues.dasarHukum']).toEqual({ key: 'validation.required' });
  });

  it('need a unit when the user chooses one (administrators)', () => {
    expect(validateIntake(fields, values({ unitId: null }), 'draft', true)).toEqual({ unitId: { key: 'validation.required' } });
    expect(validateIntake(fields, values({ unitId: null }), 'draft', false)).toEqual({});
  });
});
