import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Person, RequestComment, RequestSopBrief } from './types.ts';

/** One submission of the request and the SOP version it carried: the version the verifikator reviews. */
export interface SopSubmission {
  sopId: string;
  sopTitle: string;
  version: number;
  action: 'submit' | 'answer_revision';
  at: string;
  actor: Person;
}

export interface RequestSop {
  attachesSop: boolean;
  sop: RequestSopBrief | null;
  /** Oldest first. */
  submissions: SopSubmission[];
  /** The linked SOP's version submitted last; null before the first submission. */
  reviewVersion: number | null;
  /** "link" when the caller may link or change the SOP now. */
  actions: string[];
}

export const requestSopKey = (id: string) => ['requests', 'one', id, 'sop'] as const;

export const requestSopQuery = (id: string) =>
  queryOptions({
    queryKey: requestSopKey(id),
    queryFn: () => api.get<RequestSop>(`/api/requests/${id}/sop`),
  });

export const linkRequestSop = (id: string, sopId: string) => api.put<RequestSop>(`/api/requests/${id}/sop`, { sopId });

/** A note on one step of the submitted SOP, posted to the request's discussion. */
export const addStepComment = (id: string, body: string, sopStepId: string) =>
  api.post<RequestComment>(`/api/requests/${id}/comments`, { body, sopStepId });
