import type { Role } from '../../domain/access/roles.ts';
import type { PositionKind, UnitKind } from '../../domain/organisation/unit.ts';
import type { Channel, FormField, RequiredAttachment } from '../../domain/catalogue/service.ts';

/** The shapes of docs/API-CONTRACT.md, as the web app reads them. */

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string;
}

/** A paged list: `actions` are what the caller may do on the collection (e.g. "create"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  actions: string[];
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
  q?: string;
}

/** Every object the API returns carries its version (optimistic locking) and what the caller may do with it. */
export interface Versioned {
  version: number;
  actions: string[];
}

export interface Organisation extends Versioned {
  name: string;
  shortName: string;
  bureauName: string;
  address: string;
  /** Months between periodic reviews of an SOP in effect. */
  sopReviewMonths: number;
}

export interface Unit extends Versioned {
  id: string;
  parentId: string | null;
  parentName: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
}

export interface UnitMember {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
}

export interface Position extends Versioned {
  id: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  name: string;
  kind: PositionKind;
  active: boolean;
}

export interface User extends Versioned {
  id: string;
  email: string;
  name: string;
  nip: string | null;
  unitId: string;
  unitName: string;
  unitCode: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
}

export interface Service extends Versioned {
  id: string;
  code: string;
  channel: Channel;
  sortOrder: number;
  name: string;
  nameEn: string;
  description: string;
  requirements: string[];
  formFields: FormField[];
  requiredAttachments: RequiredAttachment[];
  output: string;
  standardDays: number[];
  /** A request links one SOP of its unit (the SOP card on the request page). */
  attachesSop: boolean;
  /** A request attaches job documents of this kind of its unit (the job documents card); null: none. */
  jobDocumentKind?: 'anjab' | 'evjab' | 'skj' | null;
  active: boolean;
}

export interface ServiceList {
  items: Service[];
  actions: string[];
}

export type { Role, UnitKind, PositionKind, Channel, FormField, RequiredAttachment };

// Facilitation requests (docs/API-CONTRACT.md, "Facilitation requests")

export type { RequestState } from '../../domain/workflow/states.ts';
export type { WorkflowAction } from '../../domain/workflow/transitions.ts';
import type { RequestState } from '../../domain/workflow/states.ts';

export interface StageClock {
  stage: number;
  usedDays: number;
  pausedDays: number;
  targetDays: number;
  overdue: boolean;
}

/** Working days against the service standard; `current` is null for a draft or a closed request. */
export interface RequestClock {
  usedDays: number;
  targetDays: number;
  overdue: boolean;
  current: { stage: number; paused: boolean; usedDays: number; targetDays: number; overdue: boolean } | null;
  stages: StageClock[];
}

export interface Person {
  id: string;
  name: string;
}

/** One version of one of the service's attachments. */
export interface RequestDocument {
  id: string;
  key: string;
  label: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  revisi: number;
  uploadedBy: Person;
  at: string;
}

export interface RequestSummary {
  id: string;
  serviceCode: string;
  serviceName: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  title: string;
  state: RequestState;
  /** 1–6; null for a draft. */
  stage: number | null;
  revisi: number;
  tglRevisi: string | null;
  documentNumber: string | null;
  submittedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  version: number;
  clock: RequestClock;
  actions: string[];
}

export interface RequestDetail extends RequestSummary {
  serviceId: string;
  serviceNameEn: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  formValues: Record<string, unknown>;
  requiresEndorsement: boolean;
  endorsed: boolean;
  completenessVerified: boolean;
  assignees: Person[];
  /** The latest version of each document. */
  documents: RequestDocument[];
  /** The service links one SOP of the unit to the request (the SOP card). */
  attachesSop?: boolean;
  sop?: RequestSopBrief | null;
  /** The service attaches job documents of this kind (the job documents card); null for other services. */
  jobDocumentKind?: 'anjab' | 'evjab' | 'skj' | null;
  updatedAt: string;
}

export interface RequestQuery extends PageQuery {
  state?: RequestState;
  stage?: number;
  serviceCode?: string;
  unitId?: string;
}

export interface CommentFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** The SOP linked to a request, as it now stands. */
export interface RequestSopBrief {
  id: string;
  title: string;
  number: string;
  latestVersion: number;
  errorCount: number;
  warningCount: number;
  updatedAt: string;
}

export interface RequestComment {
  id: string;
  body: string;
  at: string;
  author: Person;
  /** Absent until the server keeps files with comments. */
  files?: CommentFile[];
  /** A note on one step of the submitted SOP (number: its position in that version). */
  sopStep?: { id: string; sopId: string; version: number; number: number | null; description: string };
}

export interface CommentList {
  items: RequestComment[];
  actions: string[];
}

export interface RequestPosition {
  state: string;
  stage: number | null;
}

export type TimelineEntry =
  | { kind: 'transition'; at: string; actor: Person | null; action: string; from: RequestPosition; to: RequestPosition; reason: string | null; data: Record<string, unknown> }
  | { kind: 'comment'; at: string; actor: Person | null; id: string; body: string; files?: CommentFile[] }
  | { kind: 'document'; at: string; actor: Person | null; document: RequestDocument }
  | { kind: 'sop'; at: string; actor: Person | null; event: 'linked' | 'submitted'; sop: { id: string; title: string }; version: number; action: string | null }
  | {
    kind: 'job_document'; at: string; actor: Person | null; event: 'attached' | 'detached' | 'submitted';
    document: { id: string; kind: 'anjab' | 'evjab' | 'skj'; positionName: string }; version: number; action: string | null;
  };

export interface NotificationItem {
  id: string;
  kind: string;
  requestId: string | null;
  /** The in-portal path of a notice not about a request. */
  link: string | null;
  /** In the caller's language. */
  text: string;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationList {
  items: NotificationItem[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

// The monitoring table, its public timeline and the bureau dashboard (issue 3)

/** One row of the monitoring table: public columns only; `canOpen` when the caller may open the full request. */
export interface MonitoringRow {
  id: string;
  registrationNo: number;
  documentNumber: string | null;
  revisi: number;
  tglRevisi: string | null;
  title: string;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  state: RequestState;
  stage: number | null;
  submittedAt: string;
  completedAt: string | null;
  unitId: string;
  unitCode: string;
  unitName: string;
  daysUsed: number;
  targetDays: number;
  overdue: boolean;
  canOpen: boolean;
}

export interface MonitoringPage extends Page<MonitoringRow> {
  /** Counting stopped early: `total` is a lower bound ("more than"). */
  totalCapped: boolean;
}

export interface MonitoringOptions {
  services: { code: string; name: string; nameEn: string }[];
  units: { id: string; code: string; name: string }[];
  years: number[];
  states: RequestState[];
  stages: number[];
}

export interface MonitoringTimelineItem {
  at: string;
  action: string;
  from: RequestPosition;
  to: RequestPosition;
}

export interface MonitoringTimeline {
  request: MonitoringRow;
  items: MonitoringTimelineItem[];
}

/** One year (WIB) of requests: `year` is the one asked for, or the current year. */
export interface BureauDashboard {
  year: number;
  total: number;
  byStage: { stage: number; count: number }[];
  byState: { state: RequestState; count: number }[];
  byService: { code: string; name: string; nameEn: string; count: number; overdue: number }[];
  /** The units with the most requests; the others add up in `otherUnits`. */
  byUnit: { unitId: string; code: string; name: string; count: number; overdue: number }[];
  otherUnits: { units: number; count: number; overdue: number };
  overdue: { total: number; byStage: { stage: number; count: number }[] };
  /** Averages; null when no request went through the stage. */
  stageTimes: { stage: number; avgUsedDays: number | null; targetDays: number | null; count: number }[];
  /** 'YYYY-MM'. */
  completionsPerMonth: { month: string; count: number }[];
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';
export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  status: OutboxStatus;
  actions: string[];
}
export interface OutboxPage extends Page<OutboxMessage> {
  smtpConfigured: boolean;
}

export interface Holiday {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  name: string;
  version: number;
  actions: string[];
}

export interface NumberingTemplate {
  id: string;
  /** A service code, or UMUM for every kind without its own. */
  kind: string;
  template: string;
  /** The number the template gives now for the first of the year, in unit "KODE". */
  example: string;
  version: number;
  actions: string[];
}
