import { z } from 'zod';

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  q: z.string().trim().max(200).optional(),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const ZBooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** What the caller may do on the collection, e.g. ["create"]. */
    actions: z.array(z.string()),
  });
}

export const offsetOf = (q: { page: number; pageSize: number }) => (q.page - 1) * q.pageSize;

/** A search term safe for ILIKE: % and _ are matched literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const ZIdParams = z.object({ id: z.string().uuid() });
export const ZVersion = z.object({ version: z.number().int().min(1) });
