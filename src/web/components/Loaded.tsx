import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageLoader } from './PageLoader.tsx';

/**
 * Renders `children` with the query's data; while loading a spinner, on failure a clear message
 * (a missing object is the 404 page, a refused one the "not allowed" page when `page` is set).
 */
export function Loaded<T>({ query, children, page = false }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; page?: boolean }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    if (page && isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
    if (page && isApiError(query.error) && query.error.status === 403) return <ForbiddenPage />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <PageLoader />;
}
