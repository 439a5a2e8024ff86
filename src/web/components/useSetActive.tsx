import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { FormError, notifySaved, useApiErrorHandler } from './forms.tsx';

interface Options<T> {
  setActive: (object: T, active: boolean) => Promise<unknown>;
  /** Loaded again after the change. */
  queryKey: QueryKey;
  name: (object: T) => string;
}

/**
 * Deactivate / activate with a confirmation. Nothing is deleted: the dialog says so. A refusal (e.g. a unit that
 * still has active users) stays in the dialog; a version conflict closes it and reloads.
 */
export function useSetActive<T>({ setActive, queryKey, name }: Options<T>) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [target, setTarget] = useState<{ object: T; active: boolean } | null>(null);

  const mutation = useMutation({
    mutationFn: ({ object, active }: { object: T; active: boolean }) => setActive(object, active),
    onSuccess: async (_result, { object, active }) => {
      await queryClient.invalidateQueries({ queryKey });
      setTarget(null);
      notifySaved(t(active ? 'confirm.activated' : 'confirm.deactivated', { name: name(object) }));
    },
    onError: (error) => {
      if (isApiError(error) && error.isConflict) handleError(error, { reload: [queryKey], onConflict: () => setTarget(null) });
    },
  });

  const close = () => {
    setTarget(null);
    mutation.reset();
  };

  const dialog = (
    <ConfirmDialog
      opened={target !== null}
      title={target ? t(target.active ? 'confirm.activateTitle' : 'confirm.deactivateTitle', { name: name(target.object) }) : ''}
      confirmLabel={target?.active ? t('action.activate') : t('action.deactivate')}
      color={target?.active ? undefined : 'red'}
      loading={mutation.isPending}
      onConfirm={() => target && mutation.mutate(target)}
      onClose={close}
    >
      <FormError error={mutation.error} />
      {target ? t(target.active ? 'confirm.activateText' : 'confirm.deactivateText') : null}
    </ConfirmDialog>
  );

  return { ask: (object: T, active: boolean) => setTarget({ object, active }), dialog };
}
