import { queryOptions } from '@tanstack/react-query';
import { api, apiUpload } from './client.ts';
import type { SopContent } from '../../domain/sop/model.ts';

/** The public registry of ratified SOPs (`/api/public/sops`, `/api/public/verify`). */
export type RegistryStatus = 'effective' | 'superseded' | 'revoked';

export interface RegistryEntry {
  id: string;
  sopId: string;
  version: number;
  number: string;
  title: string;
  unitId: string;
  unitLabel: string;
  effectiveOn: string;
  ratifier: { position: string; name: string; nip: string };
  ratifiedAt: string;
  status: RegistryStatus;
  statusReason: string | null;
  statusAt: string | null;
  supersededBy: { id: string; number: string; version: number } | null;
  code: string;
  verifyUrl: string;
  sha256: string;
  size: number;
  downloads: { pdf: string; docx: string; xlsx: string };
}

export interface RegistryListItem {
  id: string;
  sopId: string;
  version: number;
  number: string;
  title: string;
  unitId: string;
  unitLabel: string;
  effectiveOn: string;
  status: RegistryStatus;
}

export interface RegistryPage {
  items: RegistryListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RegistryOptions {
  units: { id: string; label: string }[];
  years: number[];
}

export interface RelatedSop {
  sopId: string | null;
  title: string;
  number: string | null;
  status: RegistryStatus | null;
}

export interface PublicSop {
  sopId: string;
  current: RegistryEntry;
  content: SopContent;
  versions: RegistryEntry[];
  related: { names: RelatedSop[]; namedBy: RelatedSop[] };
}

export interface VerifyResult {
  found: boolean;
  valid: boolean;
  entry: RegistryEntry | null;
  effective: { id: string; number: string; version: number } | null;
  sha256?: string;
}

export interface RegistrySearch {
  q?: string;
  unitId?: string;
  year?: number;
  status?: RegistryStatus;
  page?: number;
}

export const registryKeys = {
  page: (s: RegistrySearch) => ['registry', 'page', s] as const,
  options: ['registry', 'options'] as const,
  sop: (id: string) => ['registry', 'sop', id] as const,
  code: (code: string) => ['registry', 'verify', 'code', code] as const,
  number: (n: string) => ['registry', 'verify', 'number', n] as const,
};

export const registryPageQuery = (s: RegistrySearch) =>
  queryOptions({
    queryKey: registryKeys.page(s),
    queryFn: () => api.get<RegistryPage>('/api/public/sops', { q: s.q, unitId: s.unitId, year: s.year, status: s.status, page: s.page, pageSize: 20 }),
    placeholderData: (previous) => previous,
  });

export const registryOptionsQuery = queryOptions({
  queryKey: registryKeys.options,
  queryFn: () => api.get<RegistryOptions>('/api/public/sops/options'),
  staleTime: 5 * 60_000,
});

export const publicSopQuery = (id: string) =>
  queryOptions({ queryKey: registryKeys.sop(id), queryFn: () => api.get<PublicSop>(`/api/public/sops/${encodeURIComponent(id)}`) });

export const verifyCodeQuery = (code: string) =>
  queryOptions({ queryKey: registryKeys.code(code), queryFn: () => api.get<VerifyResult>(`/api/public/verify/${encodeURIComponent(code)}`) });

export const verifyNumberQuery = (number: string) =>
  queryOptions({ queryKey: registryKeys.number(number), queryFn: () => api.get<VerifyResult>('/api/public/verify', { number }) });

export const verifyFile = (file: File) =>
  apiUpload<VerifyResult>('/api/public/verify', () => {
    const form = new FormData();
    form.append('file', file, file.name);
    return form;
  });

// ---------------------------------------------------------------- the bureau's registry actions (signed in)

/** A ratified version as a signed-in user sees it, with what that user may do (`revoke`, `newVersion`). */
export interface RegistryEntryDetail extends RegistryEntry {
  requestId: string | null;
  ratifiedByUser: { id: string; name: string };
  statusBy: { id: string; name: string } | null;
  actions: string[];
}

export interface RatifyInput {
  sopId: string;
  version: number;
  number: string;
  effectiveOn: string;
  ratifiedBy?: { position: string; name: string; nip: string };
}

export const registryEntryQuery = (id: string) =>
  queryOptions({ queryKey: ['registry', 'entry', id] as const, queryFn: () => api.get<RegistryEntryDetail>(`/api/registry/${encodeURIComponent(id)}`) });

export const ratifySop = (input: RatifyInput) => api.post<RegistryEntryDetail>('/api/registry', input);
export const revokeEntry = (id: string, reason: string) => api.post<RegistryEntryDetail>(`/api/registry/${encodeURIComponent(id)}/revoke`, { reason });
export const startNewVersion = (id: string) => api.post<{ sopId: string; version: number; fromEntryId: string }>(`/api/registry/${encodeURIComponent(id)}/new-version`, {});
