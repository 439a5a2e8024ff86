import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { NumberingTemplate } from './types.ts';

export const numberingKeys = { all: ['numbering-templates'] as const };

export const numberingTemplatesQuery = () =>
  queryOptions({
    queryKey: numberingKeys.all,
    queryFn: () => api.get<{ items: NumberingTemplate[]; actions: string[] }>('/api/numbering-templates'),
  });

export const createNumberingTemplate = (input: { kind: string; template: string }) => api.post<NumberingTemplate>('/api/numbering-templates', input);
export const updateNumberingTemplate = (id: string, input: { template: string; version: number }) =>
  api.patch<NumberingTemplate>(`/api/numbering-templates/${id}`, input);
