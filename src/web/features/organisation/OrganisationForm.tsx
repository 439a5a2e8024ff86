import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationQuery, updateOrganisation, type OrganisationInput } from '../../api/organisation.ts';
import type { Organisation } from '../../api/types.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useT } from '../../i18n/index.tsx';
import { requiredRule } from '../auth/validators.ts';

/** The installation's own name: shown in the header, the front page and documents. */
export function OrganisationForm({ organisation, onConflict }: { organisation: Organisation; onConflict: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const canEdit = organisation.actions.includes('update');
  const form = useForm<OrganisationInput>({
    mode: 'uncontrolled',
    initialValues: {
      name: organisation.name,
      shortName: organisation.shortName,
      bureauName: organisation.bureauName,
      address: organisation.address,
      sopReviewMonths: organisation.sopReviewMonths,
    },
    validate: {
      name: requiredRule(t),
      shortName: requiredRule(t),
      bureauName: requiredRule(t),
      sopReviewMonths: (v) => (Number.isInteger(v) && v >= 1 && v <= 120 ? null : t('review-ack.months.invalid')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: OrganisationInput) =>
      updateOrganisation({
        name: v.name.trim(),
        shortName: v.shortName.trim(),
        bureauName: v.bureauName.trim(),
        address: v.address.trim(),
        sopReviewMonths: v.sopReviewMonths,
        version: queryClient.getQueryData(organisationQuery.queryKey)?.version ?? organisation.version,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(organisationQuery.queryKey, saved);
      form.resetDirty();
      notifySaved(t('organisation.saved'));
    },
    onError: (error) => handleError(error, { form, reload: [organisationQuery.queryKey], onConflict }),
  });

  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack maw={720}>
        <FormError error={mutation.error} form={form} />
        <TextInput label={t('organisation.name')} required readOnly={!canEdit} key={form.key('name')} {...form.getInputProps('name')} />
        <TextInput
          label={t('organisation.shortName')}
          description={t('organisation.shortNameHint')}
          required
          readOnly={!canEdit}
          key={form.key('shortName')}
          {...form.getInputProps('shortName')}
        />
        <TextInput label={t('organisation.bureauName')} required readOnly={!canEdit} key={form.key('bureauName')} {...form.getInputProps('bureauName')} />
        <Textarea label={t('organisation.address')} autosize minRows={2} maxRows={6} readOnly={!canEdit} key={form.key('address')} {...form.getInputProps('address')} />
        <NumberInput
          label={t('review-ack.months.label')}
          description={t('review-ack.months.hint')}
          min={1}
          max={120}
          allowDecimal={false}
          clampBehavior="none"
          suffix={` ${t('review-ack.months.unit')}`}
          required
          readOnly={!canEdit}
          key={form.key('sopReviewMonths')}
          {...form.getInputProps('sopReviewMonths')}
        />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('action.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
