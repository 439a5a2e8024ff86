import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { languageOf, type Language } from './language.ts';
import { isMessageKey, t, type MessageKey } from './messages.ts';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error shape of the API. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** A failure the caller can act on: a status, a stable code, and a message key translated per request. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: { path: string; messageKey: MessageKey; params?: Record<string, string | number> }[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(messageKey);
  }
}

export const notFound = () => new AppError(404, 'NOT_FOUND', 'not_found');
export const forbidden = () => new AppError(403, 'FORBIDDEN', 'forbidden');
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', 'unauthenticated');
export const versionConflict = (current: unknown) =>
  new AppError(409, 'VERSION_CONFLICT', 'conflict_version', {}, [], { current });
/** A 400 or 409 that names the field at fault. */
export const fieldError = (status: number, code: string, path: string, key: MessageKey, params: Record<string, string | number> = {}) =>
  new AppError(status, code, key, params, [{ path, messageKey: key, params }]);

const zodLocales = { id: z.locales.id().localeError, en: z.locales.en().localeError };

/** The common checks in plain words; anything rarer falls back to zod's locale. */
function ownPhrasing(issue: $ZodIssue): { key: MessageKey; params?: Record<string, string | number> } | null {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return { key: 'required' };
      if (issue.expected === 'int' && typeof input === 'number') return { key: 'field_whole_number' };
      if (issue.expected === 'number' || issue.expected === 'int') return { key: 'field_number' };
      if (issue.expected === 'string') return { key: 'field_text' };
      if (issue.expected === 'boolean') return { key: 'field_yes_no' };
      return null;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'required' } : { key: 'field_text_min', params: { min } };
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'field_number_min', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'field_list_min', params: { min } };
      return null;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'field_text_max', params: { max } };
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'field_number_max', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'field_list_max', params: { max } };
      return null;
    }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email_invalid' };
      if (issue.format === 'uuid' || issue.format === 'guid') return { key: 'field_id' };
      if (issue.format === 'date' || issue.format === 'datetime') return { key: 'field_date' };
      return null;
    case 'invalid_value':
      return issue.values.length <= 12 ? { key: 'field_choice', params: { options: issue.values.map(String).join(', ') } } : null;
    case 'unrecognized_keys':
      return { key: 'field_unknown' };
    default:
      return null;
  }
}

/** Our own messages travel through zod as message keys; everything else is phrased by zod's locale. */
export function localiseIssue(issue: $ZodIssue, lang: Language): string {
  if (isMessageKey(issue.message)) {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.min = Number(issue.minimum);
    if ('maximum' in issue) params.max = Number(issue.maximum);
    return t(lang, issue.message, params);
  }
  const own = ownPhrasing(issue);
  if (own) return t(lang, own.key, own.params);
  const phrased = zodLocales[lang](issue as never);
  const text = typeof phrased === 'string' ? phrased : phrased?.message;
  return text ?? issue.message;
}

const ISSUES = Symbol('zodIssues');
type ValidationFailure = Error & { [ISSUES]: $ZodIssue[]; validationContext?: string };

/** Like the type provider's compiler, but keeps zod's issues (with input) so the handler can phrase them per language. */
export const validatorCompiler = ({ schema }: { schema: z.ZodType }) => (data: unknown) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  const err = new Error('validation') as ValidationFailure;
  err[ISSUES] = result.error.issues as $ZodIssue[];
  return { error: err };
};

function send(reply: FastifyReply, status: number, code: string, message: string, fields?: FieldError[], extra = {}) {
  return reply.status(status).send({ error: { code, message, ...(fields?.length ? { fields } : {}) }, ...extra });
}

export function installErrorHandling(app: FastifyInstance) {
  app.setSchemaErrorFormatter((errors, dataVar) => {
    const failure = errors[0] as unknown as ValidationFailure;
    const err = new Error('validation') as ValidationFailure & { statusCode: number };
    err[ISSUES] = failure?.[ISSUES] ?? [];
    err.validationContext = dataVar;
    err.statusCode = 400;
    return err;
  });

  app.setErrorHandler((error: FastifyError & Partial<ValidationFailure>, request: FastifyRequest, reply) => {
    const lang = languageOf(request);
    if (error instanceof AppError) {
      const fields = error.fieldErrors.map((f) => ({ path: f.path, message: t(lang, f.messageKey, f.params) }));
      return send(reply, error.statusCode, error.code, t(lang, error.messageKey, error.params), fields, error.extra);
    }
    const issues = error[ISSUES];
    if (issues) {
      const prefix = error.validationContext && error.validationContext !== 'body' ? `${error.validationContext}.` : '';
      const fields = issues.map((i) => ({ path: prefix + (i.path.join('.') || '(root)'), message: localiseIssue(i, lang) }));
      return send(reply, 400, 'VALIDATION', t(lang, 'validation'), fields);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, 400, 'MALFORMED_JSON', t(lang, 'malformed_json'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, 'BODY_TOO_LARGE', t(lang, 'body_too_large'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', t(lang, 'unsupported_media'));
      case 'FST_CSRF_INVALID_TOKEN':
      case 'FST_CSRF_MISSING_SECRET':
        return send(reply, 403, 'CSRF', t(lang, 'csrf'));
    }
    if (error.statusCode === 429) return send(reply, 429, 'RATE_LIMITED', t(lang, 'rate_limited'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, 'BAD_REQUEST', t(lang, 'validation'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', t(lang, 'internal'));
  });

  app.setNotFoundHandler((request, reply) => send(reply, 404, 'ROUTE_NOT_FOUND', t(languageOf(request), 'route_not_found')));
}
