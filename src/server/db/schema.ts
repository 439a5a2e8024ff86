import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  bigserial,
  customType,
  doublePrecision,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { FormField, RequiredAttachment } from '../../domain/catalogue/service.ts';
import type { SopContent } from '../../domain/sop/model.ts';
import type { JobDocumentContent, JobDocumentKind } from '../../domain/jabatan/model.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** The one organisation this installation serves (name, address, logo are data, never code). */
export const organisation = pgTable('organisation', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  bureauName: text('bureau_name').notNull(),
  address: text('address').notNull().default(''),
  /** Months between periodic reviews of an effective SOP (issue 5; the regulation fixes no period). */
  sopReviewMonths: integer('sop_review_months').notNull().default(12),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
}, (t) => [check('organisation_singleton', sql`${t.id} = 1`), check('organisation_sop_review_months', sql`${t.sopReviewMonths} between 1 and 120`)]);

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('units_code_key').on(sql`lower(${t.code})`),
  index('units_parent_idx').on(t.parentId),
]);

export const positions = pgTable('positions', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('positions_unit_idx').on(t.unitId),
  uniqueIndex('positions_unit_name_key').on(t.unitId, sql`lower(${t.name})`),
]);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  nip: text('nip'),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_unit_idx').on(t.unitId)]);

export const userRoles = pgTable('user_roles', {
  userId: uuid('user_id').notNull().references(() => users.id),
  role: text('role').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.role] })]);

/** Sessions live in the database so that several instances share them; the id is a hash of the cookie token. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** Every sign-in attempt; failures in a window throttle the account and the address. Counted in the DB, shared by instances. */
export const signInAttempts = pgTable('sign_in_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  success: boolean('success').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('sign_in_attempts_email_idx').on(t.email, t.at), index('sign_in_attempts_ip_idx').on(t.ip, t.at)]);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const services = pgTable('services', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  channel: text('channel').notNull(),
  sortOrder: integer('sort_order').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull(),
  requirements: jsonb('requirements').$type<string[]>().notNull(),
  formFields: jsonb('form_fields').$type<FormField[]>().notNull(),
  requiredAttachments: jsonb('required_attachments').$type<RequiredAttachment[]>().notNull(),
  output: text('output').notNull(),
  standardDays: jsonb('standard_days').$type<number[]>().notNull(),
  /** The pimpinan unit must endorse a submission before the bureau checks it; copied onto each request. */
  requiresEndorsement: boolean('requires_endorsement').notNull().default(false),
  /** A request of this service links one SOP of its unit (modules/requests/request-sop.*), checked at submission. */
  attachesSop: boolean('attaches_sop').notNull().default(false),
  /** A request of this service attaches job documents of this kind ('anjab' | 'evjab' | 'skj') of its unit (modules/requests/request-job-documents.*). */
  jobDocumentKind: text('job_document_kind').$type<JobDocumentKind>(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('services_code_key').on(sql`lower(${t.code})`),
  check('services_job_document_kind_check', sql`${t.jobDocumentKind} is null or ${t.jobDocumentKind} in ('anjab', 'evjab', 'skj')`),
]);

/** Append-only: who did what to which object, and when. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  ip: text('ip'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

/** Every e-mail is written here first; the sender delivers it over SMTP when configured. */
export const mailOutbox = pgTable('mail_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  createdAt: createdAt(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
});

/** Facilitation requests. State and stage follow src/domain/workflow; every move is in request_transitions. */
export const requests = pgTable('requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  serviceId: uuid('service_id').notNull().references(() => services.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  title: text('title').notNull(),
  contactName: text('contact_name').notNull().default(''),
  contactPhone: text('contact_phone').notNull().default(''),
  contactEmail: text('contact_email').notNull().default(''),
  formValues: jsonb('form_values').$type<Record<string, unknown>>().notNull().default({}),
  state: text('state').notNull().default('draf'),
  stage: integer('stage'),
  version: integer('version').notNull().default(1),
  requiresEndorsement: boolean('requires_endorsement').notNull(),
  endorsed: boolean('endorsed').notNull().default(false),
  completenessVerified: boolean('completeness_verified').notNull().default(false),
  revisi: integer('revisi').notNull().default(0),
  tglRevisi: timestamp('tgl_revisi', { withTimezone: true }),
  /** Set by request_revision; the first new document version of the round raises `revisi` and clears it. */
  revisionOpen: boolean('revision_open').notNull().default(false),
  documentNumber: text('document_number'),
  /** The SOP linked to a request of a service that attaches SOPs (modules/requests/request-sop.*). */
  sopId: uuid('sop_id').references((): AnyPgColumn => sops.id),
  /** *No. Urut* of the monitoring table: given at the first submission, never reused. */
  registrationNo: integer('registration_no'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  /** Unit code and name at the time of writing, so the search can match them without a join. */
  unitLabel: text('unit_label').notNull().default(''),
  /** Service-standard clock as last computed (on every move, and daily for running requests by the clock job). */
  daysUsed: integer('days_used').notNull().default(0),
  targetDays: integer('target_days').notNull().default(0),
  overdue: boolean('overdue').notNull().default(false),
  /** Per stage: { stage, usedDays, pausedDays, targetDays, overdue }[] as src/domain/workflow/clock.ts computes it. */
  clockStages: jsonb('clock_stages').$type<{ stage: number; usedDays: number; pausedDays: number; targetDays: number; overdue: boolean }[]>().notNull().default([]),
  clockAt: timestamp('clock_at', { withTimezone: true }),
  searchText: text('search_text').generatedAlwaysAs(sql`lower(title || ' ' || coalesce(document_number, '') || ' ' || unit_label)`),
  searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('indonesian'::regconfig, title || ' ' || coalesce(document_number, '') || ' ' || unit_label)`),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('requests_unit_idx').on(t.unitId),
  index('requests_service_idx').on(t.serviceId),
  index('requests_state_stage_idx').on(t.state, t.stage),
  uniqueIndex('requests_document_number_key').on(t.documentNumber),
  uniqueIndex('requests_registration_no_key').on(t.registrationNo),
  // Sort keys of the monitoring table, each with the id that breaks ties (src/server/modules/monitoring/monitoring.repo.ts).
  index('requests_submitted_at_idx').on(t.submittedAt, t.id),
  index('requests_completed_at_idx').on(t.completedAt, t.id),
  index('requests_days_used_sort_idx').on(t.daysUsed, t.id),
  index('requests_revisi_sort_idx').on(t.revisi, t.id),
  index('requests_tgl_revisi_sort_idx').on(t.tglRevisi, t.id),
  index('requests_stage_sort_idx').on(t.stage, t.id),
  index('requests_state_sort_idx').on(sql`${t.state} collate "C"`, t.id),
  index('requests_document_number_sort_idx').on(sql`${t.documentNumber} collate "C"`, t.id),
  index('requests_overdue_idx').on(t.overdue).where(sql`${t.overdue}`),
  index('requests_search_vector_idx').using('gin', t.searchVector),
  index('requests_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  // The monitoring table's text sorts (lower-case byte order, then the id), so that a sorted page needs no full sort.
  index('requests_title_sort_idx').on(sql`lower(${t.title}) collate "C"`, t.id),
  index('requests_unit_label_sort_idx').on(sql`lower(${t.unitLabel}) collate "C"`, t.id),
]);

/** The verifikator currently assigned; each assignment is also recorded in request_transitions. */
export const requestAssignees = pgTable('request_assignees', {
  requestId: uuid('request_id').notNull().references(() => requests.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.requestId, t.userId] }), index('request_assignees_user_idx').on(t.userId)]);

/** Append-only: every workflow move with who, when, from, to and why. `actor_id` null is the system. */
export const requestTransitions = pgTable('request_transitions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  actorId: uuid('actor_id').references(() => users.id),
  action: text('action').notNull(),
  fromState: text('from_state').notNull(),
  fromStage: integer('from_stage'),
  toState: text('to_state').notNull(),
  toStage: integer('to_stage'),
  reason: text('reason'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('request_transitions_request_idx').on(t.requestId, t.at)]);

/** Append-only discussion between the unit and the bureau. */
export const requestComments = pgTable('request_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  authorId: uuid('author_id').notNull().references(() => users.id),
  body: text('body').notNull(),
  /** A note on one step of the linked SOP: the step's id in the submitted version `sop_version` of `sop_id`. */
  sopId: uuid('sop_id').references((): AnyPgColumn => sops.id),
  sopVersion: integer('sop_version'),
  sopStepId: text('sop_step_id'),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('request_comments_request_idx').on(t.requestId, t.at)]);

/** Files attached to a note in the discussion; append-only like the notes. */
export const requestCommentFiles = pgTable('request_comment_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  commentId: uuid('comment_id').notNull().references(() => requestComments.id),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('request_comment_files_comment_idx').on(t.commentId), index('request_comment_files_request_idx').on(t.requestId)]);

/** Append-only document versions of a request; `key` is one of the service's required attachments. */
export const requestDocuments = pgTable('request_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  key: text('key').notNull(),
  version: integer('version').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  /** The request's Revisi number this version belongs to. */
  revisi: integer('revisi').notNull(),
  uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [uniqueIndex('request_documents_version_key').on(t.requestId, t.key, t.version)]);

/** Document-number templates per document kind (a service code, or UMUM for every kind without its own). */
export const numberingTemplates = pgTable('numbering_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  template: text('template').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('numbering_templates_kind_key').on(sql`lower(${t.kind})`)]);

/** One counter per counterScope key (kind, unit, year as the template prints them). */
export const numberingCounters = pgTable('numbering_counters', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

/** Days off besides weekends (WIB calendar dates), maintained by administrators. */
export const holidays = pgTable('holidays', {
  id: uuid('id').primaryKey().defaultRandom(),
  date: text('date').notNull(),
  name: text('name').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('holidays_date_key').on(t.date)]);

/** In-portal notifications (the bell); each is also e-mailed through the outbox. */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  recipientId: uuid('recipient_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  requestId: uuid('request_id').references(() => requests.id),
  /** Where a notice about something other than a request leads, as an in-portal path (e.g. `/daftar-sop/<id>`). */
  link: text('link'),
  textId: text('text_id').notNull(),
  textEn: text('text_en').notNull(),
  readAt: timestamp('read_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [index('notifications_recipient_idx').on(t.recipientId, t.createdAt)]);

/** Overdue notices already sent: at most one per request and stage, whichever instance runs the check. */
export const overdueNotices = pgTable('overdue_notices', {
  requestId: uuid('request_id').notNull().references(() => requests.id),
  stage: integer('stage').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.requestId, t.stage] })]);

/**
 * Every word (letters only, 3–40 long) that ever appeared in a request's search text, kept by a trigger on
 * requests (migration 0003). The monitoring search corrects a mistyped word to its nearest word here.
 */
export const requestSearchWords = pgTable('request_search_words', {
  word: text('word').primaryKey(),
}, (t) => [index('request_search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]);

/** SOPs drafted in the portal (src/domain/sop). The content lives in sop_versions; this row is the SOP's head. */
export const sops = pgTable('sops', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  /** Title and number of the latest version, for lists and search. */
  title: text('title').notNull(),
  number: text('number').notNull().default(''),
  status: text('status').notNull().default('draf'),
  /** The number of the latest sop_versions row; a save must name it, or it conflicts. */
  currentVersion: integer('current_version').notNull(),
  /** The checker's counts for the latest version, as of its save. */
  errorCount: integer('error_count').notNull().default(0),
  warningCount: integer('warning_count').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('sops_unit_idx').on(t.unitId, t.updatedAt)]);

/** Append-only: every save of an SOP's content. */
export const sopVersions = pgTable('sop_versions', {
  sopId: uuid('sop_id').notNull().references(() => sops.id),
  number: integer('number').notNull(),
  content: jsonb('content').$type<SopContent>().notNull(),
  note: text('note').notNull().default(''),
  savedBy: uuid('saved_by').notNull().references(() => users.id),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.sopId, t.number] })]);


/**
 * Append-only: the SOP of a request. `linked` when the unit links or changes it; `submitted` with the version the
 * unit submitted (at submit and at each answer to a revision), which is the version the verifikator reviews.
 */
export const requestSopEvents = pgTable('request_sop_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  kind: text('kind').notNull(),
  sopId: uuid('sop_id').notNull().references(() => sops.id),
  sopVersion: integer('sop_version').notNull(),
  /** submit or answer_revision for `submitted`. */
  action: text('action'),
  actorId: uuid('actor_id').notNull().references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('request_sop_events_request_idx').on(t.requestId, t.at)]);

// ---------------------------------------------------------------- job instruments (src/domain/jabatan)
// Master data, one row set per year of validity (regulations.md §2.4–§4.2). Every row names its legal source and
// whether it is unconfirmed ([U]); the code never holds these numbers. Documents record the year they compute with.

/** One row per year of validity: the effective working time, the rounding mode, and the year's edit counter. */
export const jobMasterYears = pgTable('job_master_years', {
  year: integer('year').primaryKey(),
  wkeHari: integer('wke_hari').notNull(),
  wkeMinggu: integer('wke_minggu').notNull(),
  wkeBulan: integer('wke_bulan').notNull(),
  wkeTahun: integer('wke_tahun').notNull(),
  wkeSource: text('wke_source').notNull(),
  wkeUnconfirmed: boolean('wke_unconfirmed').notNull(),
  rounding: text('rounding').notNull(),
  roundingSource: text('rounding_source').notNull(),
  roundingUnconfirmed: boolean('rounding_unconfirmed').notNull(),
  /** Raised by every change to any of the year's tables; an edit must name it. */
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
}, (t) => [
  check('job_master_years_wke_positive', sql`${t.wkeHari} > 0 and ${t.wkeMinggu} > 0 and ${t.wkeBulan} > 0 and ${t.wkeTahun} > 0`),
  check('job_master_years_rounding', sql`${t.rounding} in ('HALF_UP', 'CEIL')`),
]);

/** *Efektivitas/efisiensi jabatan* bands: EJ from `min` (included or not) up to the next band. */
export const jobEjBands = pgTable('job_ej_bands', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  code: text('code').notNull(),
  label: text('label').notNull(),
  min: doublePrecision('min').notNull(),
  minInclusive: boolean('min_inclusive').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.code] })]);

/** Evjab factors of both sets (fungsional_pelaksana, struktural). */
export const jobFactors = pgTable('job_factors', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  factorSet: text('factor_set').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.factorSet, t.code] })]);

export const jobFactorLevels = pgTable('job_factor_levels', {
  year: integer('year').notNull(),
  factorSet: text('factor_set').notNull(),
  code: text('code').notNull(),
  level: integer('level').notNull(),
  points: integer('points').notNull(),
  description: text('description').notNull(),
  /** The description is a "Tingkat 1-1" placeholder until the regulation's text is loaded. */
  placeholder: boolean('placeholder').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.factorSet, t.code, t.level] })]);

/** *Kelas jabatan*: the lowest total of points that reaches each class. */
export const jobClasses = pgTable('job_classes', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  grade: integer('grade').notNull(),
  minPoints: integer('min_points').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.grade] })]);

/** The competency dictionary (*kamus kompetensi*): manajerial and sosial kultural, levels 1–5. */
export const jobCompetencies = pgTable('job_competencies', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  code: text('code').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.code] })]);

export const jobCompetencyLevels = pgTable('job_competency_levels', {
  year: integer('year').notNull(),
  code: text('code').notNull(),
  level: integer('level').notNull(),
  description: text('description').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.code, t.level] })]);

/**
 * Anjab, Evjab and SKJ of a position (src/domain/jabatan/model.ts). The content lives in job_document_versions;
 * this row is the head. At most one open draft per position and kind.
 */
export const jobDocuments = pgTable('job_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  positionId: uuid('position_id').notNull().references(() => positions.id),
  kind: text('kind').notNull(),
  status: text('status').notNull().default('draf'),
  /** The master-data year the latest version computes with. */
  masterYear: integer('master_year').notNull().references(() => jobMasterYears.year),
  currentVersion: integer('current_version').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('job_documents_position_idx').on(t.positionId, t.kind),
  // One document per position and kind that is not validated yet (migration 0012: draf, diajukan, dikembalikan).
  uniqueIndex('job_documents_open_draft_key').on(t.positionId, t.kind).where(sql`${t.status} <> 'divalidasi'`),
]);

/** Append-only: every save of a job document, with the master-data year it computes with. */
export const jobDocumentVersions = pgTable('job_document_versions', {
  documentId: uuid('document_id').notNull().references(() => jobDocuments.id),
  number: integer('number').notNull(),
  content: jsonb('content').$type<JobDocumentContent>().notNull(),
  masterYear: integer('master_year').notNull().references(() => jobMasterYears.year),
  note: text('note').notNull().default(''),
  savedBy: uuid('saved_by').notNull().references(() => users.id),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.documentId, t.number] })]);

// ---------------------------------------------------------------- registry of ratified SOPs (modules/registry)

/**
 * One ratified SOP version (*SOP yang disahkan*). Everything but the status columns is frozen at ratification: a
 * trigger (migration 0008) refuses any change to them, and the frozen PDF (`pdf_key`, `pdf_sha256`) is stored once.
 * `status`: effective | superseded | revoked; at most one effective row per SOP.
 */
export const sopRegistry = pgTable('sop_registry', {
  id: uuid('id').primaryKey().defaultRandom(),
  sopId: uuid('sop_id').notNull().references(() => sops.id),
  sopVersion: integer('sop_version').notNull(),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  /** Unit code and name at ratification, for the search and the public list. */
  unitLabel: text('unit_label').notNull(),
  title: text('title').notNull(),
  number: text('number').notNull(),
  /** WIB calendar date YYYY-MM-DD. */
  effectiveOn: text('effective_on').notNull(),
  ratifierPosition: text('ratifier_position').notNull(),
  ratifierName: text('ratifier_name').notNull(),
  ratifierNip: text('ratifier_nip').notNull(),
  ratifiedAt: timestamp('ratified_at', { withTimezone: true }).notNull(),
  ratifiedBy: uuid('ratified_by').notNull().references(() => users.id),
  requestId: uuid('request_id').references(() => requests.id),
  /** The verification code printed on the PDF and behind its QR code (`/verifikasi/<code>`). */
  code: text('code').notNull(),
  pdfKey: text('pdf_key').notNull(),
  pdfSha256: text('pdf_sha256').notNull(),
  pdfSize: integer('pdf_size').notNull(),
  status: text('status').notNull().default('effective'),
  statusReason: text('status_reason'),
  statusBy: uuid('status_by').references(() => users.id),
  statusAt: timestamp('status_at', { withTimezone: true }),
  supersededBy: uuid('superseded_by').references((): AnyPgColumn => sopRegistry.id),
  searchText: text('search_text').generatedAlwaysAs(sql`lower(title || ' ' || number || ' ' || unit_label)`),
  searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('indonesian'::regconfig, title || ' ' || number || ' ' || unit_label)`),
}, (t) => [
  uniqueIndex('sop_registry_number_key').on(sql`lower(${t.number})`),
  uniqueIndex('sop_registry_code_key').on(t.code),
  uniqueIndex('sop_registry_version_key').on(t.sopId, t.sopVersion),
  uniqueIndex('sop_registry_effective_key').on(t.sopId).where(sql`${t.status} = 'effective'`),
  index('sop_registry_status_idx').on(t.status, t.effectiveOn, t.id),
  index('sop_registry_unit_idx').on(t.unitId, t.status),
  index('sop_registry_sha_idx').on(t.pdfSha256),
  index('sop_registry_search_vector_idx').using('gin', t.searchVector),
  index('sop_registry_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
]);

/** Every word (letters only, 3–40 long) of the registry's search text, kept by a trigger (migration 0008), for typo correction. */
export const registrySearchWords = pgTable('registry_search_words', {
  word: text('word').primaryKey(),
}, (t) => [index('registry_search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]);

// ── SOP review and acknowledgement (issue 5) ──

/** The periodic review of one ratified version while it is in effect: when it is due (WIB date), and a new version once started. */
export const sopReviews = pgTable('sop_reviews', {
  registryId: uuid('registry_id').primaryKey().references(() => sopRegistry.id),
  sopId: uuid('sop_id').notNull().references(() => sops.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  /** WIB calendar date YYYY-MM-DD: the effective date plus the review period, moved by each "no change needed". */
  dueOn: text('due_on').notNull(),
  /** Set when the owners started a new version from this review: no more reminders for this version. */
  newVersionStartedAt: timestamp('new_version_started_at', { withTimezone: true }),
  newVersionNumber: integer('new_version_number'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [index('sop_reviews_unit_idx').on(t.unitId, t.dueOn), index('sop_reviews_due_idx').on(t.dueOn)]);

/** Every review decision (append-only): 'no_change' with its note and the date moved, or 'new_version' with the draft started. */
export const sopReviewDecisions = pgTable('sop_review_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  registryId: uuid('registry_id').notNull().references(() => sopRegistry.id),
  outcome: text('outcome').notNull(),
  note: text('note').notNull().default(''),
  dueOnBefore: text('due_on_before').notNull(),
  dueOnAfter: text('due_on_after'),
  sopVersion: integer('sop_version'),
  decidedBy: uuid('decided_by').notNull().references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('sop_review_decisions_registry_idx').on(t.registryId, t.decidedAt),
  check('sop_review_decisions_outcome', sql`${t.outcome} in ('no_change', 'new_version')`),
]);

/** Review reminders already sent: one per version, due date and kind ('30', '10' days ahead, 'overdue'), whichever instance runs the job. */
export const sopReviewReminders = pgTable('sop_review_reminders', {
  registryId: uuid('registry_id').notNull().references(() => sopRegistry.id),
  dueOn: text('due_on').notNull(),
  kind: text('kind').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.registryId, t.dueOn, t.kind] })]);

/** The units that carry out a ratified version (the owning unit by default; the bureau edits the list). */
export const sopCarryingUnits = pgTable('sop_carrying_units', {
  registryId: uuid('registry_id').notNull().references(() => sopRegistry.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  addedBy: uuid('added_by').references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.registryId, t.unitId] }), index('sop_carrying_units_unit_idx').on(t.unitId)]);

/** A user's statement that they have read and understood a ratified version (once per user and version). */
export const sopAcknowledgements = pgTable('sop_acknowledgements', {
  registryId: uuid('registry_id').notNull().references(() => sopRegistry.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  /** The user's unit when they acknowledged. */
  unitId: uuid('unit_id').notNull().references(() => units.id),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.registryId, t.userId] }), index('sop_acknowledgements_user_idx').on(t.userId)]);

// ── Job documents on requests (issue 6) ──

/** The job documents a request of a job-instrument service carries now (attached while a draft or in revision). */
export const requestJobDocuments = pgTable('request_job_documents', {
  requestId: uuid('request_id').notNull().references(() => requests.id),
  documentId: uuid('document_id').notNull().references(() => jobDocuments.id),
  attachedBy: uuid('attached_by').notNull().references(() => users.id),
  attachedAt: timestamp('attached_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.requestId, t.documentId] })]);

/** Append-only: each attach and detach, and the version of each document every submission carried. */
export const requestJobDocumentEvents = pgTable('request_job_document_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  requestId: uuid('request_id').notNull().references(() => requests.id),
  /** 'attached' | 'detached' | 'submitted' */
  kind: text('kind').notNull(),
  documentId: uuid('document_id').notNull().references(() => jobDocuments.id),
  documentVersion: integer('document_version').notNull(),
  /** For 'submitted': submit or answer_revision. */
  action: text('action'),
  actorId: uuid('actor_id').notNull().references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('request_job_document_events_request_idx').on(t.requestId, t.at)]);

// ── Job reference lists, required levels, Evjab validation (issue 6) ──

/**
 * The Anjab's pick lists (regulations.md §2.2 "Master lists needed"), by year like the other master tables:
 * `list` is one of REFERENCE_LISTS (src/domain/jabatan/reference.ts). An Anjab stores the item's code.
 */
export const jobReferenceItems = pgTable('job_reference_items', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  list: text('list').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  sortOrder: integer('sort_order').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [primaryKey({ columns: [t.year, t.list, t.code] })]);

/** Required competency level per *jenjang jabatan* (§4.3, unconfirmed: loaded by the bureau, never from code). */
export const jobRequiredLevels = pgTable('job_required_levels', {
  year: integer('year').notNull().references(() => jobMasterYears.year),
  jenjang: text('jenjang').notNull(),
  code: text('code').notNull(),
  level: integer('level').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull(),
}, (t) => [
  primaryKey({ columns: [t.year, t.jenjang, t.code] }),
  check('job_required_levels_level', sql`${t.level} between 1 and 5`),
]);

/**
 * Status changes of a job document (the Evjab validation of §3.2): submit, validate, return, reopen. A decision
 * carries the validation record: team, date, *berita acara* number, notes.
 */
export const jobDocumentEvents = pgTable('job_document_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  documentId: uuid('document_id').notNull().references(() => jobDocuments.id),
  action: text('action').notNull(),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  /** The document version the move was made on. */
  version: integer('version').notNull(),
  team: jsonb('team').$type<Array<{ name: string; role: string; position: string }>>(),
  /** WIB calendar date YYYY-MM-DD of the decision. */
  decidedOn: text('decided_on'),
  minutesNumber: text('minutes_number'),
  /** The signed *berita acara* of a validation, uploaded by the bureau (a validate event only). */
  minutesFile: jsonb('minutes_file').$type<{ storageKey: string; fileName: string; contentType: string; size: number; sha256: string; uploadedBy: string; at: string }>(),
  notes: text('notes').notNull().default(''),
  actorId: uuid('actor_id').notNull().references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('job_document_events_document_idx').on(t.documentId, t.at)]);

// ── Monev (issue 5) ──
// Monitoring and evaluation rounds of effective SOPs (regulations.md §1.7, src/domain/monev). The reports
// (module monev-reports) read these tables.

/** The yes/no evaluation criteria (*Evaluasi Penerapan SOP AP*), seeded by migration 0009; `unconfirmed` rows are shown "perlu diverifikasi". */
export const monevCriteria = pgTable('monev_criteria', {
  id: text('id').primaryKey(),
  ordinal: integer('ordinal').notNull(),
  textId: text('text_id').notNull(),
  textEn: text('text_en').notNull(),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull().default(false),
  active: boolean('active').notNull().default(true),
});

/**
 * One monitoring round, opened by the bureau for a period (every six months) and a set of units. `deadline` is a
 * WIB date: a unit that has not submitted is late once that day has ended. `reminder_days`: the days before the
 * deadline on which units that have not submitted are reminded (the round's own setting, default 7 and 1).
 */
export const monevRounds = pgTable('monev_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  periodStart: text('period_start').notNull(),
  periodEnd: text('period_end').notNull(),
  deadline: text('deadline').notNull(),
  status: text('status').notNull().default('open'),
  reminderDays: integer('reminder_days').array().notNull().default(sql`'{7,1}'::integer[]`),
  openedBy: uuid('opened_by').notNull().references(() => users.id),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('monev_rounds_opened_idx').on(t.openedAt),
  check('monev_rounds_status', sql`${t.status} in ('open', 'closed')`),
]);

/** The units of a round; `submitted_at` once the unit hands in its Table 7 (cleared when the bureau reopens it). */
export const monevRoundUnits = pgTable('monev_round_units', {
  roundId: uuid('round_id').notNull().references(() => monevRounds.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  submittedBy: uuid('submitted_by').references(() => users.id),
}, (t) => [primaryKey({ columns: [t.roundId, t.unitId] }), index('monev_round_units_unit_idx').on(t.unitId)]);

/**
 * Table 7 and the evaluation of one effective SOP version in a round: one row per SOP in effect when the round
 * opened. `criteria`: { [criterionId]: yes/no }. `revision_request_id`: the facilitation request opened from it.
 */
export const monevAssessments = pgTable('monev_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id').notNull().references(() => monevRounds.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  registryId: uuid('registry_id').notNull().references(() => sopRegistry.id),
  assessment: text('assessment'),
  notes: text('notes').notNull().default(''),
  action: text('action').notNull().default(''),
  assessorName: text('assessor_name').notNull().default(''),
  assessorPosition: text('assessor_position').notNull().default(''),
  assessorUserId: uuid('assessor_user_id').references(() => users.id),
  methods: text('methods').array().notNull().default(sql`'{}'::text[]`),
  criteria: jsonb('criteria').$type<Record<string, boolean>>().notNull().default({}),
  revisionRequestId: uuid('revision_request_id').references(() => requests.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Raised by every save, so a save over someone else's later one is noticed. */
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('monev_assessments_round_registry_key').on(t.roundId, t.registryId),
  index('monev_assessments_unit_idx').on(t.roundId, t.unitId),
  index('monev_assessments_registry_idx').on(t.registryId),
  check('monev_assessments_assessment', sql`${t.assessment} is null or ${t.assessment} in ('berjalan_baik', 'tidak_berjalan_baik')`),
]);

/** Reminders already sent: one per round, unit, kind and WIB day, so the daily job is idempotent. */
export const monevReminders = pgTable('monev_reminders', {
  roundId: uuid('round_id').notNull().references(() => monevRounds.id),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  kind: text('kind').notNull(),
  sentOn: text('sent_on').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  /** Who pressed "Kirim pengingat" (manual reminders); null for the scheduled job. */
  sentBy: uuid('sent_by').references(() => users.id),
  recipients: integer('recipients').notNull().default(0),
}, (t) => [
  uniqueIndex('monev_reminders_key').on(t.roundId, t.unitId, t.kind, t.sentOn),
  check('monev_reminders_kind', sql`${t.kind} in ('before_deadline', 'late', 'manual')`),
]);
