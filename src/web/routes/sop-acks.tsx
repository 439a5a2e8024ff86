import { Anchor, Progress, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ackOverviewQuery } from '../api/review-ack.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.tsx';

/** `/tanda-baca-sop` (the bureau): every SOP version in effect with how many of the people asked have read it. */
export function SopAcksPage() {
  const { t, date } = useI18n();
  const query = useQuery(ackOverviewQuery);
  return (
    <Page title={t('review-ack.overview.title')} description={t('review-ack.overview.intro')}>
      <Loaded query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('review-ack.overview.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped withTableBorder>
                <Table.Caption>{t('review-ack.overview.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('registry.col.title')}</Table.Th>
                    <Table.Th>{t('registry.col.number')}</Table.Th>
                    <Table.Th>{t('registry.col.unit')}</Table.Th>
                    <Table.Th>{t('registry.col.effectiveOn')}</Table.Th>
                    <Table.Th>{t('review-ack.overview.col.read')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((i) => (
                    <Table.Tr key={i.registryId} data-registry-id={i.registryId}>
                      <Table.Td>
                        <Anchor renderRoot={(props) => <Link to="/tanda-baca-sop/$id" params={{ id: i.registryId }} {...props} />}>{i.title}</Anchor>
                      </Table.Td>
                      <Table.Td>{i.number}</Table.Td>
                      <Table.Td>{i.unitLabel}</Table.Td>
                      <Table.Td>{date(i.effectiveOn)}</Table.Td>
                      <Table.Td miw={160}>
                        <Text size="sm">{t('review-ack.count', { done: i.acknowledged, total: i.total })}</Text>
                        <Progress value={i.total ? (i.acknowledged * 100) / i.total : 0} aria-label={t('review-ack.count', { done: i.acknowledged, total: i.total })} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loaded>
    </Page>
  );
}
