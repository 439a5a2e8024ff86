import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../../i18n/index.tsx';
import { ListControls } from './ListControls.tsx';
import type { ServiceForm } from './types.ts';

export function RequirementsEditor({ form }: { form: ServiceForm }) {
  const t = useT();
  const items = form.getValues().requirements;
  return (
    <Stack gap="xs">
      {items.length === 0 ? <Text c="dimmed">{t('editor.requirements.none')}</Text> : null}
      {items.map((_, i) => {
        const what = t('editor.requirements.item', { n: i + 1 });
        return (
          <Group key={form.key(`requirements.${i}`)} align="flex-start" wrap="nowrap" gap="xs">
            <TextInput label={what} style={{ flex: 1 }} {...form.getInputProps(`requirements.${i}`)} />
            <div style={{ paddingTop: 25 }}>
              <ListControls form={form} path="requirements" index={i} count={items.length} what={what} />
            </div>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('requirements', '')}>
          {t('editor.requirements.add')}
        </Button>
      </Group>
    </Stack>
  );
}
