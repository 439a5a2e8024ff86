import { z } from 'zod';
import { REQUEST_STATES } from '../../../domain/workflow/states.ts';
import { STAGE_NUMBERS } from '../../../domain/workflow/stages.ts';
import { pageOf } from '../../http/paging.ts';

export { MONITORING_SORTS, type MonitoringSort } from '../../../domain/monitoring/columns.ts';
import { MONITORING_SORTS } from '../../../domain/monitoring/columns.ts';

/** A draft is never listed. */
export const LISTED_STATES = REQUEST_STATES.filter((s) => s !== 'draf') as Exclude<(typeof REQUEST_STATES)[number], 'draf'>[];

export const MAX_PAGE_SIZE = 100;

/** An empty query value (`?state=`) means "no filter", as a cleared form field sends it. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const ZFilters = z.object({
  q: optional(z.string().trim().max(200)),
  serviceCode: optional(z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/, { message: 'monitoring_service_invalid' })),
  state: optional(z.enum(LISTED_STATES as [string, ...string[]], { message: 'monitoring_state_invalid' })),
  stage: optional(z.enum(STAGE_NUMBERS.map(String) as [string, ...string[]], { message: 'monitoring_stage_invalid' }).transform(Number)),
  unitId: optional(z.string().uuid({ message: 'monitoring_unit_invalid' })),
  year: optional(
    z.string().regex(/^\d{4}$/, { message: 'monitoring_year_invalid' }).transform(Number)
      .refine((y) => y >= 2000 && y <= 2100, { message: 'monitoring_year_invalid' }),
  ),
  overdue: optional(z.enum(['true', 'false'], { message: 'monitoring_overdue_invalid' }).transform((v) => v === 'true')),
  /** Without it: newest No. Urut first, or the best matches first when searching. */
  sort: optional(z.enum(MONITORING_SORTS, { message: 'monitoring_sort_invalid' })),
  /** Ascending by default when a sort is chosen. */
  dir: optional(z.enum(['asc', 'desc'], { message: 'monitoring_dir_invalid' })),
});

export const ZMonitoringQuery = ZFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number({ message: 'monitoring_page_size_invalid' }).int({ message: 'monitoring_page_size_invalid' })
    .min(1, { message: 'monitoring_page_size_invalid' }).max(MAX_PAGE_SIZE, { message: 'monitoring_page_size_invalid' }).default(20),
});
export type TMonitoringQuery = z.infer<typeof ZMonitoringQuery>;
export type TMonitoringFilters = z.infer<typeof ZFilters>;

export const ZExportQuery = ZFilters.extend({
  format: z.enum(['xlsx', 'csv'], { message: 'export_format_invalid' }).default('xlsx'),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;

/** One row of the table: what may be public, and whether the caller may open the full request. */
export const ZMonitoringRow = z.object({
  id: z.string().uuid(),
  registrationNo: z.number().int(),
  documentNumber: z.string().nullable(),
  revisi: z.number().int(),
  tglRevisi: z.string().nullable(),
  title: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  serviceNameEn: z.string(),
  state: z.enum(REQUEST_STATES),
  stage: z.number().int().nullable(),
  submittedAt: z.string(),
  completedAt: z.string().nullable(),
  unitId: z.string().uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  daysUsed: z.number().int(),
  targetDays: z.number().int(),
  overdue: z.boolean(),
  canOpen: z.boolean(),
});
export type TMonitoringRow = z.infer<typeof ZMonitoringRow>;

export const ZMonitoringPage = pageOf(ZMonitoringRow).extend({
  /** Counting stops at 10,000 rows (1,000 for a search): `total` is then that number and this is true ("more than"). */
  totalCapped: z.boolean(),
});

export const ZMonitoringOptions = z.object({
  services: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
  /** Units that have submitted requests. */
  units: z.array(z.object({ id: z.string().uuid(), code: z.string(), name: z.string() })),
  /** Years (WIB) with submissions, newest first. */
  years: z.array(z.number().int()),
  states: z.array(z.enum(REQUEST_STATES)),
  stages: z.array(z.number().int()),
});

const ZPosition = z.object({ state: z.enum(REQUEST_STATES), stage: z.number().int().nullable() });

/** The public history of a row: moves only, without reasons, people, notes or documents. */
export const ZPublicTimeline = z.object({
  request: ZMonitoringRow,
  items: z.array(z.object({ at: z.string(), action: z.string(), from: ZPosition, to: ZPosition })),
});
