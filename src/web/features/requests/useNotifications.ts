import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markAllNotificationsRead, markNotificationRead, notificationKeys } from '../../api/notifications.ts';
import { useApiErrorHandler } from '../../components/forms.tsx';

/** Marking read, one or all; the bell and the list load again afterwards. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const reload = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({ mutationFn: markNotificationRead, onSettled: reload });
  const all = useMutation({ mutationFn: markAllNotificationsRead, onSuccess: reload, onError: (e) => handleError(e) });
  return { one, all };
}

/** Where a notification leads inside the portal: its request, else its own in-portal path; null when nowhere. */
export function noticeHref(n: { requestId: string | null; link: string | null }): string | null {
  if (n.requestId) return `/permohonan/${n.requestId}`;
  return n.link && n.link.startsWith('/') && !n.link.startsWith('//') ? n.link : null;
}
