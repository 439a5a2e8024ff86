import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/index.tsx';
import type { Service } from '../../../api/types.ts';
import { suggestKey, toInput, toValues, validateService } from './values.ts';
import { pathExists } from '../../../components/paths.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('id', key, params);

const service: Service = {
  id: '1', code: 'SOP', channel: 'utama', sortOrder: 1, name: 'Fasilitasi Penyusunan SOP', nameEn: 'SOP drafting',
  description: 'Uraian', requirements: ['Nota dinas'], output: 'SOP',
  formFields: [{ key: 'jenis', label: 'Jenis usulan', type: 'select', required: true, options: ['Baru', 'Revisi'] }],
  requiredAttachments: [{ key: 'nota', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 10 }],
  standardDays: [3, 5, 5, 5, 10, 3], attachesSop: true, active: true, version: 4, actions: ['update'],
};

describe('service editor values', () => {
  it('round-trips a service', () => {
    const { active, ...input } = toInput(toValues(service));
    expect(active).toBe(true);
    expect(input).toEqual({
      code: 'SOP', channel: 'utama', sortOrder: 1, name: service.name, nameEn: service.nameEn, description: 'Uraian',
      output: 'SOP', requirements: ['Nota dinas'], formFields: service.formFields, requiredAttachments: service.requiredAttachments,
      standardDays: [3, 5, 5, 5, 10, 3], attachesSop: true, jobDocumentKind: null,
    });
  });

  it('round-trips the kind of job document the requests attach ("Tidak ada" is null)', () => {
    expect(toValues({ ...service, jobDocumentKind: 'evjab' }).jobDocumentKind).toBe('evjab');
    expect(toInput(toValues({ ...service, jobDocumentKind: 'evjab' })).jobDocumentKind).toBe('evjab');
    expect(toValues({ ...service, jobDocumentKind: null }).jobDocumentKind).toBe('none');
  });

  it('keeps list positions so that server errors ("requirements.1") land on the right input', () => {
    const values = toValues(service);
    values.requirements.push('  ');
    expect(toInput(values).requirements).toEqual(['Nota dinas', '']);
    expect(pathExists(values, 'requirements.1')).toBe(true);
    expect(pathExists(values, 'formFields.0.label')).toBe(true);
    expect(pathExists(values, 'formFields.3.label')).toBe(false);
  });

  it('finds what the server would refuse, by path', () => {
    const values = toValues(service);
    values.requirements.push('');
    values.formFields.push({ key: 'jenis', label: '', type: 'select', required: false, options: [] });
    values.standardDays[2] = 400;
    values.requiredAttachments[0].types = [];
    const errors = validateService(values, t, false);
    expect(Object.keys(errors).sort()).toEqual([
      'formFields.0.key', 'formFields.1.key', 'formFields.1.label', 'formFields.1.options',
      'requiredAttachments.0.types', 'requirements.1', 'standardDays.2',
    ]);
    expect(validateService(toValues(service), t, false)).toEqual({});
  });

  it('checks the code only when creating', () => {
    const values = toValues(null);
    expect(validateService(values, t, true).code).toBeDefined();
    values.code = 'ANJAB-2';
    expect(validateService(values, t, true).code).toBeUndefined();
  });

  it('suggests a key from a label', () => {
    expect(suggestKey('Nama SOP')).toBe('namaSop');
    expect(suggestKey('Jumlah SOP yang diusulkan')).toBe('jumlahSopYangDiusulkan');
    expect(suggestKey('2 Dasar hukum (opsional)')).toBe('dasarHukumOpsional');
    expect(suggestKey('Évaluasi')).toBe('evaluasi');
  });
});
