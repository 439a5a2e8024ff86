import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { jobDocumentEvents, jobDocuments, users } from '../../db/schema.ts';

export async function listEvents(db: Db | Tx, documentId: string) {
  return db.select({
    id: jobDocumentEvents.id,
    action: jobDocumentEvents.action,
    fromStatus: jobDocumentEvents.fromStatus,
    toStatus: jobDocumentEvents.toStatus,
    version: jobDocumentEvents.version,
    team: jobDocumentEvents.team,
    decidedOn: jobDocumentEvents.decidedOn,
    minutesNumber: jobDocumentEvents.minutesNumber,
    minutesFile: jobDocumentEvents.minutesFile,
    notes: jobDocumentEvents.notes,
    actorId: jobDocumentEvents.actorId,
    actorName: users.name,
    at: jobDocumentEvents.at,
  }).from(jobDocumentEvents).innerJoin(users, eq(users.id, jobDocumentEvents.actorId))
    .where(eq(jobDocumentEvents.documentId, documentId)).orderBy(asc(jobDocumentEvents.at), asc(jobDocumentEvents.id));
}

/** Moves the document from `from` to `to`; false when its status changed meanwhile. */
export async function moveStatus(tx: Tx, id: string, from: string, to: string, at: Date): Promise<boolean> {
  const rows = await tx.update(jobDocuments).set({ status: to, updatedAt: at })
    .where(and(eq(jobDocuments.id, id), eq(jobDocuments.status, from))).returning({ id: jobDocuments.id });
  return rows.length === 1;
}

export async function insertEvent(tx: Tx, values: typeof jobDocumentEvents.$inferInsert) {
  await tx.insert(jobDocumentEvents).values(values);
}

/** Sets the minutes file of a validate event; answers the file it replaced (null when none), or undefined when no such event. */
export async function setMinutesFile(tx: Tx, documentId: string, eventId: number, file: NonNullable<typeof jobDocumentEvents.$inferInsert['minutesFile']>) {
  const [before] = await tx.select({ file: jobDocumentEvents.minutesFile }).from(jobDocumentEvents)
    .where(and(eq(jobDocumentEvents.id, eventId), eq(jobDocumentEvents.documentId, documentId), eq(jobDocumentEvents.action, 'validate'))).for('update');
  if (!before) return undefined;
  await tx.update(jobDocumentEvents).set({ minutesFile: file }).where(eq(jobDocumentEvents.id, eventId));
  return before.file;
}
