import { Alert, Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { outboxKeys, outboxPageQuery, retryOutboxMessage } from '../api/outbox.ts';
import type { OutboxMessage, OutboxStatus } from '../api/types.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { errorText } from '../components/errors.ts';
import { notifySaved } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { useListState } from '../components/useListState.ts';
import { useI18n } from '../i18n/index.tsx';
import { notifications } from '@mantine/notifications';

const STATUS_COLOR: Record<OutboxStatus, string> = { pending: 'blue', sent: 'teal', failed: 'red' };

/** `/admin/kotak-keluar`: every e-mail the portal sent or still has to send; without SMTP, the place to read them. */
export function AdminOutboxPage() {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const list = useListState<{ status?: OutboxStatus }>({});
  const outbox = useQuery(outboxPageQuery({ page: list.page, pageSize: list.pageSize, q: list.q || undefined, status: list.filters.status }));
  const [reading, setReading] = useState<OutboxMessage | null>(null);

  const retry = useMutation({
    mutationFn: (m: OutboxMessage) => retryOutboxMessage(m.id),
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      setReading((current) => (current?.id === m.id ? m : current));
      notifySaved(t(m.status === 'sent' ? 'outbox.retried' : 'outbox.retryQueued'));
    },
    onError: (error) => notifications.show({ color: 'red', title: t('error.title'), message: errorText(error, t) }),
  });

  const statusBadge = (m: OutboxMessage) => (
    <Badge color={STATUS_COLOR[m.status]} variant="light">
      {t(`outbox.status.${m.status}`)}
    </Badge>
  );

  const columns: Column<OutboxMessage>[] = [
    { key: 'createdAt', header: t('outbox.col.createdAt'), render: (m) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{date(m.createdAt, 'short')}</Text> },
    { key: 'to', header: t('outbox.col.to'), render: (m) => m.to },
    { key: 'subject', header: t('outbox.col.subject'), render: (m) => m.subject },
    { key: 'status', header: t('field.status'), render: statusBadge },
    { key: 'attempts', header: t('outbox.col.attempts'), align: 'right', render: (m) => m.attempts },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (m) => (
        <Group gap={6} wrap="wrap">
          <Button size="compact-sm" variant="light" aria-label={`${t('outbox.read')}: ${m.subject}`} onClick={() => setReading(m)}>
            {t('outbox.read')}
          </Button>
          {m.actions.includes('retry') ? (
            <Button size="compact-sm" variant="default" aria-label={`${t('outbox.retry')}: ${m.subject}`} loading={retry.isPending && retry.variables?.id === m.id} onClick={() => retry.mutate(m)}>
              {t('outbox.retry')}
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];

  return (
    <Page title={t('nav.admin.outbox')} description={t('outbox.intro')}>
      {outbox.data && !outbox.data.smtpConfigured ? (
        <Alert color="orange" icon={<IconInfoCircle aria-hidden />} title={t('outbox.noSmtp.title')} mb="md">
          {t('outbox.noSmtp.text')}
        </Alert>
      ) : null}
      <DataTable
        caption={t('outbox.caption')}
        columns={columns}
        {...pagedTableProps(outbox, list)}
        rowKey={(m) => String(m.id)}
        minWidth={860}
        search={{ value: list.q, onChange: list.setQ, label: t('outbox.search') }}
        filters={
          <Select
            label={t('field.status')}
            placeholder={t('outbox.allStatuses')}
            clearable
            data={(['pending', 'sent', 'failed'] as const).map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))}
            value={list.filters.status ?? null}
            onChange={(v) => list.setFilter('status', (v as OutboxStatus | null) ?? undefined)}
            w={{ base: '100%', sm: 220 }}
          />
        }
      />
      <Modal opened={reading !== null} onClose={() => setReading(null)} title={reading?.subject} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
        {reading ? (
          <Stack gap="sm">
            <Text size="sm">
              <strong>{t('outbox.col.to')}:</strong> {reading.to}
            </Text>
            <Group gap="xs">
              {statusBadge(reading)}
              <Text size="sm" c="dimmed">
                {reading.sentAt ? t('outbox.sentAt', { when: date(reading.sentAt, 'short') }) : t('outbox.createdAt', { when: date(reading.createdAt, 'short') })}
              </Text>
            </Group>
            {reading.lastError ? (
              <Alert color="red" title={t('outbox.lastError')}>
                {reading.lastError}
              </Alert>
            ) : null}
            <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} aria-label={t('outbox.body')}>
              {reading.text}
            </Text>
            {reading.actions.includes('retry') ? (
              <Group justify="flex-end">
                <Button leftSection={<IconMailForward size={18} aria-hidden />} loading={retry.isPending} onClick={() => retry.mutate(reading)}>
                  {t('outbox.retry')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </Modal>
    </Page>
  );
}
