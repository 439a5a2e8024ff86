import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../api/client.ts';
import { requestKeys } from '../../api/requests.ts';
import type { RequestDetail } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

/** Someone else acted first: the server answers 409 with its message and, usually, the request as it now stands. */
export function conflictCurrent(error: unknown): RequestDetail | null | false {
  if (!isApiError(error) || error.status !== 409) return false;
  const current = (error.body as { current?: RequestDetail } | undefined)?.current;
  return current && typeof current === 'object' && typeof current.id === 'string' ? current : null;
}

/** Keeps the page's queries in step with a change: the request itself, its history, documents, thread and the lists. */
export function useRequestCache(id: string) {
  const queryClient = useQueryClient();
  const t = useT();

  const refresh = useCallback(
    (request?: RequestDetail) => {
      if (request) queryClient.setQueryData(requestKeys.one(id), request);
      void queryClient.invalidateQueries({ queryKey: requestKeys.one(id), refetchType: 'active', predicate: (q) => !request || q.queryKey.length > 3 });
      void queryClient.invalidateQueries({ queryKey: ['requests', 'page'] });
    },
    [queryClient, id],
  );

  /** Returns true when the failure was a conflict, which it has announced (the server's words) and reloaded. */
  const handleConflict = useCallback(
    (error: unknown): boolean => {
      const current = conflictCurrent(error);
      if (current === false) return false;
      notifications.show({
        color: 'orange',
        title: t('req.conflict.title'),
        message: isApiError(error) && error.message ? `${error.message} ${t('req.conflict.reloaded')}` : t('conflict.text'),
        autoClose: 10_000,
      });
      refresh(current ?? undefined);
      if (!current) void queryClient.invalidateQueries({ queryKey: requestKeys.one(id) });
      return true;
    },
    [refresh, queryClient, id, t],
  );

  return { refresh, handleConflict };
}
