import { CHANNELS, FIELD_TYPES, duplicateKeys } from '../../../../domain/catalogue/service.ts';
import { STAGE_COUNT } from '../../../../domain/workflow/stages.ts';
import type { Channel, FormField, RequiredAttachment, Service } from '../../../api/types.ts';
import type { ServiceInput } from '../../../api/services.ts';
import type { Translate } from '../../../i18n/index.tsx';

export { CHANNELS, FIELD_TYPES };
export type FieldType = FormField['type'];

/** The editor's values: the API's shape, with numbers as inputs give them. */
export interface ServiceValues {
  code: string;
  channel: Channel;
  sortOrder: number | string;
  name: string;
  nameEn: string;
  description: string;
  output: string;
  requirements: string[];
  formFields: FormField[];
  requiredAttachments: RequiredAttachment[];
  standardDays: (number | string)[];
  attachesSop: boolean;
  /** 'none' when the service's requests attach no job documents (a Select holds a string). */
  jobDocumentKind: 'none' | 'anjab' | 'evjab' | 'skj';
  active: boolean;
}

export function toValues(service: Service | null): ServiceValues {
  return {
    code: service?.code ?? '',
    channel: service?.channel ?? 'utama',
    sortOrder: service?.sortOrder ?? 0,
    name: service?.name ?? '',
    nameEn: service?.nameEn ?? '',
    description: service?.description ?? '',
    output: service?.output ?? '',
    requirements: [...(service?.requirements ?? [])],
    formFields: (service?.formFields ?? []).map((f) => ({ ...f, options: f.options ? [...f.options] : undefined })),
    requiredAttachments: (service?.requiredAttachments ?? []).map((a) => ({ ...a, types: [...a.types] })),
    standardDays: service?.standardDays ? [...service.standardDays] : Array.from({ length: STAGE_COUNT }, () => 0),
    attachesSop: service?.attachesSop ?? false,
    jobDocumentKind: service?.jobDocumentKind ?? 'none',
    active: service?.active ?? true,
  };
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** What is sent: list positions unchanged, so that the server's field paths ("formFields.2.label") still fit. */
export function toInput(v: ServiceValues): ServiceInput & { active: boolean } {
  return {
    code: v.code.trim(),
    channel: v.channel,
    sortOrder: num(v.sortOrder),
    name: v.name.trim(),
    nameEn: v.nameEn.trim(),
    description: v.description.trim(),
    output: v.output.trim(),
    requirements: v.requirements.map((r) => r.trim()),
    formFields: v.formFields.map((f) => ({
      key: f.key.trim(),
      label: f.label.trim(),
      type: f.type,
      required: f.required,
      ...(f.type === 'select' ? { options: (f.options ?? []).map((o) => o.trim()) } : {}),
    })),
    requiredAttachments: v.requiredAttachments.map((a) => ({
      key: a.key.trim(),
      label: a.label.trim(),
      required: a.required,
      types: a.types.map((x) => x.trim().toLowerCase().replace(/^\./, '')),
      maxMb: num(a.maxMb),
    })),
    standardDays: v.standardDays.map(num),
    attachesSop: v.attachesSop,
    jobDocumentKind: v.jobDocumentKind === 'none' ? null : v.jobDocumentKind,
    active: v.active,
  };
}

/** A technical key from a label: "Nama SOP" → "namaSop" (lower-case start, letters and digits, at most 40). */
export function suggestKey(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // A key starts with a letter: leading numbers ("2 Dasar hukum") are left out.
  const first = words.findIndex((w) => /^[A-Za-z]/.test(w));
  if (first < 0) return '';
  return words
    .slice(first)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, 40);
}

export const KEY_PATTERN = /^[a-z][a-zA-Z0-9]{0,39}$/;
export const SERVICE_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,19}$/;

/** The checks the browser can make, as form errors by path; the server checks everything again. */
export function validateService(values: ServiceValues, t: Translate, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (path: string, v: string) => {
    if (!v.trim()) errors[path] = t('validation.required');
  };
  const wholeNumber = (path: string, v: number | string, min: number, max: number) => {
    const n = num(v);
    if (!(Number.isInteger(n) && n >= min && n <= max)) errors[path] = t('validation.range', { min, max });
  };
  const keys = (list: { key: string }[], prefix: string) => {
    const dupes = duplicateKeys(list.map((x) => ({ key: x.key.trim() })));
    list.forEach((x, i) => {
      const key = x.key.trim();
      if (!KEY_PATTERN.test(key)) errors[`${prefix}.${i}.key`] = t('validation.key');
      else if (dupes.includes(key)) errors[`${prefix}.${i}.key`] = t('validation.keyDuplicate');
    });
  };

  if (creating && !SERVICE_CODE_PATTERN.test(values.code.trim())) errors.code = t('validation.serviceCode');
  required('name', values.name);
  required('nameEn', values.nameEn);
  for (const path of ['name', 'nameEn'] as const) {
    if (values[path].trim().length === 1) errors[path] = t('validation.minChars', { min: 2 });
  }
  required('description', values.description);
  required('output', values.output);
  wholeNumber('sortOrder', values.sortOrder, 0, 1000);
  values.requirements.forEach((r, i) => required(`requirements.${i}`, r));
  keys(values.formFields, 'formFields');
  values.formFields.forEach((f, i) => {
    required(`formFields.${i}.label`, f.label);
    if (f.type === 'select' && !(f.options ?? []).some((o) => o.trim())) errors[`formFields.${i}.options`] = t('validation.options');
  });
  keys(values.requiredAttachments, 'requiredAttachments');
  values.requiredAttachments.forEach((a, i) => {
    required(`requiredAttachments.${i}.label`, a.label);
    if (a.types.length === 0) errors[`requiredAttachments.${i}.types`] = t('validation.types');
    wholeNumber(`requiredAttachments.${i}.maxMb`, a.maxMb, 1, 100);
  });
  values.standardDays.forEach((d, i) => wholeNumber(`standardDays.${i}`, d, 0, 365));
  return errors;
}
