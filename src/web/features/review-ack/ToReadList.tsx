import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ToReadItem } from '../../api/review-ack.ts';
import { useI18n } from '../../i18n/index.tsx';

/** "Perlu dibaca": SOP versions in effect the user's unit carries out and the user has not acknowledged yet. */
export function ToReadList({ items, caption }: { items: ToReadItem[]; caption: string }) {
  const { t, date } = useI18n();
  if (items.length === 0) {
    return <Text size="sm">{t('review-ack.toRead.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.col.title')}</Table.Th>
            <Table.Th>{t('registry.col.number')}</Table.Th>
            <Table.Th>{t('registry.col.unit')}</Table.Th>
            <Table.Th>{t('registry.col.effectiveOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.registryId} data-registry-id={i.registryId}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: i.sopId }} {...props} />}>{i.title}</Anchor>
                  <Group gap={4}>
                    <Badge variant="light" color="blue" c="var(--mantine-color-text)" tt="none">
                      {t('review-ack.toRead.badge', { version: i.version })}
                    </Badge>
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td>{i.number}</Table.Td>
              <Table.Td>{i.unitLabel}</Table.Td>
              <Table.Td>{date(i.effectiveOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
