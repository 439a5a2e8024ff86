import { Table } from '@mantine/core';
import { STAGES } from '../../../domain/workflow/stages.ts';
import { useI18n } from '../../i18n/index.tsx';
import { stageName, totalDays } from './catalogue.ts';

/** Standar Pelayanan: the six stages with each one's target working days, and the total. */
export function StandardTable({ days }: { days: readonly number[] }) {
  const { lang, t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={420} type="native" tabIndex={0} aria-label={t('service.standardCaption')}>
      <Table withTableBorder verticalSpacing="xs" captionSide="top">
        <caption style={{ textAlign: 'left', paddingBottom: 4 }}>{t('service.standardCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>{t('service.stage')}</Table.Th>
            <Table.Th scope="col">{t('service.stageName')}</Table.Th>
            <Table.Th scope="col" ta="right" w={140}>{t('service.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {STAGES.map((stage, i) => (
            <Table.Tr key={stage.number}>
              <Table.Td>{stage.number}</Table.Td>
              <Table.Th scope="row" fw={400}>{stageName(i, lang)}</Table.Th>
              <Table.Td ta="right">{t('service.days', { days: days[i] ?? 0 })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>{t('service.total')}</Table.Th>
            <Table.Th ta="right">{t('service.days', { days: totalDays(days) })}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
