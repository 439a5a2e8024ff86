import { Anchor, Badge, Button, Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBellRinging } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { ackProgressQuery, remindPending, reviewAckKeys, type AckFilter, type AckProgress } from '../api/review-ack.ts';
import { notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/tanda-baca-sop/$id');

/** `/tanda-baca-sop/$id` (the bureau): who of the carrying units' users has read one version and who has not, with a reminder. */
export function SopAckPage() {
  const { id } = route.useParams();
  const [filter, setFilter] = useState<AckFilter>('all');
  const query = useQuery(ackProgressQuery(id, filter));
  return <Loaded query={query} page>{(p) => <ProgressView progress={p} filter={filter} onFilter={setFilter} />}</Loaded>;
}

function ProgressView({ progress: p, filter, onFilter }: { progress: AckProgress; filter: AckFilter; onFilter: (f: AckFilter) => void }) {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const unitsId = useId();
  const peopleId = useId();
  const remind = useMutation({
    mutationFn: () => remindPending(p.registryId),
    onSuccess: (r) => {
      notifySaved(t('review-ack.remind.done', { count: r.reminded }));
      void queryClient.invalidateQueries({ queryKey: reviewAckKeys.all });
    },
    onError: (error) => handleError(error),
  });
  return (
    <Page title={t('review-ack.progress.title', { title: p.title })} description={`${p.number} · ${t('registry.sop.version')} ${p.version}`}>
      <Group justify="space-between">
        <Anchor size="sm" renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: p.sopId }} {...props} />}>
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('review-ack.progress.openSop')}
          </Group>
        </Anchor>
        <Anchor size="sm" renderRoot={(props) => <Link to="/tanda-baca-sop" {...props} />}>
          {t('review-ack.overview.title')}
        </Anchor>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Stack gap={2}>
            <Text size="sm">{t('review-ack.progress.read')}</Text>
            <Text fw={700} size="xl" data-testid="ack-acknowledged">{p.acknowledged}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm">{t('review-ack.progress.notYet')}</Text>
            <Text fw={700} size="xl" data-testid="ack-pending">{p.pending}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm">{t('review-ack.progress.asked')}</Text>
            <Text fw={700} size="xl">{p.total}</Text>
          </Stack>
        </SimpleGrid>
        <Progress mt="sm" value={p.percent} aria-label={t('review-ack.count', { done: p.acknowledged, total: p.total })} />
        {p.actions.includes('remind') ? (
          <Group mt="md">
            <Button leftSection={<IconBellRinging size={18} aria-hidden />} loading={remind.isPending} onClick={() => remind.mutate()}>
              {t('review-ack.remind.button', { count: p.pending })}
            </Button>
          </Group>
        ) : null}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby={unitsId}>
        <Title order={2} size="h3" id={unitsId} mb="sm">
          {t('review-ack.progress.byUnit')}
        </Title>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.col.unit')}</Table.Th>
              <Table.Th>{t('review-ack.overview.col.read')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.byUnit.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{u.name} ({u.code})</Table.Td>
                <Table.Td>{t('review-ack.count', { done: u.acknowledged, total: u.total })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby={peopleId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={peopleId}>
            {t('review-ack.progress.people')}
          </Title>
          <SegmentedControl
            aria-label={t('review-ack.filter.label')}
            value={filter}
            onChange={(v) => onFilter(v as AckFilter)}
            data={[
              { value: 'all', label: t('review-ack.filter.all') },
              { value: 'pending', label: t('review-ack.filter.pending') },
              { value: 'acknowledged', label: t('review-ack.filter.acknowledged') },
            ]}
          />
          {p.people.length === 0 ? (
            <Text size="sm">{t('review-ack.progress.nobody')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped withTableBorder>
                <Table.Caption>{t('review-ack.progress.peopleCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('review-ack.col.name')}</Table.Th>
                    <Table.Th>{t('registry.col.unit')}</Table.Th>
                    <Table.Th>{t('review-ack.col.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.people.map((u) => (
                    <Table.Tr key={u.userId}>
                      <Table.Td>{u.name}</Table.Td>
                      <Table.Td>{u.unitCode}</Table.Td>
                      <Table.Td>
                        {u.acknowledgedAt ? (
                          <Badge color="teal" variant="light" c="var(--mantine-color-text)" tt="none">{t('review-ack.col.readOn', { date: date(u.acknowledgedAt) })}</Badge>
                        ) : (
                          <Badge color="gray" variant="light" c="var(--mantine-color-text)" tt="none">{t('review-ack.filter.pending')}</Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
