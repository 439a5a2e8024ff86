import { Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { MonitoringRow } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

/** "12 / 20 hari kerja", and past the service standard a warning icon with the word "Terlambat". */
export function DaysUsed({ row }: { row: Pick<MonitoringRow, 'state' | 'daysUsed' | 'targetDays' | 'overdue'> }) {
  const t = useT();
  if (row.state === 'draf') return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('monitoring.daysOf', { used: row.daysUsed, target: row.targetDays })}
      </Text>
      {row.overdue ? (
        <Group gap={4} wrap="nowrap" c="red.9">
          <IconAlertTriangle size={16} aria-hidden />
          <Text size="sm" fw={700} c="red.9">
            {t('monitoring.overdue')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
