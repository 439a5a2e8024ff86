import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams } from '../../http/paging.ts';
import { authorize, requireActor } from '../../policy/guard.ts';
import type { MonevService } from './monev.service.ts';
import {
  ZAssessment, ZCriterion, ZOpenOptions, ZOpenRound, ZRemindResult, ZRevisionResult, ZRound, ZRoundDetail, ZRoundUnitParams, ZRoundsQuery, ZSaveAssessment, ZSheet,
  ZUpdateRound, ZVersionBody,
} from './monev.schema.ts';

/** Monitoring and evaluation of effective SOPs (`/api/monev`): rounds, each unit's Table 7 and criteria, reminders, revision requests. */
export function monevRoutes(app: FastifyInstance, { monev }: { monev: MonevService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monev'];

  r.get('/api/monev/criteria', {
    schema: { tags, summary: 'The yes/no evaluation criteria (data; the unconfirmed ones are marked)', response: { 200: z.array(ZCriterion) } },
  }, async (request) => {
    requireActor(request);
    return monev.criteria();
  });

  r.get('/api/monev/open-options', {
    schema: { tags, summary: 'Defaults for opening a round: the current half-year and the units with their SOPs in effect (administrators, head of the bureau)', response: { 200: ZOpenOptions } },
  }, async (request) => {
    authorize(request, 'monev.manage');
    return monev.openOptions();
  });

  r.get('/api/monev/rounds', {
    schema: { tags, summary: "Monitoring rounds, newest first: all for the bureau, a unit's own for its users", querystring: ZRoundsQuery, response: { 200: z.array(ZRound) } },
  }, async (request) => monev.list(requireActor(request), request.query));

  r.post('/api/monev/rounds', {
    schema: { tags, summary: 'Open a round for a period, units and deadline: one Table 7 row per SOP in effect of each unit', body: ZOpenRound, response: { 201: ZRoundDetail } },
  }, async (request, reply) => {
    const actor = authorize(request, 'monev.manage')!;
    return reply.status(201).send(await monev.open(actor, request.body, request.ip));
  });

  r.get('/api/monev/rounds/:id', {
    schema: { tags, summary: "A round with each unit's progress (the bureau) or the caller's own unit", params: ZIdParams, response: { 200: ZRoundDetail } },
  }, async (request) => monev.detail(requireActor(request), request.params.id));

  r.patch('/api/monev/rounds/:id', {
    schema: { tags, summary: "Change a round's title, deadline or reminder days", params: ZIdParams, body: ZUpdateRound, response: { 200: ZRoundDetail } },
  }, async (request) => monev.update(authorize(request, 'monev.manage')!, request.params.id, request.body, request.ip));

  r.post('/api/monev/rounds/:id/close', {
    schema: { tags, summary: 'Close a round', params: ZIdParams, body: ZVersionBody, response: { 200: ZRoundDetail } },
  }, async (request) => monev.close(authorize(request, 'monev.manage')!, request.params.id, request.body.version, request.ip));

  r.post('/api/monev/rounds/:id/remind', {
    schema: { tags, summary: 'Send a reminder now to every unit that has not submitted (once per unit and day)', params: ZIdParams, response: { 200: ZRemindResult } },
  }, async (request) => monev.remind(authorize(request, 'monev.manage')!, request.params.id, undefined, request.ip));

  r.get('/api/monev/rounds/:id/units/:unitId', {
    schema: { tags, summary: "One unit's Table 7 and evaluation in a round (the unit's users and the bureau)", params: ZRoundUnitParams, response: { 200: ZSheet } },
  }, async (request) => monev.sheet(requireActor(request), request.params.id, request.params.unitId));

  r.post('/api/monev/rounds/:id/units/:unitId/submit', {
    schema: { tags, summary: "Hand in the unit's Table 7 (every SOP complete); read-only afterwards", params: ZRoundUnitParams, response: { 200: ZSheet } },
  }, async (request) => monev.submit(requireActor(request), request.params.id, request.params.unitId, request.ip));

  r.post('/api/monev/rounds/:id/units/:unitId/reopen', {
    schema: { tags, summary: "Open a submitted unit's Table 7 again for changes", params: ZRoundUnitParams, response: { 200: ZSheet } },
  }, async (request) => monev.reopenUnit(authorize(request, 'monev.manage')!, request.params.id, request.params.unitId, request.ip));

  r.post('/api/monev/rounds/:id/units/:unitId/remind', {
    schema: { tags, summary: 'Send a reminder now to one unit that has not submitted (once a day)', params: ZRoundUnitParams, response: { 200: ZRemindResult } },
  }, async (request) => monev.remind(authorize(request, 'monev.manage')!, request.params.id, request.params.unitId, request.ip));

  r.put('/api/monev/assessments/:id', {
    schema: { tags, summary: "Save part of one SOP's row (Table 7 and criteria) while the unit has not submitted", params: ZIdParams, body: ZSaveAssessment, response: { 200: ZAssessment } },
  }, async (request) => monev.save(requireActor(request), request.params.id, request.body, request.ip));

  r.post('/api/monev/assessments/:id/revision-request', {
    schema: {
      tags,
      summary: 'For an SOP found not to work: a draft SOP facilitation request prefilled from the evaluation, with a new draft version of the SOP (the same request when asked again)',
      params: ZIdParams,
      response: { 200: ZRevisionResult, 201: ZRevisionResult },
    },
  }, async (request, reply) => {
    const result = await monev.requestRevision(requireActor(request), request.params.id, request.ip);
    return reply.status(result.created ? 201 : 200).send(result);
  });
}
