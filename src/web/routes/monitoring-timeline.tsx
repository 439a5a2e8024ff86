import { Button, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconPoint } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useMemo, type ReactNode } from 'react';
import { monitoringTimelineQuery } from '../api/monitoring.ts';
import type { MonitoringRow, MonitoringTimelineItem, RequestPosition, RequestState } from '../api/types.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { stageLabel, stateLabelKey, StatusBadge } from '../components/StatusBadge.tsx';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { DaysUsed } from '../features/monitoring/DaysUsed.tsx';
import { lastSearch } from '../features/monitoring/last-search.ts';
import { REQUEST_STATE_LIST } from '../features/monitoring/search.ts';
import { wibParts, wibTime } from '../features/monitoring/wib.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../domain/workflow/actions.ts';

const route = getRouteApi('/pemantauan/$id');
const ACTIONS = WORKFLOW_ACTIONS.filter((a) => a !== 'comment');


const isState = (s: string): s is RequestState => (REQUEST_STATE_LIST as readonly string[]).includes(s);

/** "Diajukan, Tahap 3: Analisis dan Identifikasi". */
function usePositionText() {
  const { t, lang } = useI18n();
  return (p: RequestPosition) => [isState(p.state) ? t(stateLabelKey(p.state)) : p.state, stageLabel(p.stage, lang)].filter(Boolean).join(', ');
}

function Facts({ row }: { row: MonitoringRow }) {
  const { t, lang, date } = useI18n();
  const facts: [MessageKey, ReactNode][] = [
    ['monitoring.col.registrationNo', row.registrationNo ?? '—'],
    ['monitoring.col.documentNumber', row.documentNumber ?? '—'],
    ['monitoring.col.revisi', row.revisi],
    ['monitoring.col.tglRevisi', date(row.tglRevisi) || '—'],
    ['monitoring.col.service', serviceName({ name: row.serviceName, nameEn: row.serviceNameEn }, lang)],
    ['monitoring.col.unit', `${row.unitName} (${row.unitCode})`],
    ['monitoring.col.status', <StatusBadge state={row.state} stage={row.stage} />],
    ['monitoring.col.submittedAt', date(row.submittedAt) || '—'],
    ['monitoring.col.completedAt', date(row.completedAt) || '—'],
    ['monitoring.col.daysUsed', <DaysUsed row={row} />],
  ];
  return (
    <Table.ScrollContainer minWidth={320} type="native">
      <Table withTableBorder verticalSpacing="xs" captionSide="top">
        <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{t('monitoring.timeline.facts')}</caption>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={220} fw={600}>
                {t(label)}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Events({ items }: { items: MonitoringTimelineItem[] }) {
  const { t, lang, date } = useI18n();
  const position = usePositionText();
  const headingId = useId();
  const actionText = (action: string) => ((ACTIONS as readonly string[]).includes(action) ? t(`monitoring.action.${action as Exclude<WorkflowAction, 'comment'>}`) : action);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('monitoring.timeline.heading')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('monitoring.timeline.empty')}</Text>
      ) : (
        <Timeline active={items.length - 1} bulletSize={22} lineWidth={2} role="list" aria-labelledby={headingId}>
          {items.map((item, i) => {
            const day = wibParts(item.at)?.date;
            return (
              <Timeline.Item
                key={`${item.at}-${i}`}
                role="listitem"
                bullet={<IconPoint size={14} aria-hidden />}
                title={<Text fw={700}>{actionText(item.action)}</Text>}
              >
                <Text size="sm" c="dimmed">
                  <time dateTime={item.at}>
                    {date(day)}, {wibTime(item.at, lang)}
                  </time>
                </Text>
                {position(item.from) === position(item.to) ? (
                  <Text size="sm">
                    {t('monitoring.timeline.at')}: {position(item.to)}
                  </Text>
                ) : (
                  <>
                    <Text size="sm">
                      {t('monitoring.timeline.from')}: {position(item.from)}
                    </Text>
                    <Text size="sm">
                      {t('monitoring.timeline.to')}: {position(item.to)}
                    </Text>
                  </>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}

/** `/pemantauan/$id`: a request's public data and what happened to it, for everyone (no names, no reasons). */
export function MonitoringTimelinePage() {
  const { t } = useI18n();
  const { id } = route.useParams();
  const timeline = useQuery(monitoringTimelineQuery(id));
  const back = useMemo(() => lastSearch(), []);
  const backButton = (
    <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} renderRoot={(props) => <Link to="/pemantauan" search={back} {...props} />}>
      {t('monitoring.timeline.back')}
    </Button>
  );
  return (
    <Loaded query={timeline} page>
      {({ request, items }) => (
        <Page title={request.title} documentTitle={`${t('monitoring.timeline.title')}: ${request.title}`} description={t('monitoring.timeline.intro')}>
          <Group gap="sm">
            {backButton}
            {request.canOpen ? (
              <Button
                variant="light"
                leftSection={<IconExternalLink size={16} aria-hidden />}
                renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: request.id }} {...props} />}
              >
                {t('monitoring.openRequest')}
              </Button>
            ) : null}
          </Group>
          <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
            <Facts row={request} />
          </Paper>
          <Events items={items} />
        </Page>
      )}
    </Loaded>
  );
}
