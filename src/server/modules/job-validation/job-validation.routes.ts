import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../policy/guard.ts';
import { languageOf } from '../../http/language.ts';
import { ZIdParams } from '../../http/paging.ts';
import type { JobValidationService } from './job-validation.service.ts';
import { AppError } from '../../http/errors.ts';
import { ZEvjabDecision, ZEvjabEventParams, ZEvjabMoveNote, ZEvjabValidation } from './job-validation.schema.ts';
import { sendStoredFile } from '../../http/files.ts';

const RULES = 'Evjab only (409 JOB_VALIDATION_NOT_EVJAB). Another unit\'s document answers 404 like a missing one; a move the caller\'s role may not make '
  + 'answers 403; a move the status does not allow answers 409 JOB_VALIDATION_STATE. Answers the validation with its history.';

export function jobValidationRoutes(app: FastifyInstance, { jobValidation }: { jobValidation: JobValidationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['job-documents'];

  r.get('/api/job-documents/:id/validation', {
    schema: {
      tags,
      summary: 'An Evjab\'s validation status (draf, diajukan, divalidasi, dikembalikan), the moves the caller may make and every status change',
      description: RULES,
      params: ZIdParams,
      response: { 200: ZEvjabValidation },
    },
  }, async (request) => jobValidation.get(requireActor(request), request.params.id));

  r.post('/api/job-documents/:id/validation/submit', {
    schema: {
      tags,
      summary: 'Submit the Evjab for validation (its unit\'s pemrakarsa or pimpinan, or an administrator): draf or dikembalikan → diajukan',
      description: `${RULES} The Evjab must have a class (every factor with a valid level): 409 JOB_VALIDATION_INCOMPLETE otherwise. While submitted the content is read-only.`,
      params: ZIdParams,
      body: ZEvjabMoveNote,
      response: { 200: ZEvjabValidation },
    },
  }, async (request) => jobValidation.submit(requireActor(request), request.params.id, request.body.notes, languageOf(request), request.ip));

  r.post('/api/job-documents/:id/validation/decision', {
    schema: {
      tags,
      summary: 'The bureau\'s decision on a submitted Evjab: divalidasi (team, date, berita acara number) or dikembalikan (notes)',
      description: `${RULES} Only the bureau (verifikator, kepala biro, administrator) decides. A validated Evjab is read-only until its unit reopens it.`,
      params: ZIdParams,
      body: ZEvjabDecision,
      response: { 200: ZEvjabValidation },
    },
  }, async (request) => jobValidation.decide(requireActor(request), request.params.id, request.body, languageOf(request), request.ip));

  r.post('/api/job-documents/:id/validation/reopen', {
    schema: {
      tags,
      summary: 'Open a new version of a validated Evjab (its unit): divalidasi → draf; the validation stays in the history',
      description: `${RULES} 409 JOB_DOCUMENT_EXISTS when another open Evjab of the position exists.`,
      params: ZIdParams,
      body: ZEvjabMoveNote,
      response: { 200: ZEvjabValidation },
    },
  }, async (request) => jobValidation.reopen(requireActor(request), request.params.id, request.body.notes, languageOf(request), request.ip));

  r.post('/api/job-documents/:id/validation/minutes', {
    schema: {
      tags,
      summary: 'Upload the signed berita acara of the standing validation (one PDF, JPG or PNG file of at most 10 MB in the multipart field \'file\'); a new upload replaces it',
      description: `${RULES} Only the bureau, and only while the Evjab is validated (409 JOB_VALIDATION_STATE otherwise).`,
      consumes: ['multipart/form-data'],
      params: ZIdParams,
      response: { 200: ZEvjabValidation },
    },
  }, async (request) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'not_multipart');
    return jobValidation.uploadMinutes(actor, request.params.id, () => request.file(), request.ip);
  });

  r.get('/api/job-documents/:id/validation/events/:eventId/minutes', {
    schema: { tags, summary: 'Download the signed berita acara of one validation (same read rule as the document)', params: ZEvjabEventParams },
  }, async (request, reply) => {
    const { file, stream } = await jobValidation.openMinutes(requireActor(request), request.params.id, request.params.eventId);
    return sendStoredFile(reply, file, stream);
  });
}
