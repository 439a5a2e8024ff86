import { z } from 'zod';
import { ZCalendarDate } from '../workflow/clock.ts';
import type { FormField } from './service.ts';

/**
 * The intake form of a service as a zod schema, built from the catalogue's field definitions, so the server and the
 * browser validate alike. A draft may leave anything empty; a submission needs every required field.
 */
export type FormMode = 'draft' | 'submit';

export const FORM_ERROR_CODES = ['required', 'not_text', 'too_long', 'not_a_number', 'invalid_date', 'invalid_option', 'unknown_field'] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

export const MAX_TEXT = 500;
export const MAX_TEXTAREA = 5000;

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function valueSchema(field: FormField): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return z.string({ error: 'not_text' }).trim().max(field.type === 'text' ? MAX_TEXT : MAX_TEXTAREA, { error: 'too_long' });
    case 'number':
      return z.number({ error: 'not_a_number' }).finite({ error: 'not_a_number' });
    case 'date':
      return z.string({ error: 'invalid_date' }).refine((s) => ZCalendarDate.safeParse(s).success, { error: 'invalid_date' });
    case 'select':
      return z.enum(field.options as [string, ...string[]], { error: 'invalid_option' });
  }
}

export function formValuesSchema(fields: readonly FormField[], mode: FormMode) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = valueSchema(field);
    const needed = mode === 'submit' && field.required;
    shape[field.key] = z.preprocess((v) => (empty(v) ? undefined : v), needed ? value : value.optional());
  }
  return z.strictObject(shape, { error: 'unknown_field' });
}

export interface FormError {
  key: string;
  code: FormErrorCode;
}

export type FormResult = { ok: true; values: Record<string, unknown> } | { ok: false; errors: FormError[] };

const isCode = (m: string): m is FormErrorCode => (FORM_ERROR_CODES as readonly string[]).includes(m);

/** Checks `values` against the form; empty values are dropped from the result. */
export function validateFormValues(fields: readonly FormField[], values: unknown, mode: FormMode): FormResult {
  const parsed = formValuesSchema(fields, mode).safeParse(values ?? {});
  if (parsed.success) {
    const clean = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    return { ok: true, values: clean };
  }
  const given = (typeof values === 'object' && values !== null ? values : {}) as Record<string, unknown>;
  const errors: FormError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ key, code: 'unknown_field' });
      continue;
    }
    const key = String(issue.path[0] ?? '');
    const code: FormErrorCode = empty(given[key]) ? 'required' : isCode(issue.message) ? issue.message : 'required';
    if (!errors.some((e) => e.key === key)) errors.push({ key, code });
  }
  return { ok: false, errors };
}
