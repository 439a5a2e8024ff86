import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize, requireActor } from '../../policy/guard.ts';
import { languageOf } from '../../http/language.ts';
import { ZIdParams, ZPageQuery, pageOf } from '../../http/paging.ts';
import type { SopsService } from './sops.service.ts';
import {
  ZCheckResult, ZCheckSop, ZCreateSop, ZDiffQuery, ZSaveSopContent, ZSop, ZSopDiff, ZSopQuery, ZSopSummary, ZSopVersion,
  ZSopVersionParams, ZSopVersionSummary,
} from './sops.schema.ts';

/** A 300-step SOP with long texts is larger than the default body limit. */
const CONTENT_BODY_LIMIT = 4 * 1024 * 1024;

export function sopsRoutes(app: FastifyInstance, { sops }: { sops: SopsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sops'];

  r.get('/api/sops', {
    schema: { tags, summary: "SOPs of the caller's unit (the bureau: every unit's), newest first", querystring: ZSopQuery, response: { 200: pageOf(ZSopSummary) } },
  }, async (request) => sops.list(authorize(request, 'sop.list')!, request.query));

  r.post('/api/sops', {
    schema: { tags, summary: 'Create an SOP draft for a unit (its pemrakarsa or pimpinan, or an administrator)', body: ZCreateSop, response: { 201: ZSop } },
  }, async (request, reply) => {
    const actor = authorize(request, 'sop.create', { unitId: request.body.unitId })!;
    return reply.status(201).send(await sops.create(actor, request.body, languageOf(request), request.ip));
  });

  r.get('/api/sops/:id', {
    schema: { tags, summary: 'The latest version with the checker problems and the main path time', params: ZIdParams, response: { 200: ZSop } },
  }, async (request) => sops.get(requireActor(request), request.params.id, languageOf(request)));

  r.put('/api/sops/:id/content', {
    bodyLimit: CONTENT_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Save the content as a new version; send the version the edits were made on (409 when someone saved since)',
      params: ZIdParams,
      body: ZSaveSopContent,
      response: { 200: ZSop },
    },
  }, async (request) => sops.save(requireActor(request), request.params.id, request.body, languageOf(request), request.ip));

  r.post('/api/sops/:id/check', {
    bodyLimit: CONTENT_BODY_LIMIT,
    schema: { tags, summary: 'Check content without saving it', params: ZIdParams, body: ZCheckSop, response: { 200: ZCheckResult } },
  }, async (request) => sops.check(requireActor(request), request.params.id, request.body.content, languageOf(request)));

  r.get('/api/sops/:id/versions', {
    schema: { tags, summary: 'Saved versions, newest first', params: ZIdParams, querystring: ZPageQuery.omit({ q: true }), response: { 200: pageOf(ZSopVersionSummary) } },
  }, async (request) => sops.versions(requireActor(request), request.params.id, request.query));

  r.get('/api/sops/:id/versions/:n', {
    schema: { tags, summary: 'One saved version with its checker problems', params: ZSopVersionParams, response: { 200: ZSopVersion } },
  }, async (request) => sops.version(requireActor(request), request.params.id, request.params.n, languageOf(request)));

  r.get('/api/sops/:id/diff', {
    schema: { tags, summary: 'Steps added, removed, changed and moved between two versions', params: ZIdParams, querystring: ZDiffQuery, response: { 200: ZSopDiff } },
  }, async (request) => sops.diff(requireActor(request), request.params.id, request.query.from, request.query.to));
}
