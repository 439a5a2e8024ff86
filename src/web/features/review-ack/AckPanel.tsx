import { Alert, Anchor, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { acknowledge, ackStatusQuery, reviewAckKeys, setCarryingUnits, type AckStatus } from '../../api/review-ack.ts';
import { allUnitsQuery } from '../../api/units.ts';
import { FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSessionUser } from '../auth/session.ts';

/**
 * On an SOP's registry page (signed-in users): the units that carry the version out, "Saya telah membaca dan
 * memahami" for their users, and for the bureau the way to the acknowledgement progress and the unit list.
 */
export function AckPanel({ entryId }: { entryId: string }) {
  const user = useSessionUser();
  if (!user) return null;
  return <AckPanelFor entryId={entryId} />;
}

function AckPanelFor({ entryId }: { entryId: string }) {
  const { t, date } = useI18n();
  const headingId = useId();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const status = useQuery(ackStatusQuery(entryId));
  const ack = useMutation({
    mutationFn: () => acknowledge(entryId),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewAckKeys.status(entryId), saved);
      void queryClient.invalidateQueries({ queryKey: reviewAckKeys.toRead });
      notifySaved(t('review-ack.ack.done'));
    },
    onError: (error) => handleError(error),
  });
  const s = status.data;
  if (!s) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('review-ack.panel.title')}
        </Title>
        <Text size="sm">
          {t('review-ack.panel.units')}: {s.carryingUnits.map((u) => `${u.name} (${u.code})`).join(', ') || '—'}
        </Text>
        {s.actions.includes('acknowledge') ? (
          <Alert color="blue" variant="light" title={t('review-ack.panel.askedTitle')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('review-ack.panel.askedText')}</Text>
              <Button leftSection={<IconChecks size={18} aria-hidden />} loading={ack.isPending} onClick={() => ack.mutate()}>
                {t('review-ack.ack.button')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {s.acknowledgedAt ? (
          <Text size="sm" role="status">
            {t('review-ack.ack.doneOn', { date: date(s.acknowledgedAt) })}
          </Text>
        ) : null}
        {s.actions.includes('progress') ? (
          <Anchor size="sm" renderRoot={(props) => <Link to="/tanda-baca-sop/$id" params={{ id: entryId }} {...props} />}>
            {t('review-ack.panel.progressLink')}
          </Anchor>
        ) : null}
        {s.actions.includes('editUnits') ? <UnitsEditor status={s} /> : null}
      </Stack>
    </Paper>
  );
}

function UnitsEditor({ status }: { status: AckStatus }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const units = useQuery(allUnitsQuery(false));
  const [value, setValue] = useState<string[]>(status.carryingUnits.map((u) => u.id));
  const data = useMemo(
    () => (units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })).sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [units.data],
  );
  const save = useMutation({
    mutationFn: () => setCarryingUnits(status.registryId, value),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewAckKeys.status(status.registryId), saved);
      void queryClient.invalidateQueries({ queryKey: reviewAckKeys.all });
      notifySaved(t('review-ack.units.saved'));
    },
  });
  return (
    <Stack gap="xs">
      <FormError error={save.error} />
      <MultiSelect
        label={t('review-ack.units.label')}
        description={t('review-ack.units.hint')}
        data={data}
        value={value}
        onChange={setValue}
        searchable
        clearable={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Group>
        <Button variant="light" leftSection={<IconUsersGroup size={18} aria-hidden />} loading={save.isPending} onClick={() => save.mutate()}>
          {t('review-ack.units.save')}
        </Button>
      </Group>
    </Stack>
  );
}

