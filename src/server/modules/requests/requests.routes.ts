import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize, requireActor } from '../../policy/guard.ts';
import { ZIdParams, pageOf } from '../../http/paging.ts';
import type { WorkflowAction } from '../../../domain/workflow/transitions.ts';
import type { RequestsService } from './requests.service.ts';
import { AppError } from '../../http/errors.ts';
import { COMMENT_FORM_LIMITS, type CommentFilesService } from './comment-files.ts';
import { sendStoredFile } from '../../http/files.ts';
import {
  ZActionBody, ZActionParams, ZComment, ZCommentFileParams, ZCommentList, ZCreateComment, ZCreateRequest, ZRequest, ZRequestQuery, ZRequestSummary, ZTimeline, ZUpdateRequest,
} from './requests.schema.ts';

export function requestsRoutes(app: FastifyInstance, { requests, commentFiles }: { requests: RequestsService; commentFiles: CommentFilesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];

  r.get('/api/requests', {
    schema: { tags, summary: "Facilitation requests: the own unit's, or all for the bureau (signed in)", querystring: ZRequestQuery, response: { 200: pageOf(ZRequestSummary) } },
  }, async (request) => requests.list(authorize(request, 'request.list')!, request.query));

  r.get('/api/requests/:id', {
    schema: { tags, summary: 'One request with its documents, service-standard clock and the actions the caller may take', params: ZIdParams, response: { 200: ZRequest } },
  }, async (request) => requests.get(requireActor(request), request.params.id));

  r.post('/api/requests', {
    schema: { tags, summary: 'Register a draft request (pemrakarsa / pimpinan unit for their unit; administrators for any unit)', body: ZCreateRequest, response: { 201: ZRequest } },
  }, async (request, reply) => reply.status(201).send(await requests.create(requireActor(request), request.body, request.ip)));

  r.patch('/api/requests/:id', {
    schema: { tags, summary: 'Edit a draft; send the version you read', params: ZIdParams, body: ZUpdateRequest, response: { 200: ZRequest } },
  }, async (request) => requests.update(requireActor(request), request.params.id, request.body, request.ip));

  r.post('/api/requests/:id/actions/:action', {
    schema: {
      tags,
      summary: 'Take a workflow action (submit, endorse, verify_completeness, assign, approve_plan, advance, request_revision, answer_revision, hold, resume, withdraw, reject, assign_number, approve_output); send the version you read',
      params: ZActionParams,
      body: ZActionBody,
      response: { 200: ZRequest },
    },
  }, async (request) => requests.act(requireActor(request), request.params.id, request.params.action as WorkflowAction, request.body, request.ip));

  r.get('/api/requests/:id/comments', {
    schema: { tags, summary: 'The discussion between the unit and the bureau', params: ZIdParams, response: { 200: ZCommentList } },
  }, async (request) => requests.comments(requireActor(request), request.params.id));

  r.post('/api/requests/:id/comments', {
    schema: {
      tags,
      summary: "Add a note to the discussion: JSON { body }, or multipart/form-data with the text in 'body' and up to 5 'file' parts (pdf, doc, docx, xls, xlsx, odt, ods, png, jpg)",
      consumes: ['application/json', 'multipart/form-data'],
      params: ZIdParams,
      // Absent for multipart, whose fields are read as they stream in.
      body: ZCreateComment.nullish(),
      response: { 201: ZComment },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    if (request.isMultipart()) {
      return reply.status(201).send(await commentFiles.post(actor, request.params.id, request.parts({ limits: COMMENT_FORM_LIMITS }), request.ip));
    }
    if (!request.body) throw new AppError(400, 'VALIDATION', 'validation', {}, [{ path: 'body', messageKey: 'required' }]);
    return reply.status(201).send(await requests.comment(actor, request.params.id, request.body.body, request.ip, [], request.body.sopStepId));
  });

  r.get('/api/requests/:id/comment-files/:fileId', {
    schema: { tags, summary: "Download a file attached to a note (for whoever may read the request's discussion)", params: ZCommentFileParams },
  }, async (request, reply) => {
    const { file, stream } = await commentFiles.open(requireActor(request), request.params.id, request.params.fileId);
    return sendStoredFile(reply, file, stream);
  });

  r.get('/api/requests/:id/timeline', {
    schema: { tags, summary: 'Everything that happened to the request: moves, notes and document versions, oldest first', params: ZIdParams, response: { 200: ZTimeline } },
  }, async (request) => requests.timeline(requireActor(request), request.params.id));
}
