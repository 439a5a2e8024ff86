import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize, requireActor } from '../../policy/guard.ts';
import { languageOf } from '../../http/language.ts';
import { ZIdParams, ZPageQuery, pageOf } from '../../http/paging.ts';
import type { JobDocumentsService } from './job-documents.service.ts';
import {
  ZCreateJobDocument, ZJobDocument, ZJobDocumentQuery, ZJobDocumentSummary, ZJobVersion, ZJobVersionParams, ZJobVersionSummary, ZPetaJabatan,
  ZSaveJobDocument, ZUnitAbk, ZUnitParams,
} from './job-documents.schema.ts';

/** An Anjab of 100 tasks with long texts is larger than the default body limit. */
const CONTENT_BODY_LIMIT = 4 * 1024 * 1024;

const READ_RULE = 'Readable by the bureau and by the pemrakarsa/pimpinan of the position\'s unit; another unit\'s document answers 404 like a missing one.';

export function jobDocumentsRoutes(app: FastifyInstance, { jobDocuments }: { jobDocuments: JobDocumentsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['job-documents'];

  r.get('/api/job-documents', {
    schema: {
      tags,
      summary: "Job documents (Anjab, Evjab, SKJ) of the caller's unit (the bureau: every unit's), newest first",
      description: 'Filter by unitId (403 for another unit unless bureau), positionId and kind. `actions` is ["create"] where the caller may create for the unit.',
      querystring: ZJobDocumentQuery,
      response: { 200: pageOf(ZJobDocumentSummary) },
    },
  }, async (request) => jobDocuments.list(authorize(request, 'jobDocument.list')!, request.query));

  r.post('/api/job-documents', {
    schema: {
      tags,
      summary: 'Create the draft Anjab, Evjab or SKJ of a position (its unit\'s pemrakarsa or pimpinan, or an administrator)',
      description: 'Version 1 is empty but for the position\'s identity (an Evjab gets the factor set of the position\'s kind) and computes with the '
        + 'latest master-data year not after today. One open draft per position and kind: 409 JOB_DOCUMENT_EXISTS with `current.id` of the existing one. '
        + '400 POSITION_UNKNOWN / POSITION_INACTIVE on `positionId`; 403 for another unit. ABK is not a document: it is computed from the Anjab.',
      body: ZCreateJobDocument,
      response: { 201: ZJobDocument },
    },
  }, async (request, reply) => reply.status(201).send(await jobDocuments.create(requireActor(request), request.body, languageOf(request), request.ip)));

  r.get('/api/job-documents/:id', {
    schema: {
      tags,
      summary: 'The latest version with what it computes to: `abk` (Anjab), `evaluation` with total and class (Evjab), `skj` with dictionary descriptions (SKJ)',
      description: `${READ_RULE} Computed with the master data of the document's \`masterYear\`, so a later year's changes leave it as it was.`,
      params: ZIdParams,
      response: { 200: ZJobDocument },
    },
  }, async (request) => jobDocuments.get(requireActor(request), request.params.id, languageOf(request)));

  r.put('/api/job-documents/:id/content', {
    bodyLimit: CONTENT_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Save the content as a new version (autosave); send the version the edits were made on (409 VERSION_CONFLICT when someone saved since)',
      description: 'The content\'s `kind` must be the document\'s (400 JOB_KIND_MISMATCH on content.kind). Optional `masterYear` moves the document to another '
        + 'year of master data from this version on (400 JOB_MASTER_YEAR_UNKNOWN if it does not exist). Unchanged saves and retries of the same save answer '
        + 'the document without a new version. The position in the content is always the document\'s own.',
      params: ZIdParams,
      body: ZSaveJobDocument,
      response: { 200: ZJobDocument },
    },
  }, async (request) => jobDocuments.save(requireActor(request), request.params.id, request.body, languageOf(request), request.ip));

  r.get('/api/job-documents/:id/versions', {
    schema: { tags, summary: 'Saved versions with the master-data year of each, newest first', description: READ_RULE, params: ZIdParams, querystring: ZPageQuery.omit({ q: true }), response: { 200: pageOf(ZJobVersionSummary) } },
  }, async (request) => jobDocuments.versions(requireActor(request), request.params.id, request.query));

  r.get('/api/job-documents/:id/versions/:n', {
    schema: { tags, summary: 'One saved version with what it computes to (with its own master-data year)', description: READ_RULE, params: ZJobVersionParams, response: { 200: ZJobVersion } },
  }, async (request) => jobDocuments.version(requireActor(request), request.params.id, request.params.n, languageOf(request)));

  r.get('/api/job-documents/units/:unitId/abk', {
    schema: {
      tags,
      summary: "A unit's ABK summary (form C/D): every active position with workload, staff needed unrounded and rounded, present, difference, EJ and band",
      description: 'From each position\'s newest Anjab, with that Anjab\'s master-data year; positions without an Anjab have nulls. Totals over the positions '
        + 'with an Anjab. The bureau reads every unit, a pemrakarsa/pimpinan their own (403 otherwise); 404 for an unknown unit.',
      params: ZUnitParams,
      response: { 200: ZUnitAbk },
    },
  }, async (request) => jobDocuments.unitAbk(requireActor(request), request.params.unitId));

  r.get('/api/job-documents/units/:unitId/peta-jabatan', {
    schema: {
      tags,
      summary: "A unit's peta jabatan: the unit and its active sub-units (depth-first, each naming its parent) with their positions, class, need and present staff",
      description: 'Class and points from each position\'s newest Evjab (null while incomplete), need and present staff from its newest Anjab. Positions are '
        + 'listed struktural first, then fungsional and pelaksana. Same access as the ABK summary.',
      params: ZUnitParams,
      response: { 200: ZPetaJabatan },
    },
  }, async (request) => jobDocuments.petaJabatan(requireActor(request), request.params.unitId, languageOf(request)));
}
