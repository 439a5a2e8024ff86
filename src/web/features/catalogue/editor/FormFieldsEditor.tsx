import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../../i18n/index.tsx';
import { ListControls } from './ListControls.tsx';
import type { ServiceForm } from './types.ts';
import { FIELD_TYPES, suggestKey, type FieldType } from './values.ts';

/** The intake form of a service: each field's label, key, type, whether required, and a choice field's options. */
export function FormFieldsEditor({ form }: { form: ServiceForm }) {
  const t = useT();
  const fields = form.getValues().formFields;
  return (
    <Stack gap="sm">
      {fields.length === 0 ? <Text c="dimmed">{t('editor.fields.none')}</Text> : null}
      {fields.map((field, i) => {
        const what = t('editor.fields.item', { n: i + 1 });
        return (
          <Paper key={form.key(`formFields.${i}`)} withBorder p="sm" radius="md" role="group" aria-label={what}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text component="h3" fw={600} size="sm" m={0}>
                {what}
              </Text>
              <ListControls form={form} path="formFields" index={i} count={fields.length} what={what} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('editor.fields.label')}
                required
                {...form.getInputProps(`formFields.${i}.label`)}
                onBlur={(e) => {
                  if (!form.getValues().formFields[i]?.key) form.setFieldValue(`formFields.${i}.key`, suggestKey(e.currentTarget.value));
                }}
              />
              <TextInput label={t('editor.key')} description={t('editor.keyHint')} required {...form.getInputProps(`formFields.${i}.key`)} />
              <Select
                label={t('editor.fields.type')}
                required
                allowDeselect={false}
                data={FIELD_TYPES.map((type) => ({ value: type, label: t(`fieldType.${type}`) }))}
                {...form.getInputProps(`formFields.${i}.type`)}
                onChange={(value) => {
                  form.setFieldValue(`formFields.${i}.type`, (value ?? 'text') as FieldType);
                  if (value === 'select' && !form.getValues().formFields[i]?.options) form.setFieldValue(`formFields.${i}.options`, []);
                }}
              />
              <Checkbox
                label={t('field.required')}
                mt={{ base: 0, sm: 32 }}
                {...form.getInputProps(`formFields.${i}.required`, { type: 'checkbox' })}
              />
            </SimpleGrid>
            {field.type === 'select' ? (
              <TagsInput
                mt="sm"
                label={t('editor.fields.options')}
                description={t('editor.fields.optionsHint')}
                splitChars={[',', ';']}
                acceptValueOnBlur
                {...form.getInputProps(`formFields.${i}.options`)}
                value={field.options ?? []}
              />
            ) : null}
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('formFields', { key: '', label: '', type: 'text', required: false })}
        >
          {t('editor.fields.add')}
        </Button>
      </Group>
    </Stack>
  );
}
