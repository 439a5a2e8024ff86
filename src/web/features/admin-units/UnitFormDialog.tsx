import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNIT_KINDS, ZUnitCodePattern } from '../../../domain/organisation/unit.ts';
import type { Unit, UnitKind } from '../../api/types.ts';
import { createUnit, unitKeys, updateUnit } from '../../api/units.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { minCharsRule, requiredRule } from '../auth/validators.ts';

export type UnitDialogState =
  | { mode: 'create'; parentId: string | null }
  | { mode: 'edit'; unit: Unit }
  | { mode: 'move'; unit: Unit; exclude: Set<string> };

interface Values {
  code: string;
  name: string;
  kind: UnitKind | null;
  parentId: string | null;
}

function UnitForm({ state, onClose }: { state: UnitDialogState; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const unit = state.mode === 'create' ? null : state.unit;
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      kind: unit?.kind ?? null,
      parentId: state.mode === 'create' ? state.parentId : (unit?.parentId ?? null),
    },
    validate:
      state.mode === 'move'
        ? {}
        : {
            code: (v) => (ZUnitCodePattern.test(v.trim()) ? null : t('validation.unitCode')),
            name: minCharsRule(t, 2),
            kind: requiredRule(t),
          },
  });

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      if (state.mode === 'move') return updateUnit(state.unit.id, { parentId: v.parentId, version: state.unit.version });
      const input = { code: v.code.trim(), name: v.name.trim(), kind: v.kind! };
      if (state.mode === 'edit') return updateUnit(state.unit.id, { ...input, version: state.unit.version });
      return createUnit({ ...input, parentId: v.parentId });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onClose();
      notifySaved(t('units.saved', { name: saved.name }));
    },
    onError: (error) => handleError(error, { form, reload: [unitKeys.all], onConflict: onClose }),
  });

  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        {state.mode !== 'move' ? (
          <>
            <TextInput label={t('field.name')} required key={form.key('name')} {...form.getInputProps('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('field.code')}
                description={t('units.codeHint')}
                required
                key={form.key('code')}
                {...form.getInputProps('code')}
              />
              <Select
                label={t('field.kind')}
                required
                data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
                key={form.key('kind')}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
          </>
        ) : null}
        {state.mode !== 'edit' ? (
          <UnitSelect
            label={t('field.parent')}
            description={t('units.parentHint')}
            placeholder={t('units.noParent')}
            clearable
            exclude={state.mode === 'move' ? state.exclude : undefined}
            key={form.key('parentId')}
            {...form.getInputProps('parentId')}
          />
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {state.mode === 'create' ? t('units.create') : state.mode === 'move' ? t('action.move') : t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create a unit, edit its code/name/kind, or move it under another parent. */
export function UnitFormDialog({ state, onClose }: { state: UnitDialogState | null; onClose: () => void }) {
  const t = useT();
  const title = !state
    ? ''
    : state.mode === 'create'
      ? t('units.createTitle')
      : state.mode === 'move'
        ? t('units.moveTitle', { name: state.unit.name })
        : t('units.editTitle', { name: state.unit.name });
  return (
    <Modal opened={state !== null} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {state ? <UnitForm state={state} onClose={onClose} /> : null}
    </Modal>
  );
}
