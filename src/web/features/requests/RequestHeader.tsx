import { Alert, Box, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconPlayerPause } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RequestDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatWibDate } from './format.ts';
import { OverdueBadge, StageText, StateBadge } from './StateBadge.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Box>
  );
}

/** The closed and waiting states say so in words too, so that no one takes a rejected request for a finished one. */
function OutcomeNote({ request }: { request: RequestDetail }) {
  const { lang, t } = useI18n();
  switch (request.state) {
    case 'ditolak':
      return (
        <Alert color="red" variant="light" icon={<IconCircleX aria-hidden />} title={t('req.outcome.rejectedTitle')}>
          {t('req.outcome.rejected')}
        </Alert>
      );
    case 'dibatalkan':
      return (
        <Alert color="gray" variant="light" icon={<IconCircleX aria-hidden />} title={t('req.outcome.withdrawnTitle')}>
          {t('req.outcome.withdrawn')}
        </Alert>
      );
    case 'selesai':
      return (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('req.outcome.doneTitle')}>
          {t('req.outcome.done', { date: formatWibDate(request.completedAt, lang), number: request.documentNumber ?? '—' })}
        </Alert>
      );
    case 'perlu_revisi':
      return (
        <Alert color="orange" variant="light" icon={<IconPlayerPause aria-hidden />} title={t('req.outcome.revisionTitle')}>
          {t('req.outcome.revision')}
        </Alert>
      );
    case 'ditunda':
      return (
        <Alert color="yellow" variant="light" icon={<IconPlayerPause aria-hidden />} title={t('req.outcome.holdTitle')}>
          {t('req.outcome.hold')}
        </Alert>
      );
    default:
      return null;
  }
}

/** Where the request stands: outcome and stage apart, its numbers and dates, and who works on it. */
export function RequestHeader({ request, serviceLabel }: { request: RequestDetail; serviceLabel: string }) {
  const { lang, t } = useI18n();
  const none = '—';
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        <Item label={t('field.status')}>
          <Group gap={6} component="span">
            <StateBadge state={request.state} />
            {request.clock.overdue ? <OverdueBadge /> : null}
          </Group>
        </Item>
        <Item label={t('req.field.stage')}>
          <StageText state={request.state} stage={request.stage} size="md" />
        </Item>
        <Item label={t('req.field.service')}>{serviceLabel}</Item>
        <Item label={t('field.unit')}>
          {request.unitName} ({request.unitCode})
        </Item>
        <Item label={t('req.field.documentNumber')}>{request.documentNumber ?? none}</Item>
        <Item label={t('req.field.revisi')}>{request.revisi > 0 ? t('req.revisiN', { n: request.revisi }) : t('req.revisiNone')}</Item>
        <Item label={t('req.field.tglRevisi')}>{formatWibDate(request.tglRevisi, lang) || none}</Item>
        <Item label={t('req.field.submittedAt')}>{formatWibDate(request.submittedAt, lang) || none}</Item>
        <Item label={t('req.field.completedAt')}>{formatWibDate(request.completedAt, lang) || none}</Item>
        <Item label={t('req.field.verifiers')}>{request.assignees.length ? request.assignees.map((a) => a.name).join(', ') : none}</Item>
        {request.requiresEndorsement ? (
          <Item label={t('req.field.endorsement')}>{request.endorsed ? t('req.endorsed') : t('req.notEndorsed')}</Item>
        ) : null}
        {request.state !== 'draf' ? (
          <Item label={t('req.field.completeness')}>{request.completenessVerified ? t('req.verified') : t('req.notVerified')}</Item>
        ) : null}
      </SimpleGrid>
      <Box mt={request.state === 'draf' || request.state === 'diajukan' ? 0 : 'md'}>
        <OutcomeNote request={request} />
      </Box>
    </Paper>
  );
}
