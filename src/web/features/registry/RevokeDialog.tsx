import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeEntry, type RegistryEntry } from '../../api/registry.ts';
import { sopKeys } from '../../api/sops.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** The bureau's "Cabut SOP": asks for the reason (shown to the public) and confirms before revoking the version in effect. */
export function RevokeDialog({ entry, opened, onClose }: { entry: Pick<RegistryEntry, 'id' | 'number'>; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} centered title={t('registry-admin.revoke.title', { number: entry.number })} closeButtonProps={{ 'aria-label': t('action.close') }}>
      {opened ? <RevokeForm entry={entry} onClose={onClose} /> : null}
    </Modal>
  );
}

function RevokeForm({ entry, onClose }: { entry: Pick<RegistryEntry, 'id' | 'number'>; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('registry-admin.revoke.reasonRequired')) },
  });
  const mutation = useMutation({
    mutationFn: (v: { reason: string }) => revokeEntry(entry.id, v.reason.trim()),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['registry'] }), queryClient.invalidateQueries({ queryKey: sopKeys.all })]);
      notifySaved(t('registry-admin.revoke.done', { number: entry.number }));
      onClose();
    },
    onError: (error) => handleError(error, { form }),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <Text size="sm">{t('registry-admin.revoke.text')}</Text>
        <FormError error={mutation.error} form={form} />
        <Textarea label={t('registry-admin.revoke.reason')} description={t('registry-admin.revoke.reasonHint')} required autosize minRows={3} maxLength={2000} data-autofocus key={form.key('reason')} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color="red" loading={mutation.isPending}>
            {t('registry-admin.revoke.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
