import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { useT } from '../../../i18n/index.tsx';
import type { MonitoringSearch } from '../search.ts';

export interface DataColumn<T> {
  header: string;
  value: (row: T) => ReactNode;
  align?: 'left' | 'right';
}

interface ChartCardProps<T> {
  title: string;
  /** One sentence under the title: what the chart shows. */
  note?: string;
  /** The chart itself, hidden from assistive technology: the table below holds the same numbers. */
  chart: ReactNode;
  rows: T[];
  rowKey: (row: T) => string;
  /** The first column names the row; with `link`, it opens the monitoring table filtered to that row. */
  label: { header: string; value: (row: T) => string; link?: (row: T) => MonitoringSearch };
  columns: DataColumn<T>[];
}

/** A dashboard chart with a visible title and, as its text alternative, a collapsible table of the same numbers. */
export function ChartCard<T>({ title, note, chart, rows, rowKey, label, columns }: ChartCardProps<T>) {
  const t = useT();
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        {note ? (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        ) : null}
        {rows.length === 0 ? (
          <Text c="dimmed" py="md">
            {t('dashboard.bureau.noData')}
          </Text>
        ) : (
          <>
            <div aria-hidden>{chart}</div>
            <details>
              <summary style={{ cursor: 'pointer' }}>
                <Text component="span" size="sm" fw={600}>
                  {t('dashboard.bureau.showTable')}
                </Text>
              </summary>
              <Table.ScrollContainer minWidth={320} type="native" mt="xs">
                <Table withTableBorder striped verticalSpacing={4} captionSide="top" fz="sm">
                  <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{title}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{label.header}</Table.Th>
                      {columns.map((c) => (
                        <Table.Th key={c.header} scope="col" ta={c.align ?? 'right'}>
                          {c.header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={rowKey(row)}>
                        <Table.Th scope="row" fw={400}>
                          {label.link ? (
                            <Anchor size="sm" renderRoot={(props) => <Link to="/pemantauan" search={label.link!(row)} {...props} />}>
                              {label.value(row)}
                            </Anchor>
                          ) : (
                            label.value(row)
                          )}
                        </Table.Th>
                        {columns.map((c) => (
                          <Table.Td key={c.header} ta={c.align ?? 'right'}>
                            {c.value(row)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </details>
          </>
        )}
      </Stack>
    </Paper>
  );
}
