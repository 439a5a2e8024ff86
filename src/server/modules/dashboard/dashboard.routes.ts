import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import type { DashboardService } from './dashboard.service.ts';
import { ZDashboard, ZDashboardQuery } from './dashboard.schema.ts';

export function dashboardRoutes(app: FastifyInstance, { dashboard }: { dashboard: DashboardService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/dashboard', {
    schema: {
      tags: ['dashboard'],
      summary: "The bureau's dashboard (administrator, verifikator, kepala biro): requests per stage, state, service and unit, overdue, time per stage, completions per month",
      querystring: ZDashboardQuery,
      response: { 200: ZDashboard },
    },
  }, async (request) => dashboard.get(authorize(request, 'dashboard.read')!, request.query));
}
