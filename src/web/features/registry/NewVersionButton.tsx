import { Button, type ButtonProps } from '@mantine/core';
import { IconFilePencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { isApiError } from '../../api/client.ts';
import { startNewVersion } from '../../api/registry.ts';
import { sopKeys } from '../../api/sops.ts';
import { notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useI18n } from '../../i18n/index.tsx';

/**
 * "Mulai versi baru": starts the SOP's next draft from its version in effect and opens it in the editor. One draft
 * at a time: when one is open already (`draftOpen`, or the server says so) the button opens that draft instead.
 */
export function NewVersionButton({ entryId, sopId, draftOpen = false, ...props }: { entryId: string; sopId: string; draftOpen?: boolean } & ButtonProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const open = async () => {
    // The editor keeps a loaded SOP forever (staleTime Infinity): load it again, now a draft.
    await queryClient.invalidateQueries({ queryKey: sopKeys.one(sopId) });
    void queryClient.invalidateQueries({ queryKey: ['sops', 'page'] });
    await navigate({ to: '/sop/$id', params: { id: sopId } });
  };
  const mutation = useMutation({
    mutationFn: () => startNewVersion(entryId),
    onSuccess: async (result) => {
      notifySaved(t('registry-admin.newVersion.done', { version: result.version }));
      await open();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'DRAFT_OPEN') void open();
      else handleError(error);
    },
  });
  return (
    <Button leftSection={<IconFilePencil size={18} aria-hidden />} loading={mutation.isPending} onClick={() => (draftOpen ? void open() : mutation.mutate())} {...props}>
      {draftOpen ? t('registry-admin.openDraft') : t('registry-admin.newVersion')}
    </Button>
  );
}
