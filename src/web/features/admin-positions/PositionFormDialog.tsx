import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { POSITION_KINDS } from '../../../domain/organisation/unit.ts';
import { createPosition, positionKeys, updatePosition } from '../../api/positions.ts';
import type { Position, PositionKind } from '../../api/types.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { requiredRule } from '../auth/validators.ts';

interface Values {
  unitId: string | null;
  name: string;
  kind: PositionKind | null;
}

function PositionForm({ position, defaultUnitId, onClose }: { position: Position | null; defaultUnitId?: string; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { unitId: position?.unitId ?? defaultUnitId ?? null, name: position?.name ?? '', kind: position?.kind ?? null },
    validate: { unitId: requiredRule(t), name: requiredRule(t), kind: requiredRule(t) },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const input = { unitId: v.unitId!, name: v.name.trim(), kind: v.kind! };
      return position ? updatePosition(position.id, { ...input, version: position.version }) : createPosition(input);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: positionKeys.all });
      onClose();
      notifySaved(t('positions.saved', { name: saved.name }));
    },
    onError: (error) => handleError(error, { form, reload: [positionKeys.all], onConflict: onClose }),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        <TextInput label={t('field.positionName')} required key={form.key('name')} {...form.getInputProps('name')} />
        <UnitSelect label={t('field.unit')} required key={form.key('unitId')} {...form.getInputProps('unitId')} />
        <Select
          label={t('field.positionKind')}
          required
          data={POSITION_KINDS.map((k) => ({ value: k, label: t(`positionKind.${k}`) }))}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {position ? t('action.save') : t('positions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create or edit a position (jabatan) of a unit. */
export function PositionFormDialog({
  opened,
  position,
  defaultUnitId,
  onClose,
}: {
  opened: boolean;
  position: Position | null;
  defaultUnitId?: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={position ? t('positions.editTitle', { name: position.name }) : t('positions.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {opened ? <PositionForm key={position ? `${position.id}:${position.version}` : 'new'} position={position} defaultUnitId={defaultUnitId} onClose={onClose} /> : null}
    </Modal>
  );
}
