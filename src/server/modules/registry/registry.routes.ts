import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../http/errors.ts';
import { ZIdParams, pageOf } from '../../http/paging.ts';
import { authorize, requireActor } from '../../policy/guard.ts';
import type { RegistryService } from './registry.service.ts';
import {
  ZCodeParams, ZNewVersionResult, ZNumberQuery, ZPublicListItem, ZPublicOptions, ZPublicQuery, ZPublicSop, ZRatify, ZRegistryEntry, ZRevoke,
  ZVerifyResult,
} from './registry.schema.ts';

const attachment = (fileName: string) => `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The bureau's registry actions (`/api/registry`) and the public registry and verification (`/api/public/...`). */
export function registryRoutes(app: FastifyInstance, { registry }: { registry: RegistryService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];

  r.post('/api/registry', {
    schema: {
      tags,
      summary: 'Ratify a saved SOP version (administrators and the head of the bureau): freezes its PDF and supersedes the version in effect',
      body: ZRatify,
      response: { 201: ZRegistryEntry },
    },
  }, async (request, reply) => {
    const actor = authorize(request, 'registry.ratify')!;
    return reply.status(201).send(await registry.ratify(actor, request.body, request.ip));
  });

  r.get('/api/registry/:id', {
    schema: { tags, summary: 'One ratified version with what the caller may do with it (signed-in users)', params: ZIdParams, response: { 200: ZRegistryEntry } },
  }, async (request) => registry.get(requireActor(request), request.params.id));

  r.post('/api/registry/:id/new-version', {
    schema: {
      tags,
      summary: "Start the SOP's next draft from this version in effect (its unit or an administrator); refused while a draft is open",
      params: ZIdParams,
      response: { 201: ZNewVersionResult },
    },
  }, async (request, reply) => reply.status(201).send(await registry.newVersion(requireActor(request), request.params.id, request.ip)));

  r.post('/api/registry/:id/revoke', {
    schema: { tags, summary: 'Revoke the version in effect, with a reason (administrators and the head of the bureau)', params: ZIdParams, body: ZRevoke, response: { 200: ZRegistryEntry } },
  }, async (request) => {
    const actor = authorize(request, 'registry.revoke')!;
    return registry.revoke(actor, request.params.id, request.body.reason, request.ip);
  });

  // ---------------------------------------------------------------- public, no sign-in

  r.get('/api/public/sops', {
    schema: {
      tags,
      summary: 'The public registry: ratified SOPs in effect (or superseded/revoked on request), searched in Indonesian, typo-tolerant',
      querystring: ZPublicQuery,
      response: { 200: pageOf(ZPublicListItem) },
    },
  }, async (request) => registry.list(request.query));

  r.get('/api/public/sops/options', {
    schema: { tags, summary: 'Units and years present in the registry, for the filters', response: { 200: ZPublicOptions } },
  }, async () => registry.options());

  r.get('/api/public/sops/:id', {
    schema: { tags, summary: "One SOP of the registry (by SOP id): its current version's identity and flowchart, downloads, versions and related SOPs", params: ZIdParams, response: { 200: ZPublicSop } },
  }, async (request) => registry.publicSop(request.params.id));

  r.get('/api/public/registry/:id/download.pdf', {
    schema: { tags, summary: 'The frozen PDF of a ratified version, byte for byte as stored at ratification', params: ZIdParams },
  }, async (request, reply) => {
    const file = await registry.pdf(request.params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-length', String(file.size))
      .header('content-disposition', attachment(file.fileName))
      .header('x-content-sha256', file.sha256)
      .header('cache-control', 'public, max-age=300')
      .send(file.stream);
  });

  for (const format of ['docx', 'xlsx'] as const) {
    r.get(`/api/public/registry/:id/download.${format}`, {
      schema: { tags, summary: `That exact ratified version as ${format === 'docx' ? 'a Word document' : 'a spreadsheet'}`, params: ZIdParams },
    }, async (request, reply) => {
      const file = await registry.document(request.params.id, format);
      return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.fileName)).header('cache-control', 'public, max-age=300').send(file.body);
    });
  }

  r.get('/api/public/verify/:code', {
    schema: { tags, summary: "Check a printed SOP by its verification code (the QR code's address)", params: ZCodeParams, response: { 200: ZVerifyResult } },
  }, async (request) => registry.verifyCode(request.params.code));

  r.get('/api/public/verify', {
    schema: { tags, summary: 'Check an SOP by its number', querystring: ZNumberQuery, response: { 200: ZVerifyResult } },
  }, async (request) => registry.verifyNumber(request.query.number));

  r.post('/api/public/verify', {
    schema: {
      tags,
      summary: "Check a PDF file (multipart field 'file'): valid only if it is byte for byte a frozen PDF of the registry",
      consumes: ['multipart/form-data'],
      response: { 200: ZVerifyResult },
    },
  }, async (request) => {
    if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'not_multipart');
    return registry.verifyFile(await request.file());
  });
}
