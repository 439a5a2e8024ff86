import { validateFormValues, type FormErrorCode } from '../../../domain/catalogue/form.ts';
import type { FormField, RequestDetail, SessionUser } from '../../api/types.ts';
import type { DraftInput } from '../../api/requests.ts';
import type { MessageKey } from '../../i18n/index.tsx';

/** What the inputs hold: text for text, long text, dates ('YYYY-MM-DD') and choices; a number or '' for numbers; null for a cleared choice. */
export type FieldValue = string | number | null;

export interface IntakeValues {
  unitId: string | null;
  title: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** One entry per field of the service, so that the server's "formValues.<key>" errors find their input. */
  formValues: Record<string, FieldValue>;
}

/** The server's limits (src/server/modules/requests/requests.schema.ts). */
export const TITLE_MIN = 3;
export const TITLE_MAX = 500;
export const CONTACT_NAME_MAX = 200;
export const PHONE_PATTERN = /^[+0-9 ()-]{0,30}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function storedToInput(field: FormField, value: unknown): FieldValue {
  if (value === undefined || value === null) return '';
  if (field.type === 'number') return typeof value === 'number' ? value : String(value);
  return String(value);
}

/** A new request starts with the user's unit and the user as contact; a draft being edited starts from itself. */
export function initialIntake(fields: readonly FormField[], from: { user?: SessionUser | null; request?: RequestDetail }): IntakeValues {
  const { user, request } = from;
  return {
    unitId: request?.unitId ?? user?.unitId ?? null,
    title: request?.title ?? '',
    contactName: request ? request.contactName : (user?.name ?? ''),
    contactPhone: request?.contactPhone ?? '',
    contactEmail: request ? request.contactEmail : (user?.email ?? ''),
    formValues: Object.fromEntries(fields.map((f) => [f.key, storedToInput(f, request?.formValues[f.key])])),
  };
}

function inputToStored(field: FormField, value: FieldValue | undefined): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (!text) return undefined;
  if (field.type === 'number') {
    const n = Number(text.replace(',', '.'));
    return Number.isFinite(n) ? n : text;
  }
  return field.type === 'textarea' ? value.replace(/\s+$/, '') : text;
}

/** The form values as the API takes them: typed, empty ones left out. */
export function formValuesOut(fields: readonly FormField[], values: Record<string, FieldValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = inputToStored(field, values[field.key]);
    if (v !== undefined) out[field.key] = v;
  }
  return out;
}

export function draftInput(fields: readonly FormField[], values: IntakeValues): DraftInput {
  return {
    title: values.title.trim(),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    contactEmail: values.contactEmail.trim(),
    formValues: formValuesOut(fields, values.formValues),
  };
}

export const FORM_ERROR_KEYS: Record<FormErrorCode, MessageKey> = {
  required: 'validation.required',
  not_text: 'req.form.not_text',
  too_long: 'req.form.too_long',
  not_a_number: 'req.form.not_a_number',
  invalid_date: 'req.form.invalid_date',
  invalid_option: 'req.form.invalid_option',
  unknown_field: 'req.form.unknown_field',
};

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * The server's checks, made in the browser first: a draft (`mode: 'draft'`) may leave fields empty but must hold
 * valid values; `submit` also needs every required field and the contact person.
 */
export function validateIntake(fields: readonly FormField[], values: IntakeValues, mode: 'draft' | 'submit', needUnit = false): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (needUnit && !values.unitId) problems.unitId = { key: 'validation.required' };
  const title = values.title.trim();
  if (!title) problems.title = { key: 'validation.required' };
  else if (title.length < TITLE_MIN) problems.title = { key: 'validation.minChars', params: { min: TITLE_MIN } };
  else if (title.length > TITLE_MAX) problems.title = { key: 'req.form.maxChars', params: { max: TITLE_MAX } };
  const name = values.contactName.trim();
  if (name.length > CONTACT_NAME_MAX) problems.contactName = { key: 'req.form.maxChars', params: { max: CONTACT_NAME_MAX } };
  if (!PHONE_PATTERN.test(values.contactPhone.trim())) problems.contactPhone = { key: 'req.form.phone' };
  const email = values.contactEmail.trim();
  if (email && !EMAIL_PATTERN.test(email)) problems.contactEmail = { key: 'validation.email' };
  if (mode === 'submit') {
    for (const key of ['contactName', 'contactPhone', 'contactEmail'] as const) {
      if (!problems[key] && !values[key].trim()) problems[key] = { key: 'validation.required' };
    }
  }
  const result = validateFormValues(fields, formValuesOut(fields, values.formValues), mode);
  if (!result.ok) for (const e of result.errors) problems[`formValues.${e.key}`] = { key: FORM_ERROR_KEYS[e.code] };
  return problems;
}
