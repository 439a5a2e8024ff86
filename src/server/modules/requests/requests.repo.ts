import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { requestAssignees, requestComments, requestDocuments, requestTransitions, requests, services, units, users } from '../../db/schema.ts';
import { likePattern } from '../../http/paging.ts';
import type { FormField, RequiredAttachment } from '../../../domain/catalogue/service.ts';

const columns = {
  id: requests.id,
  serviceId: requests.serviceId,
  serviceCode: services.code,
  serviceName: services.name,
  serviceNameEn: services.nameEn,
  formFields: services.formFields,
  requiredAttachments: services.requiredAttachments,
  standardDays: services.standardDays,
  attachesSop: services.attachesSop,
  jobDocumentKind: services.jobDocumentKind,
  sopId: requests.sopId,
  unitId: requests.unitId,
  unitCode: units.code,
  unitName: units.name,
  title: requests.title,
  contactName: requests.contactName,
  contactPhone: requests.contactPhone,
  contactEmail: requests.contactEmail,
  formValues: requests.formValues,
  state: requests.state,
  stage: requests.stage,
  version: requests.version,
  requiresEndorsement: requests.requiresEndorsement,
  endorsed: requests.endorsed,
  completenessVerified: requests.completenessVerified,
  revisi: requests.revisi,
  tglRevisi: requests.tglRevisi,
  revisionOpen: requests.revisionOpen,
  documentNumber: requests.documentNumber,
  submittedAt: requests.submittedAt,
  completedAt: requests.completedAt,
  createdBy: requests.createdBy,
  createdAt: requests.createdAt,
  updatedAt: requests.updatedAt,
  assignedVerifierIds: sql<string[]>`coalesce((select array_agg(${requestAssignees.userId}::text order by ${requestAssignees.assignedAt}, ${requestAssignees.userId}) from ${requestAssignees} where ${requestAssignees.requestId} = ${requests.id}), '{}')`,
};

export interface RequestRow {
  id: string;
  serviceId: string;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  formFields: FormField[];
  requiredAttachments: RequiredAttachment[];
  standardDays: number[];
  attachesSop: boolean;
  /** The kind of job document the service's requests attach (request-job-documents.*), or null. */
  jobDocumentKind: 'anjab' | 'evjab' | 'skj' | null;
  sopId: string | null;
  unitId: string;
  unitCode: string;
  unitName: string;
  title: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  formValues: Record<string, unknown>;
  state: string;
  stage: number | null;
  version: number;
  requiresEndorsement: boolean;
  endorsed: boolean;
  completenessVerified: boolean;
  revisi: number;
  tglRevisi: Date | null;
  revisionOpen: boolean;
  documentNumber: string | null;
  submittedAt: Date | null;
  completedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  assignedVerifierIds: string[];
}

const base = (db: Db | Tx) => db.select(columns).from(requests).innerJoin(services, eq(services.id, requests.serviceId)).innerJoin(units, eq(units.id, requests.unitId));

export async function getRequest(db: Db | Tx, id: string, opts: { lock?: boolean } = {}): Promise<RequestRow | undefined> {
  const query = base(db).where(eq(requests.id, id));
  const [row] = await (opts.lock ? query.for('update', { of: requests }) : query);
  return row as RequestRow | undefined;
}

export interface RequestFilter {
  /** Only this unit's requests (a unit's own view). */
  unitId?: string;
  /** Leave out drafts of other units than `draftsOf` (the bureau's view). */
  draftsOf?: string | 'all';
  q?: string;
  state?: string;
  stage?: number;
  serviceCode?: string;
  limit: number;
  offset: number;
}

export async function listRequests(db: Db, f: RequestFilter) {
  const where = and(
    f.unitId ? eq(requests.unitId, f.unitId) : undefined,
    f.draftsOf && f.draftsOf !== 'all' ? or(ne(requests.state, 'draf'), eq(requests.unitId, f.draftsOf)) : undefined,
    f.state ? eq(requests.state, f.state) : undefined,
    f.stage ? eq(requests.stage, f.stage) : undefined,
    f.serviceCode ? eq(sql`lower(${services.code})`, f.serviceCode.toLowerCase()) : undefined,
    f.q ? or(ilike(requests.title, likePattern(f.q)), ilike(requests.documentNumber, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    base(db).where(where).orderBy(desc(requests.createdAt), desc(requests.id)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(requests).innerJoin(services, eq(services.id, requests.serviceId)).where(where),
  ]);
  return { items: items as RequestRow[], total };
}

export async function insertRequest(tx: Tx, values: typeof requests.$inferInsert): Promise<string> {
  const [row] = await tx
    .insert(requests)
    .values({ ...values, unitLabel: sql`(select ${units.code} || ' ' || ${units.name} from ${units} where ${units.id} = ${values.unitId})` })
    .returning({ id: requests.id });
  return row.id;
}

/** *No. Urut*: drawn at the first submission and kept for good. */
export async function assignRegistrationNo(tx: Tx, id: string): Promise<void> {
  await tx.update(requests).set({ registrationNo: sql`coalesce(${requests.registrationNo}, nextval('request_registration_seq'))` }).where(eq(requests.id, id));
}

/** After a unit's code or name changed: the searchable unit label of its requests follows. */
export async function refreshUnitLabels(tx: Db | Tx, unitId: string): Promise<void> {
  await tx.execute(sql`
    update ${requests} set unit_label = u.code || ' ' || u.name from ${units} u
    where u.id = ${unitId} and ${requests.unitId} = u.id and ${requests.unitLabel} <> u.code || ' ' || u.name`);
}

/** Applies the change only if the row is still at `version`; false when someone else got there first. */
export async function updateRequest(tx: Tx, id: string, version: number, values: Partial<typeof requests.$inferInsert>, now: Date): Promise<boolean> {
  const rows = await tx
    .update(requests)
    .set({ ...values, version: sql`${requests.version} + 1`, updatedAt: now })
    .where(and(eq(requests.id, id), eq(requests.version, version)))
    .returning({ id: requests.id });
  return rows.length === 1;
}

export async function replaceAssignees(tx: Tx, requestId: string, userIds: readonly string[], now: Date): Promise<void> {
  await tx.delete(requestAssignees).where(eq(requestAssignees.requestId, requestId));
  if (userIds.length) await tx.insert(requestAssignees).values(userIds.map((userId) => ({ requestId, userId, assignedAt: now })));
}

export async function insertTransition(tx: Tx, values: typeof requestTransitions.$inferInsert): Promise<void> {
  await tx.insert(requestTransitions).values(values);
}

/** The positions a request entered, in order, for the service-standard clock. */
export async function clockEvents(db: Db | Tx, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select({ requestId: requestTransitions.requestId, at: requestTransitions.at, state: requestTransitions.toState, stage: requestTransitions.toStage })
    .from(requestTransitions)
    .where(inArray(requestTransitions.requestId, [...requestIds]))
    .orderBy(asc(requestTransitions.at), asc(requestTransitions.id));
}

export async function listTransitions(db: Db, requestId: string) {
  return db
    .select({
      id: requestTransitions.id,
      action: requestTransitions.action,
      fromState: requestTransitions.fromState,
      fromStage: requestTransitions.fromStage,
      toState: requestTransitions.toState,
      toStage: requestTransitions.toStage,
      reason: requestTransitions.reason,
      data: requestTransitions.data,
      at: requestTransitions.at,
      actorId: requestTransitions.actorId,
      actorName: users.name,
    })
    .from(requestTransitions)
    .leftJoin(users, eq(users.id, requestTransitions.actorId))
    .where(eq(requestTransitions.requestId, requestId))
    .orderBy(asc(requestTransitions.at), asc(requestTransitions.id));
}

export async function insertComment(tx: Tx, values: typeof requestComments.$inferInsert): Promise<string> {
  const [row] = await tx.insert(requestComments).values(values).returning({ id: requestComments.id });
  return row.id;
}

export async function listComments(db: Db, requestId: string, commentId?: string) {
  const where: SQL | undefined = and(eq(requestComments.requestId, requestId), commentId ? eq(requestComments.id, commentId) : undefined);
  return db
    .select({
      id: requestComments.id, body: requestComments.body, at: requestComments.at, authorId: requestComments.authorId, authorName: users.name,
      sopId: requestComments.sopId, sopVersion: requestComments.sopVersion, sopStepId: requestComments.sopStepId,
    })
    .from(requestComments)
    .innerJoin(users, eq(users.id, requestComments.authorId))
    .where(where)
    .orderBy(asc(requestComments.at), asc(requestComments.id));
}

/** Keys of the documents the request has at least one version of. */
export async function documentKeys(db: Db | Tx, requestId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ key: requestDocuments.key }).from(requestDocuments).where(eq(requestDocuments.requestId, requestId));
  return rows.map((r) => r.key);
}

/** Verifikator among `ids` who are active and hold the role. */
export async function activeVerifierIds(db: Db | Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.execute<{ id: string }>(sql`
    select u.id::text as id from users u join user_roles r on r.user_id = u.id and r.role = 'verifikator'
    where u.active and u.id::text in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return new Set(rows.rows.map((r) => r.id));
}

export async function userNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The number is given once; the row was already claimed (version raised) in the same transaction. */
export async function setDocumentNumber(tx: Tx, id: string, documentNumber: string, now: Date): Promise<void> {
  await tx.update(requests).set({ documentNumber, updatedAt: now }).where(eq(requests.id, id));
}
