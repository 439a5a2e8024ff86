import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../policy/guard.ts';
import type { ReviewAckService } from './review-ack.service.ts';
import {
  ZAckOverview, ZAckProgress, ZAckProgressQuery, ZAckStatus, ZNewVersionStarted, ZNoChange, ZRegistryIdParams, ZRemindResult, ZReview, ZReviewList, ZReviewQuery,
  ZSetUnits, ZToRead,
} from './review-ack.schema.ts';

/** Periodic review of SOPs in effect (`/api/sop-reviews`) and acknowledgement of new versions (`/api/sop-acks`). */
export function reviewAckRoutes(app: FastifyInstance, { reviewAck }: { reviewAck: ReviewAckService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sop-review'];
  const params = ZRegistryIdParams;

  r.get('/api/sop-reviews', {
    schema: { tags, summary: "Periodic reviews of the SOPs in effect: the caller's unit's, or every unit's for the bureau; soonest due first", querystring: ZReviewQuery, response: { 200: ZReviewList } },
  }, async (request) => reviewAck.listReviews(requireActor(request), request.query));

  r.get('/api/sop-reviews/:registryId', {
    schema: { tags, summary: 'The review of one version in effect, with its history', params, response: { 200: ZReview } },
  }, async (request) => reviewAck.getReview(requireActor(request), request.params.registryId));

  r.post('/api/sop-reviews/:registryId/no-change', {
    schema: { tags, summary: '"No change needed" with a required note: the next review falls one period after today (the owning unit or an administrator)', params, body: ZNoChange, response: { 200: ZReview } },
  }, async (request) => reviewAck.noChange(requireActor(request), request.params.registryId, request.body, request.ip));

  r.post('/api/sop-reviews/:registryId/new-version', {
    schema: { tags, summary: 'Start a new version from the review (the registry\'s new-version use case) and record that outcome', params, response: { 201: ZNewVersionStarted } },
  }, async (request, reply) => reply.status(201).send(await reviewAck.startNewVersion(requireActor(request), request.params.registryId, request.ip)));

  r.get('/api/sop-acks/to-read', {
    schema: { tags, summary: 'SOP versions in effect the caller is asked to read ("Perlu dibaca")', response: { 200: ZToRead } },
  }, async (request) => reviewAck.toRead(requireActor(request)));

  r.get('/api/sop-acks', {
    schema: { tags, summary: 'Acknowledgement progress of every version in effect (the bureau)', response: { 200: ZAckOverview } },
  }, async (request) => reviewAck.overview(requireActor(request)));

  r.get('/api/sop-acks/:registryId', {
    schema: { tags, summary: "The caller's view of one version: carrying units, whether they are asked, their acknowledgement", params, response: { 200: ZAckStatus } },
  }, async (request) => reviewAck.ackStatus(requireActor(request), request.params.registryId));

  r.post('/api/sop-acks/:registryId', {
    schema: { tags, summary: '"I have read and understood" (users of a carrying unit; a second call changes nothing)', params, response: { 200: ZAckStatus } },
  }, async (request) => reviewAck.acknowledge(requireActor(request), request.params.registryId, request.ip));

  r.get('/api/sop-acks/:registryId/progress', {
    schema: { tags, summary: 'Who has acknowledged the version and who has not, per unit and person (the bureau)', params, querystring: ZAckProgressQuery, response: { 200: ZAckProgress } },
  }, async (request) => reviewAck.progress(requireActor(request), request.params.registryId, request.query.filter));

  r.post('/api/sop-acks/:registryId/remind', {
    schema: { tags, summary: 'Remind everyone asked who has not acknowledged yet (the bureau)', params, response: { 200: ZRemindResult } },
  }, async (request) => reviewAck.remind(requireActor(request), request.params.registryId, request.ip));

  r.put('/api/sop-acks/:registryId/units', {
    schema: { tags, summary: 'Set the units that carry the version out (administrators and the head of the bureau)', params, body: ZSetUnits, response: { 200: ZAckStatus } },
  }, async (request) => reviewAck.setUnits(requireActor(request), request.params.registryId, request.body.unitIds, request.ip));
}
