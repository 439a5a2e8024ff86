import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../../i18n/index.tsx';
import { ListControls } from './ListControls.tsx';
import type { ServiceForm } from './types.ts';
import { suggestKey } from './values.ts';

/** The attachments a request must carry: label, key, allowed file types, size limit, required or optional. */
export function AttachmentsEditor({ form }: { form: ServiceForm }) {
  const t = useT();
  const items = form.getValues().requiredAttachments;
  return (
    <Stack gap="sm">
      {items.length === 0 ? <Text c="dimmed">{t('editor.attachments.none')}</Text> : null}
      {items.map((_, i) => {
        const what = t('editor.attachments.item', { n: i + 1 });
        return (
          <Paper key={form.key(`requiredAttachments.${i}`)} withBorder p="sm" radius="md" role="group" aria-label={what}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text component="h3" fw={600} size="sm" m={0}>
                {what}
              </Text>
              <ListControls form={form} path="requiredAttachments" index={i} count={items.length} what={what} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('editor.attachments.label')}
                required
                {...form.getInputProps(`requiredAttachments.${i}.label`)}
                onBlur={(e) => {
                  if (!form.getValues().requiredAttachments[i]?.key) {
                    form.setFieldValue(`requiredAttachments.${i}.key`, suggestKey(e.currentTarget.value));
                  }
                }}
              />
              <TextInput label={t('editor.key')} description={t('editor.keyHint')} required {...form.getInputProps(`requiredAttachments.${i}.key`)} />
              <TagsInput
                label={t('editor.attachments.types')}
                description={t('editor.attachments.typesHint')}
                splitChars={[',', ';', ' ']}
                acceptValueOnBlur
                required
                {...form.getInputProps(`requiredAttachments.${i}.types`)}
              />
              <NumberInput
                label={t('editor.attachments.maxMb')}
                min={1}
                max={100}
                allowDecimal={false}
                required
                {...form.getInputProps(`requiredAttachments.${i}.maxMb`)}
              />
            </SimpleGrid>
            <Checkbox mt="sm" label={t('field.required')} {...form.getInputProps(`requiredAttachments.${i}.required`, { type: 'checkbox' })} />
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('requiredAttachments', { key: '', label: '', required: true, types: ['pdf'], maxMb: 10 })}
        >
          {t('editor.attachments.add')}
        </Button>
      </Group>
    </Stack>
  );
}
