import { Badge, List, Text } from '@mantine/core';
import type { RequiredAttachment } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

export function AttachmentList({ attachments }: { attachments: readonly RequiredAttachment[] }) {
  const t = useT();
  if (attachments.length === 0) return <Text c="dimmed">{t('service.noAttachments')}</Text>;
  return (
    <List spacing="xs">
      {attachments.map((a) => (
        <List.Item key={a.key}>
          <Text component="span" fw={600}>
            {a.label}
          </Text>{' '}
          <Badge size="sm" variant="light" color={a.required ? 'red' : 'gray'} tt="none">
            {a.required ? t('field.required') : t('field.optional')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('service.attachmentRule', { types: a.types.map((x) => x.toUpperCase()).join(', '), mb: a.maxMb })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
