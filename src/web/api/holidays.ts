import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Holiday } from './types.ts';

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => ['holidays', year] as const,
};

export const holidaysQuery = (year: number) =>
  queryOptions({
    queryKey: holidayKeys.year(year),
    queryFn: () => api.get<{ items: Holiday[]; actions: string[] }>('/api/holidays', { year }),
    placeholderData: (previous) => previous,
  });

export interface HolidayInput {
  date: string;
  name: string;
}

export const createHoliday = (input: HolidayInput) => api.post<Holiday>('/api/holidays', input);
export const updateHoliday = (id: string, input: Partial<HolidayInput> & { version: number }) => api.patch<Holiday>(`/api/holidays/${id}`, input);
export const deleteHoliday = (id: string) => api.delete<void>(`/api/holidays/${id}`);
