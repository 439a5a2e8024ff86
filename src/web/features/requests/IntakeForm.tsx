import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { updateRequest } from '../../api/requests.ts';
import type { FormField, RequestDetail, Service } from '../../api/types.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { FieldInput } from './FieldInput.tsx';
import { Section } from './Section.tsx';
import { CONTACT_NAME_MAX, draftInput, initialIntake, TITLE_MAX, validateIntake, type IntakeValues } from './intake.ts';
import { useRequestCache } from './useRequestCache.ts';

export type IntakeForm = UseFormReturnType<IntakeValues>;

/** The form of a request, checked in the browser as the server checks it (drafts may leave fields empty). */
export function useIntakeForm(fields: readonly FormField[], initial: IntakeValues, needUnit: boolean): IntakeForm {
  const t = useT();
  return useForm<IntakeValues>({
    mode: 'uncontrolled',
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(Object.entries(validateIntake(fields, values, 'draft', needUnit)).map(([path, p]) => [path, t(p.key, p.params)])),
  });
}

interface IntakeFieldsProps {
  form: IntakeForm;
  fields: readonly FormField[];
  /** The unit line: the user's own unit read-only, or a choice for administrators; left out when editing a draft. */
  unit?: { choose: boolean; fixedLabel: string };
  headingOrder?: 2 | 3;
}

/** The request's own data, the service's fields and the contact person. */
export function IntakeFields({ form, fields, unit, headingOrder = 2 }: IntakeFieldsProps) {
  const t = useT();
  return (
    <>
      <Section title={t('req.section.request')} order={headingOrder}>
        {unit ? (
          unit.choose ? (
            <UnitSelect label={t('field.unit')} description={t('req.form.unitAdmin')} required key={form.key('unitId')} {...form.getInputProps('unitId')} />
          ) : (
            <TextInput label={t('field.unit')} value={unit.fixedLabel} readOnly description={t('req.form.unitOwn')} />
          )
        ) : null}
        <TextInput
          label={t('req.field.title')}
          description={t('req.form.titleHint')}
          required
          maxLength={TITLE_MAX}
          key={form.key('title')}
          {...form.getInputProps('title')}
        />
      </Section>
      {fields.length > 0 ? (
        <Section title={t('req.section.fields')} description={t('req.form.requiredNote')} order={headingOrder}>
          {fields.map((field) => (
            <FieldInput key={field.key} field={field} form={form} />
          ))}
        </Section>
      ) : null}
      <Section title={t('req.section.contact')} description={t('req.form.contactHint')} order={headingOrder}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('req.field.contactName')} required maxLength={CONTACT_NAME_MAX} key={form.key('contactName')} {...form.getInputProps('contactName')} />
          <TextInput label={t('req.field.contactPhone')} required type="tel" maxLength={30} description={t('req.form.phoneHint')} key={form.key('contactPhone')} {...form.getInputProps('contactPhone')} />
          <TextInput label={t('req.field.contactEmail')} required type="email" key={form.key('contactEmail')} {...form.getInputProps('contactEmail')} />
        </SimpleGrid>
      </Section>
    </>
  );
}

/** Editing a draft (PATCH with the version read); a change by someone else meanwhile is announced and reloaded. */
export function DraftEditForm({ request, service, onClose }: { request: RequestDetail; service: Service; onClose: () => void }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const { refresh, handleConflict } = useRequestCache(request.id);
  const form = useIntakeForm(service.formFields, initialIntake(service.formFields, { request }), false);
  const mutation = useMutation({
    mutationFn: (values: IntakeValues) => updateRequest(request.id, { ...draftInput(service.formFields, values), version: request.version }),
    onSuccess: (updated) => {
      refresh(updated);
      notifySaved(t('req.saved'));
      onClose();
    },
    onError: (error) => {
      if (handleConflict(error)) return onClose();
      handleError(error, { form });
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values), focusFirstProblem)} noValidate>
      <Stack>
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('req.form.editNote')}
        </Alert>
        <FormError error={mutation.error} form={form} />
        <IntakeFields form={form} fields={service.formFields} headingOrder={3} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('req.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
