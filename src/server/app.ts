import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Database } from './db/open.ts';
import type { Mailer } from './mail/mailer.ts';
import { installErrorHandling, validatorCompiler } from './http/errors.ts';
import { installSessions } from './http/session.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createUnitsService } from './modules/units/units.service.ts';
import { unitsRoutes } from './modules/units/units.routes.ts';
import { createPositionsService } from './modules/positions/positions.service.ts';
import { positionsRoutes } from './modules/positions/positions.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { createCatalogueService } from './modules/catalogue/catalogue.service.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { createOrganisationService } from './modules/organisation/organisation.service.ts';
import { organisationRoutes } from './modules/organisation/organisation.routes.ts';
import { allowAll, type Scanner, type Storage } from './storage/storage.ts';
import { createNotifier } from './modules/notifications/notifier.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { createRequestsService } from './modules/requests/requests.service.ts';
import { requestsRoutes } from './modules/requests/requests.routes.ts';
import { createCommentFilesService } from './modules/requests/comment-files.ts';
import { createRequestSopService } from './modules/requests/request-sop.service.ts';
import { requestSopRoutes } from './modules/requests/request-sop.routes.ts';
import { createRequestJobDocumentsService } from './modules/requests/request-job-documents.service.ts';
import { requestJobDocumentsRoutes } from './modules/requests/request-job-documents.routes.ts';
import { createAttachmentsService } from './modules/attachments/attachments.service.ts';
import { attachmentsRoutes } from './modules/attachments/attachments.routes.ts';
import { createNumberingService } from './modules/numbering/numbering.service.ts';
import { numberingRoutes } from './modules/numbering/numbering.routes.ts';
import { createCalendarService } from './modules/calendar/calendar.service.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { createOutboxService } from './modules/outbox/outbox.service.ts';
import { outboxRoutes } from './modules/outbox/outbox.routes.ts';
import { createClockRefresh } from './modules/requests/clock-refresh.ts';
import { createMonitoringService } from './modules/monitoring/monitoring.service.ts';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes.ts';
import { createDashboardService } from './modules/dashboard/dashboard.service.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { createSopsService } from './modules/sops/sops.service.ts';
import { sopsRoutes } from './modules/sops/sops.routes.ts';
import { sopTemplateRoutes } from './modules/sops/template/template.routes.ts';
import { sopExportRoutes } from './modules/sops/export/export.routes.ts';
import { createRegistryService } from './modules/registry/registry.service.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { createAckRequests, createReviewAckService } from './modules/review-ack/review-ack.service.ts';
import { reviewAckRoutes } from './modules/review-ack/review-ack.routes.ts';
import { createJobMasterService } from './modules/job-master/job-master.service.ts';
import { jobMasterRoutes } from './modules/job-master/job-master.routes.ts';
import { createJobDocumentsService } from './modules/job-documents/job-documents.service.ts';
import { jobDocumentsRoutes } from './modules/job-documents/job-documents.routes.ts';
import { createJobValidationService } from './modules/job-validation/job-validation.service.ts';
import { jobValidationRoutes } from './modules/job-validation/job-validation.routes.ts';
import { jobExportRoutes } from './modules/job-documents/export/export.routes.ts';
import { createMonevService } from './modules/monev/monev.service.ts';
import { monevRoutes } from './modules/monev/monev.routes.ts';
import { createMonevReportsService } from './modules/monev-reports/monev-reports.service.ts';
import { monevReportsRoutes } from './modules/monev-reports/monev-reports.routes.ts';

/** The largest attachment a service may allow (RequiredAttachment.maxMb ≤ 100); each service's own limit is checked while streaming. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface AppDeps {
  database: Database;
  mailer: Mailer;
  /** Where uploaded documents go (src/server/storage). */
  storage: Storage;
  /** The virus-scan hook for uploads; allows everything by default. */
  scan?: Scanner;
  clock?: () => Date;
  logger?: FastifyBaseLogger | boolean;
  publicUrl: string;
  sessionDays?: number;
  secureCookies?: boolean;
  trustProxy?: boolean;
  /** The built web app; without it the API runs alone (as in API tests). */
  webDir?: string;
}

export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Everything the server needs comes in through `deps`: no globals, so tests build as many apps as they like. */
export async function buildApp(deps: AppDeps) {
  const clock = deps.clock ?? (() => new Date());
  const secureCookies = deps.secureCookies ?? false;
  const app = Fastify({
    ...(typeof deps.logger === 'object' ? { loggerInstance: deps.logger } : { logger: deps.logger ?? false }),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler as never);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app);

  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'manorta_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: secureCookies, signed: false },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secureCookies ? [] : null,
      },
    },
    hsts: secureCookies,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Manorta API', description: 'Layanan Manajemen Ortala', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'manorta_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 10, parts: 12 } });

  // Every state-changing API call carries the CSRF token of its session (double-submit, HMAC-checked).
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/api/') && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      return app.csrfProtection(request, reply, done);
    }
    done();
  });

  const { database, mailer } = deps;
  const auth = createAuthService({ database, mailer, clock, sessionDays: deps.sessionDays ?? 7, publicUrl: deps.publicUrl });
  installSessions(app, auth);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.ping();
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });

  authRoutes(app, { auth, secureCookies });
  organisationRoutes(app, { organisation: createOrganisationService({ database }) });
  unitsRoutes(app, { units: createUnitsService({ database }) });
  positionsRoutes(app, { positions: createPositionsService({ database }) });
  usersRoutes(app, { users: createUsersService({ database }) });
  catalogueRoutes(app, { catalogue: createCatalogueService({ database }) });
  const notifier = createNotifier({ mailer, publicUrl: deps.publicUrl });
  // Completing an SOP facilitation request ratifies its SOP into the public registry (modules/registry).
  // Each version that takes effect gets its review date and asks its carrying units to read it (modules/review-ack).
  const ackRequests = createAckRequests({ mailer, publicUrl: deps.publicUrl });
  const registry = createRegistryService({
    database, storage: deps.storage, clock, publicUrl: deps.publicUrl,
    onRatified: { inTransaction: ackRequests.onRatified, afterCommit: () => void mailer.flush() },
  });
  const requests = createRequestsService({
    database, mailer, notifier, clock,
    onCompleted: (actor, id, ip) =>
      registry.ratifyCompletedRequest(actor, id, ip).then(
        () => undefined,
        (err: unknown) => app.log.error({ err, requestId: id }, 'the SOP of a completed request could not be ratified'),
      ),
  });
  const commentFiles = createCommentFilesService({ database, storage: deps.storage, scan: deps.scan ?? allowAll, requests });
  requestsRoutes(app, { requests, commentFiles });
  requestSopRoutes(app, { requestSop: createRequestSopService({ database, clock }) });
  requestJobDocumentsRoutes(app, { requestJobDocuments: createRequestJobDocumentsService({ database, clock }) });
  attachmentsRoutes(app, { attachments: createAttachmentsService({ database, storage: deps.storage, scan: deps.scan ?? allowAll, clock }) });
  numberingRoutes(app, { numbering: createNumberingService({ database, clock }) });
  calendarRoutes(app, { calendar: createCalendarService({ database, refreshClocks: createClockRefresh({ database, clock }) }) });
  outboxRoutes(app, { outbox: createOutboxService({ database, mailer }) });
  notificationsRoutes(app, { notifications: createNotificationsService({ database, clock }) });
  monitoringRoutes(app, { monitoring: createMonitoringService({ database, clock }) });
  dashboardRoutes(app, { dashboard: createDashboardService({ database, clock }) });
  const sops = createSopsService({ database, clock });
  sopsRoutes(app, { sops });
  sopTemplateRoutes(app, { sops });
  sopExportRoutes(app, { database, sops });
  registryRoutes(app, { registry });
  monevRoutes(app, { monev: createMonevService({ database, mailer, clock, publicUrl: deps.publicUrl, registry }) });
  monevReportsRoutes(app, { monevReports: createMonevReportsService({ database, clock }) });
  reviewAckRoutes(app, { reviewAck: createReviewAckService({ database, mailer, clock, publicUrl: deps.publicUrl, registry }) });
  const jobMaster = createJobMasterService({ database, clock });
  jobMasterRoutes(app, { jobMaster });
  const jobDocuments = createJobDocumentsService({ database, clock, jobMaster });
  jobDocumentsRoutes(app, { jobDocuments });
  jobValidationRoutes(app, { jobValidation: createJobValidationService({ database, clock, jobDocuments, storage: deps.storage, scan: deps.scan ?? allowAll }) });
  jobExportRoutes(app, { database, jobDocuments });

  if (deps.webDir && fs.existsSync(path.join(deps.webDir, 'index.html'))) {
    await serveWeb(app, deps.webDir);
  }
  return app;
}

/** The single-page app: files as they are, and index.html for every other page address. */
async function serveWeb(app: FastifyInstance, webDir: string) {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) (res as unknown as { header(k: string, v: string): void }).header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const index = fs.readFileSync(path.join(webDir, 'index.html'));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = request.url.split('?')[0];
    if (path.extname(file) && fs.existsSync(path.join(webDir, path.normalize(file)))) return reply.sendFile(path.normalize(file));
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  });
}
