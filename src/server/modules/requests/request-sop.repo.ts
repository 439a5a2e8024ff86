import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { requestSopEvents, requests, sops, users } from '../../db/schema.ts';

export type RequestSopEventKind = 'linked' | 'submitted';

export interface RequestSopEventRow {
  id: number;
  kind: RequestSopEventKind;
  sopId: string;
  sopTitle: string;
  sopVersion: number;
  action: string | null;
  actorId: string;
  actorName: string;
  at: Date;
}

const eventColumns = {
  id: requestSopEvents.id,
  kind: requestSopEvents.kind,
  sopId: requestSopEvents.sopId,
  sopTitle: sops.title,
  sopVersion: requestSopEvents.sopVersion,
  action: requestSopEvents.action,
  actorId: requestSopEvents.actorId,
  actorName: users.name,
  at: requestSopEvents.at,
};

const events = (db: Db | Tx) =>
  db.select(eventColumns).from(requestSopEvents).innerJoin(sops, eq(sops.id, requestSopEvents.sopId)).innerJoin(users, eq(users.id, requestSopEvents.actorId));

/** Links the SOP to the request (the row was read under lock in the same transaction). */
export async function setRequestSop(tx: Tx, requestId: string, sopId: string, now: Date): Promise<void> {
  await tx.update(requests).set({ sopId, updatedAt: now }).where(eq(requests.id, requestId));
}

export async function insertSopEvent(tx: Tx, values: typeof requestSopEvents.$inferInsert): Promise<void> {
  await tx.insert(requestSopEvents).values(values);
}

/** Every SOP event of the request, oldest first. */
export async function listSopEvents(db: Db | Tx, requestId: string): Promise<RequestSopEventRow[]> {
  const rows = await events(db).where(eq(requestSopEvents.requestId, requestId)).orderBy(asc(requestSopEvents.at), asc(requestSopEvents.id));
  return rows as RequestSopEventRow[];
}

/** The SOP version last submitted with the request (at submit or an answer to a revision), if any. */
export async function lastSubmission(db: Db | Tx, requestId: string): Promise<RequestSopEventRow | undefined> {
  const [row] = await events(db)
    .where(and(eq(requestSopEvents.requestId, requestId), eq(requestSopEvents.kind, 'submitted')))
    .orderBy(desc(requestSopEvents.at), desc(requestSopEvents.id))
    .limit(1);
  return row as RequestSopEventRow | undefined;
}
