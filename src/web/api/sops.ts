import { queryOptions } from '@tanstack/react-query';
import type { SopProblem } from '../../domain/sop/checker.ts';
import type { PaperSize, SopContent } from '../../domain/sop/model.ts';
import { api, apiUpload, type UploadOptions } from './client.ts';
import type { Page } from './types.ts';

interface UserRef {
  id: string;
  name: string;
}

export interface SopSummary {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  title: string;
  number: string;
  status: 'draf' | 'berlaku' | 'dicabut';
  /** The latest content version; a save sends it back. */
  version: number;
  errorCount: number;
  warningCount: number;
  updatedBy: UserRef;
  updatedAt: string;
  createdAt: string;
  actions: string[];
}

export interface MainPath {
  stepIds: string[];
  minutes: number;
  breakdown: { hari: number; jam: number; menit: number };
  untimedStepIds: string[];
  complete: boolean;
}

/** A checker problem as the server sends it: with its message in the caller's language. */
export type CheckedProblem = SopProblem & { message: string };

export interface Sop extends SopSummary {
  note: string;
  savedAt: string;
  content: SopContent;
  problems: CheckedProblem[];
  mainPath: MainPath;
}

export interface SopVersionSummary {
  number: number;
  note: string;
  savedBy: UserRef;
  savedAt: string;
}

export interface SopVersion extends SopVersionSummary {
  sopId: string;
  content: SopContent;
  problems: CheckedProblem[];
  mainPath: MainPath;
}

interface Indexed {
  id: string;
  index: number;
}
interface Moved {
  id: string;
  fromIndex: number;
  toIndex: number;
}
export interface SopDiff {
  from: number;
  to: number;
  steps: { added: Indexed[]; removed: Indexed[]; changed: Array<Moved & { fields: string[] }>; moved: Moved[] };
  actors: { added: string[]; removed: string[]; renamed: string[] };
  identity: string[];
}

export interface SopQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  unitId?: string;
}

export const sopKeys = {
  all: ['sops'] as const,
  page: (q: SopQuery) => ['sops', 'page', q] as const,
  one: (id: string) => ['sops', 'one', id] as const,
  versions: (id: string) => ['sops', 'one', id, 'versions'] as const,
  version: (id: string, n: number) => ['sops', 'one', id, 'versions', n] as const,
  diff: (id: string, from: number, to: number) => ['sops', 'one', id, 'diff', from, to] as const,
};

export const sopsPageQuery = (q: SopQuery) =>
  queryOptions({
    queryKey: sopKeys.page(q),
    queryFn: () => api.get<Page<SopSummary>>('/api/sops', { ...q }),
    placeholderData: (previous) => previous,
  });

export const sopQuery = (id: string) =>
  queryOptions({
    queryKey: sopKeys.one(id),
    queryFn: () => api.get<Sop>(`/api/sops/${id}`),
    // The editor owns the draft once loaded; a background refetch must not replace what the user is typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const sopVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: sopKeys.versions(id),
    queryFn: () => api.get<Page<SopVersionSummary>>(`/api/sops/${id}/versions`, { pageSize: 100 }),
  });

export const sopVersionQuery = (id: string, n: number) =>
  queryOptions({
    queryKey: sopKeys.version(id, n),
    queryFn: () => api.get<SopVersion>(`/api/sops/${id}/versions/${n}`),
    staleTime: Infinity,
  });

export const sopDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: sopKeys.diff(id, from, to),
    queryFn: () => api.get<SopDiff>(`/api/sops/${id}/diff`, { from, to }),
    staleTime: Infinity,
  });

export const createSop = (body: { unitId: string; title: string }) => api.post<Sop>('/api/sops', body);

/** Saves the content as a new version; a 409 (code in the error) means someone saved since `version`. */
export const saveSopContent = (id: string, body: { version: number; content: SopContent; note?: string }) =>
  api.put<Sop>(`/api/sops/${id}/content`, body);

export const checkSop = (id: string, content: SopContent) =>
  api.post<{ problems: CheckedProblem[]; mainPath: MainPath }>(`/api/sops/${id}/check`, { content });

/** Imports a filled template: as a new SOP of `unitId`, or as a new version of an existing draft. */
export const importSopTemplate = (
  file: File,
  target: { unitId: string } | { sopId: string; version: number },
  options: UploadOptions = {},
) =>
  apiUpload<Sop>(
    '/api/sops/import',
    () => {
      const form = new FormData();
      // Fields before the file: the server reads the stream in order.
      if ('unitId' in target) form.append('unitId', target.unitId);
      else {
        form.append('sopId', target.sopId);
        form.append('version', String(target.version));
      }
      form.append('file', file);
      return form;
    },
    options,
  );

export type ExportFormat = 'pdf' | 'docx' | 'xlsx';

/** Where the browser downloads an export (a plain link: the server sets the file name). */
export const sopExportUrl = (id: string, format: ExportFormat, options: { version?: number; paper?: PaperSize } = {}) => {
  const params = new URLSearchParams();
  if (options.version) params.set('version', String(options.version));
  if (options.paper) params.set('paper', options.paper);
  const query = params.toString();
  return `/api/sops/${id}/export.${format}${query ? `?${query}` : ''}`;
};

export const SOP_TEMPLATE_URL = '/api/sops/template.xlsx';
