import { Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { createService, serviceKeys, setServiceActive, updateService } from '../../../api/services.ts';
import type { Service } from '../../../api/types.ts';
import { FormError, focusFirstProblem, notifySaved, useApiErrorHandler } from '../../../components/forms.tsx';
import { useT } from '../../../i18n/index.tsx';
import { AttachmentsEditor } from './AttachmentsEditor.tsx';
import { FormFieldsEditor } from './FormFieldsEditor.tsx';
import { RequirementsEditor } from './RequirementsEditor.tsx';
import { StandardDaysEditor } from './StandardDaysEditor.tsx';
import { CHANNELS, toInput, toValues, validateService, type ServiceValues } from './values.ts';

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      ) : (
        <div style={{ height: 8 }} />
      )}
      {children}
    </Paper>
  );
}

interface ServiceEditorProps {
  /** The service to edit; null to create one. */
  service: Service | null;
  onSaved: (service: Service) => void;
  onCancel: () => void;
  /** Someone else changed the service meanwhile (409): the page reloads it and starts the editor afresh. */
  onConflict?: () => void;
}

/** Edits every part of a service: texts, requirements, intake form, attachments, the six standard days, active. */
export function ServiceEditor({ service, onSaved, onCancel, onConflict }: ServiceEditorProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const creating = service === null;
  const [version, setVersion] = useState(service?.version ?? 0);
  const form = useForm<ServiceValues>({
    mode: 'controlled',
    initialValues: toValues(service),
    validate: (values) => validateService(values, t, creating),
    validateInputOnBlur: false,
  });

  const mutation = useMutation({
    mutationFn: async (values: ServiceValues) => {
      const { active, ...input } = toInput(values);
      if (creating) return createService(input);
      const { code: _code, ...changes } = input;
      const saved = await updateService(service.code, { ...changes, version });
      // Withdrawing from or returning to the catalogue is its own action on the server.
      if (saved.active === active) return saved;
      const action = active ? 'activate' : 'deactivate';
      return saved.actions.includes(action) ? setServiceActive(saved, active) : saved;
    },
    onSuccess: (saved) => {
      setVersion(saved.version);
      queryClient.setQueryData(serviceKeys.one(saved.code), saved);
      void queryClient.invalidateQueries({ queryKey: serviceKeys.all });
      form.setInitialValues(toValues(saved));
      form.resetDirty(toValues(saved));
      notifySaved(t('editor.saved', { name: saved.name }));
      onSaved(saved);
    },
    onError: (error) => handleError(error, { form, reload: [serviceKeys.all], onConflict }),
  });

  return (
    <form
      onSubmit={form.onSubmit(
        (values) => mutation.mutate(values),
        // Bring the first marked input into view for keyboard and screen-reader users.
        focusFirstProblem,
      )}
      noValidate
    >
      <Stack gap="lg">
        <FormError error={mutation.error} form={form} />

        <Section title={t('editor.section.info')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('field.code')}
                description={creating ? t('editor.codeHint') : t('editor.codeFixed')}
                required={creating}
                readOnly={!creating}
                {...form.getInputProps('code')}
              />
              <Select
                label={t('editor.channel')}
                required
                allowDeselect={false}
                data={CHANNELS.map((c) => ({ value: c, label: t(c === 'utama' ? 'channel.utama' : 'channel.penunjang') }))}
                {...form.getInputProps('channel')}
              />
              <NumberInput label={t('editor.sortOrder')} min={0} allowDecimal={false} required {...form.getInputProps('sortOrder')} />
            </SimpleGrid>
            <TextInput label={t('editor.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('editor.nameEn')} required {...form.getInputProps('nameEn')} />
            <Textarea label={t('editor.description')} required autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
            <Textarea label={t('service.output')} required autosize minRows={2} maxRows={8} {...form.getInputProps('output')} />
            <Checkbox label={t('sop-review.attachesSop')} description={t('sop-review.attachesSopHint')} {...form.getInputProps('attachesSop', { type: 'checkbox' })} />
            <Select
              label={t('request-jobs.field')}
              description={t('request-jobs.fieldHint')}
              allowDeselect={false}
              data={[
                { value: 'none', label: t('request-jobs.fieldNone') },
                ...(['anjab', 'evjab', 'skj'] as const).map((k) => ({ value: k, label: t(`jobs.kindLong.${k}`) })),
              ]}
              {...form.getInputProps('jobDocumentKind')}
            />
            {!creating && (service.actions.includes('activate') || service.actions.includes('deactivate')) ? (
              <Switch label={t('editor.active')} description={t('editor.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
            ) : null}
          </Stack>
        </Section>

        <Section title={t('service.requirements')} description={t('editor.requirements.hint')}>
          <RequirementsEditor form={form} />
        </Section>

        <Section title={t('service.formFields')} description={t('editor.fields.hint')}>
          <FormFieldsEditor form={form} />
        </Section>

        <Section title={t('service.attachments')} description={t('editor.attachments.hint')}>
          <AttachmentsEditor form={form} />
        </Section>

        <Section title={t('service.standard')} description={t('editor.days.hint')}>
          <StandardDaysEditor form={form} />
        </Section>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {creating ? t('editor.create') : t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
