import { queryOptions } from '@tanstack/react-query';
import type { JobDocumentKind } from '../../domain/jabatan/model.ts';
import { api } from './client.ts';
import type { Person } from './types.ts';

/** Typed client of `GET|POST|DELETE /api/requests/:id/job-documents` (modules/requests/request-job-documents.*). */

export interface AttachedJobDocument {
  id: string;
  kind: JobDocumentKind;
  positionId: string;
  positionName: string;
  positionKind: string;
  latestVersion: number;
  masterYear: number;
  updatedAt: string;
  attachedAt: string;
  /** The version the last submission carried; null if attached since. */
  submittedVersion: number | null;
  /** What keeps the latest version from being submitted; empty when complete. */
  problems: Array<{ code: string; message: string }>;
}

export interface JobSubmission {
  action: 'submit' | 'answer_revision';
  at: string;
  actor: Person;
  documents: Array<{ id: string; kind: JobDocumentKind; positionName: string; version: number }>;
}

export interface RequestJobDocuments {
  kind: JobDocumentKind | null;
  documents: AttachedJobDocument[];
  /** Oldest first. */
  submissions: JobSubmission[];
  /** "attach" when the caller may attach or remove documents now. */
  actions: string[];
}

export const requestJobDocumentsKey = (id: string) => ['requests', 'one', id, 'job-documents'] as const;

export const requestJobDocumentsQuery = (id: string) =>
  queryOptions({ queryKey: requestJobDocumentsKey(id), queryFn: () => api.get<RequestJobDocuments>(`/api/requests/${id}/job-documents`) });

export const attachJobDocument = (id: string, documentId: string) => api.post<RequestJobDocuments>(`/api/requests/${id}/job-documents`, { documentId });
export const detachJobDocument = (id: string, documentId: string) => api.delete<RequestJobDocuments>(`/api/requests/${id}/job-documents/${documentId}`);

/** The versions of one document the request's submissions carried, oldest first (a version once per submission). */
export function submittedVersionsOf(data: RequestJobDocuments, documentId: string): Array<{ version: number; at: string; action: JobSubmission['action'] }> {
  return data.submissions.flatMap((s) => s.documents.filter((d) => d.id === documentId).map((d) => ({ version: d.version, at: s.at, action: s.action })));
}
