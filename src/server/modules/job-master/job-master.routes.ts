import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import type { JobMasterService } from './job-master.service.ts';
import {
  ZFactorSetParams, ZJobMaster, ZPutClasses, ZPutCompetencies, ZPutEjBands, ZPutFactors, ZPutReferences, ZPutRequiredLevels, ZPutRounding, ZPutWorkingTime,
  ZReferenceListParams, ZYearParams, ZYearQuery,
} from './job-master.schema.ts';

const EDIT_NOTE = 'Administrator only. Send the year\'s `version` you read: 409 VERSION_CONFLICT with `current` when the year changed since. '
  + 'Documents computed with this year follow the change; to change the numbers without touching earlier results, copy the year first.';

export function jobMasterRoutes(app: FastifyInstance, { jobMaster }: { jobMaster: JobMasterService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['job-master'];

  r.get('/api/job-master', {
    schema: {
      tags,
      summary: 'Master data of the job instruments for one year of validity (signed in)',
      description: 'Effective working time (minutes per hari/minggu/bulan/tahun), rounding mode, EJ bands, Evjab factors and levels of both sets, '
        + 'the class table and the competency dictionary. Every row carries its legal `source` and an `unconfirmed` flag ([U] in regulations.md): '
        + 'show both beside the numbers. Without `year`: the latest year not after the current one. `years` lists every year there is; '
        + '`actions` is ["update","copy"] for administrators.',
      querystring: ZYearQuery,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.get(authorize(request, 'jobMaster.read'), request.query.year));

  r.put('/api/job-master/:year/working-time', {
    schema: {
      tags,
      summary: 'Set the effective working time (WKE) of a year: minutes per hari, minggu, bulan and tahun, with its source',
      description: `${EDIT_NOTE} A longer period may not have fewer minutes than a shorter one.`,
      params: ZYearParams,
      body: ZPutWorkingTime,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateWorkingTime(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.put('/api/job-master/:year/rounding', {
    schema: { tags, summary: 'Set how a position\'s staff need is rounded (HALF_UP or CEIL) in a year', description: EDIT_NOTE, params: ZYearParams, body: ZPutRounding, response: { 200: ZJobMaster } },
  }, async (request) => jobMaster.updateRounding(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.put('/api/job-master/:year/ej-bands', {
    schema: {
      tags,
      summary: 'Replace the EJ bands of a year',
      description: `${EDIT_NOTE} Bands from the highest to the lowest, each starting strictly below the previous (no overlap); the last starts at 0 inclusive.`,
      params: ZYearParams,
      body: ZPutEjBands,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateEjBands(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.put('/api/job-master/:year/factors/:set', {
    schema: {
      tags,
      summary: 'Replace the Evjab factors and levels of one set (fungsional_pelaksana or struktural) in a year',
      description: `${EDIT_NOTE} Factor codes unique; levels numbered 1, 2, 3 … with points rising.`,
      params: ZFactorSetParams,
      body: ZPutFactors,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateFactors(authorize(request, 'jobMaster.update')!, request.params.year, request.params.set, request.body, request.ip));

  r.put('/api/job-master/:year/classes', {
    schema: {
      tags,
      summary: 'Replace the points → class (kelas jabatan) table of a year',
      description: `${EDIT_NOTE} Classes 1, 2, 3 … without gaps, each with the lowest total that reaches it, rising; each class runs up to the next one's start.`,
      params: ZYearParams,
      body: ZPutClasses,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateClasses(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.put('/api/job-master/:year/competencies', {
    schema: {
      tags,
      summary: 'Replace the competency dictionary (manajerial, sosial kultural; levels 1–5) of a year',
      description: `${EDIT_NOTE} Codes unique; every competency has exactly the levels 1–5 in order.`,
      params: ZYearParams,
      body: ZPutCompetencies,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateCompetencies(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.put('/api/job-master/:year/references/:list', {
    schema: {
      tags,
      summary: 'Replace one Anjab pick list of a year (bakat_kerja, temperamen, minat, upaya_fisik, fungsi_data, fungsi_orang, fungsi_benda)',
      description: `${EDIT_NOTE} Codes unique within the list; the order sent is the order shown. An Anjab stores the item's code: `
        + 'removing an item leaves the code in existing Anjabs, shown as free text.',
      params: ZReferenceListParams,
      body: ZPutReferences,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateReferences(authorize(request, 'jobMaster.update')!, request.params.year, request.params.list, request.body, request.ip));

  r.put('/api/job-master/:year/required-levels', {
    schema: {
      tags,
      summary: 'Replace the required competency level table of a year (level per jenjang and dictionary competency; regulations.md §4.3, unconfirmed)',
      description: `${EDIT_NOTE} One row per jenjang and competency (400 job_duplicate_code); the competency must be in the year's dictionary `
        + '(400 JOB_COMPETENCY_UNKNOWN on levels.N.code). New SKJs start from this table; an SKJ may differ with a justification.',
      params: ZYearParams,
      body: ZPutRequiredLevels,
      response: { 200: ZJobMaster },
    },
  }, async (request) => jobMaster.updateRequiredLevels(authorize(request, 'jobMaster.update')!, request.params.year, request.body, request.ip));

  r.post('/api/job-master/:year/copy', {
    schema: {
      tags,
      summary: 'Create year N+1 as a copy of year N (administrator), answering the new year',
      description: 'A new year can then change, e.g., the WKE while documents computed with year N keep their results. 409 JOB_MASTER_YEAR_EXISTS when N+1 exists.',
      params: ZYearParams,
      response: { 201: ZJobMaster },
    },
  }, async (request, reply) => reply.status(201).send(await jobMaster.copy(authorize(request, 'jobMaster.update')!, request.params.year, request.ip)));
}
