import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams } from '../../http/paging.ts';
import type { CalendarService } from './calendar.service.ts';
import { ZCreateHoliday, ZHoliday, ZHolidayList, ZHolidayQuery, ZUpdateHoliday } from './calendar.schema.ts';

export function calendarRoutes(app: FastifyInstance, { calendar }: { calendar: CalendarService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];

  r.get('/api/holidays', {
    schema: { tags, summary: 'Holidays (working days exclude them and weekends), by year (signed in)', querystring: ZHolidayQuery, response: { 200: ZHolidayList } },
  }, async (request) => calendar.list(authorize(request, 'holiday.read')!, request.query));

  r.post('/api/holidays', {
    schema: { tags, summary: 'Record a holiday (administrator)', body: ZCreateHoliday, response: { 201: ZHoliday } },
  }, async (request, reply) => reply.status(201).send(await calendar.create(authorize(request, 'holiday.create')!, request.body, request.ip)));

  r.patch('/api/holidays/:id', {
    schema: { tags, summary: 'Correct a holiday (administrator); send the version you read', params: ZIdParams, body: ZUpdateHoliday, response: { 200: ZHoliday } },
  }, async (request) => calendar.update(authorize(request, 'holiday.update')!, request.params.id, request.body, request.ip));

  r.delete('/api/holidays/:id', {
    schema: { tags, summary: 'Delete a wrongly entered holiday (administrator)', params: ZIdParams },
  }, async (request, reply) => {
    await calendar.remove(authorize(request, 'holiday.delete')!, request.params.id, request.ip);
    return reply.status(204).send();
  });
}
