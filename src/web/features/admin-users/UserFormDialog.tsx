import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES } from '../../../domain/access/roles.ts';
import type { Role, User } from '../../api/types.ts';
import { createUser, updateUser, userKeys } from '../../api/users.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { emailRule, minCharsRule, requiredRule } from '../auth/validators.ts';
import { useT } from '../../i18n/index.tsx';

interface Values {
  email: string;
  name: string;
  nip: string;
  unitId: string | null;
  roles: Role[];
}

interface UserFormDialogProps {
  /** The user to edit; null to create one. */
  user: User | null;
  opened: boolean;
  onClose: () => void;
  /** After creation: the new user and the temporary password to show once. */
  onCreated: (user: User, temporaryPassword: string) => void;
}

const valuesOf = (user: User | null): Values => ({
  email: user?.email ?? '',
  name: user?.name ?? '',
  nip: user?.nip ?? '',
  unitId: user?.unitId ?? null,
  roles: user?.roles ?? [],
});

function UserForm({ user, onClose, onCreated }: Omit<UserFormDialogProps, 'opened'>) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: valuesOf(user),
    validate: {
      email: emailRule(t),
      name: minCharsRule(t, 2),
      nip: (v) => (!v.trim() || /^\d{18}$/.test(v.trim()) ? null : t('validation.nip')),
      unitId: requiredRule(t),
      roles: (roles) => (roles.length > 0 ? null : t('validation.roles')),
    },
  });

  const mutation = useMutation({
    mutationFn: async (values: Values) => {
      const input = {
        email: values.email.trim(),
        name: values.name.trim(),
        nip: values.nip.trim() || null,
        unitId: values.unitId!,
        roles: values.roles,
      };
      if (user) return { user: await updateUser(user.id, { ...input, version: user.version }), temporaryPassword: null };
      return createUser({ ...input, nip: input.nip ?? undefined });
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
      if (result.temporaryPassword) onCreated(result.user, result.temporaryPassword);
      else notifySaved(t('users.saved', { name: result.user.name }));
    },
    onError: (error) => handleError(error, { form, reload: [userKeys.all], onConflict: onClose }),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('field.name')} required key={form.key('name')} {...form.getInputProps('name')} />
          <TextInput label={t('field.nip')} description={t('field.optional')} key={form.key('nip')} {...form.getInputProps('nip')} />
        </SimpleGrid>
        <TextInput label={t('field.email')} type="email" required key={form.key('email')} {...form.getInputProps('email')} />
        <UnitSelect label={t('field.unit')} required key={form.key('unitId')} {...form.getInputProps('unitId')} />
        <Checkbox.Group label={t('field.roles')} required key={form.key('roles')} {...form.getInputProps('roles')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`role.${role}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('action.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create a user, or edit one (name, e-mail, NIP, unit, roles). */
export function UserFormDialog({ user, opened, onClose, onCreated }: UserFormDialogProps) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.name }) : t('users.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {opened ? <UserForm key={user ? `${user.id}:${user.version}` : 'new'} user={user} onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}
