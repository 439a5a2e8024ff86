import { Group, Table, Text } from '@mantine/core';
import type { RequestDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { stageName } from './labels.ts';
import { OverdueBadge } from './StateBadge.tsx';

/** Standar Pelayanan against the days used: per stage and in total; the clock stands still while the unit revises. */
export function ClockPanel({ request }: { request: RequestDetail }) {
  const { lang, t } = useI18n();
  const { clock } = request;
  const current = clock.current;
  return (
    <>
      <Group gap="xs">
        <Text fw={600}>{t('req.clock.total', { used: clock.usedDays, target: clock.targetDays })}</Text>
        {clock.overdue ? <OverdueBadge /> : null}
      </Group>
      <Text size="sm" c="dimmed">
        {current?.paused ? t('req.clock.pausedNow') : t('req.clock.rule')}
      </Text>
      <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} aria-label={t('req.clock.caption')}>
        <Table withTableBorder verticalSpacing="xs" captionSide="top">
          <caption style={{ textAlign: 'left', paddingBottom: 4 }}>{t('req.clock.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('service.stage')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('service.target')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('req.clock.used')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('req.clock.paused')}</Table.Th>
              <Table.Th scope="col">{t('field.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clock.stages.map((s) => {
              const isCurrent = current?.stage === s.stage && request.stage === s.stage;
              return (
                <Table.Tr key={s.stage} bg={isCurrent ? 'var(--mantine-color-blue-0)' : undefined} aria-current={isCurrent ? 'step' : undefined}>
                  <Table.Th scope="row" fw={isCurrent ? 700 : 400}>
                    {s.stage}. {stageName(s.stage, lang)}
                  </Table.Th>
                  <Table.Td ta="right">{s.targetDays}</Table.Td>
                  <Table.Td ta="right">{s.usedDays}</Table.Td>
                  <Table.Td ta="right">{s.pausedDays}</Table.Td>
                  <Table.Td>
                    {s.overdue ? (
                      <OverdueBadge />
                    ) : isCurrent ? (
                      <Text size="sm">{current?.paused ? t('req.clock.stopped') : t('req.clock.running')}</Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
