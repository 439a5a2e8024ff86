import { queryOptions } from '@tanstack/react-query';
import { api, apiUpload, oneFileForm, type UploadOptions } from './client.ts';
import type { CommentList, Page, RequestComment, RequestDetail, RequestDocument, RequestQuery, RequestSummary, TimelineEntry } from './types.ts';

export const requestKeys = {
  all: ['requests'] as const,
  page: (q: RequestQuery) => ['requests', 'page', q] as const,
  one: (id: string) => ['requests', 'one', id] as const,
  documents: (id: string) => ['requests', 'one', id, 'documents'] as const,
  comments: (id: string) => ['requests', 'one', id, 'comments'] as const,
  timeline: (id: string) => ['requests', 'one', id, 'timeline'] as const,
};

export const requestsPageQuery = (q: RequestQuery) =>
  queryOptions({
    queryKey: requestKeys.page(q),
    queryFn: () => api.get<Page<RequestSummary>>('/api/requests', { ...q }),
    placeholderData: (previous) => previous,
  });

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: requestKeys.one(id),
    queryFn: () => api.get<RequestDetail>(`/api/requests/${id}`),
  });

export const documentsQuery = (id: string) =>
  queryOptions({
    queryKey: requestKeys.documents(id),
    queryFn: () => api.get<{ items: RequestDocument[] }>(`/api/requests/${id}/documents`),
  });

export const commentsQuery = (id: string) =>
  queryOptions({
    queryKey: requestKeys.comments(id),
    queryFn: () => api.get<CommentList>(`/api/requests/${id}/comments`),
  });

export const timelineQuery = (id: string) =>
  queryOptions({
    queryKey: requestKeys.timeline(id),
    queryFn: () => api.get<{ items: TimelineEntry[] }>(`/api/requests/${id}/timeline`),
  });

export interface DraftInput {
  title: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  formValues: Record<string, unknown>;
}

export const createRequest = (input: DraftInput & { serviceCode: string; unitId?: string }) => api.post<RequestDetail>('/api/requests', input);
export const updateRequest = (id: string, input: Partial<DraftInput> & { version: number }) => api.patch<RequestDetail>(`/api/requests/${id}`, input);

export interface ActionInput {
  version: number;
  reason?: string;
  verifierIds?: string[];
}

export const takeAction = (id: string, action: string, input: ActionInput) =>
  api.post<RequestDetail>(`/api/requests/${id}/actions/${encodeURIComponent(action)}`, input);

export const uploadDocument = (id: string, key: string, file: File, options?: UploadOptions) =>
  apiUpload<RequestDocument>(`/api/requests/${id}/documents/${encodeURIComponent(key)}`, oneFileForm(file), options);

/** Text only as JSON; with files as multipart (a `body` field, then up to five `file` parts). */
export function addComment(id: string, body: string, files: File[] = [], options?: UploadOptions): Promise<RequestComment> {
  if (files.length === 0) return api.post<RequestComment>(`/api/requests/${id}/comments`, { body });
  return apiUpload<RequestComment>(
    `/api/requests/${id}/comments`,
    () => {
      const form = new FormData();
      form.append('body', body);
      for (const file of files) form.append('file', file, file.name);
      return form;
    },
    options,
  );
}

export const documentUrl = (id: string, documentId: string) => `/api/requests/${id}/documents/${documentId}/content`;
export const commentFileUrl = (id: string, fileId: string) => `/api/requests/${id}/comment-files/${fileId}`;
