import { Box, Center, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Right-aligned numbers, or a fixed width for action columns. */
  align?: 'left' | 'right';
  width?: number | string;
  /** The header becomes a sort button (with `DataTableProps.onSort`). */
  sortKey?: string;
}

export type SortDirection = 'asc' | 'desc';

interface SearchProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
}

export interface DataTableProps<T> {
  /** Names the table for assistive technology (shown as its caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  search?: SearchProps;
  /** Filter inputs shown beside the search. */
  filters?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  emptyText?: string;
  /** Rows that are dimmed (e.g. deactivated objects). */
  muted?: (row: T) => boolean;
  minWidth?: number;
  /** The order the rows are in (null: none of the columns, e.g. by relevance). */
  sort?: { key: string; dir: SortDirection } | null;
  onSort?: (key: string) => void;
  /** Offers a choice of rows per page. */
  pageSizes?: readonly number[];
  onPageSizeChange?: (pageSize: number) => void;
}

/** A column header that sorts: a button inside the header cell, which carries aria-sort. */
function SortButton({ label, dir, onClick }: { label: ReactNode; dir: SortDirection | null; onClick: () => void }) {
  const t = useT();
  const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton
      onClick={onClick}
      title={t(dir === 'asc' ? 'table.sortedAsc' : dir === 'desc' ? 'table.sortedDesc' : 'table.sortBy')}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, font: 'inherit', fontWeight: 'inherit', color: 'inherit' }}
    >
      <span>{label}</span>
      <Icon size={14} aria-hidden style={{ flex: 'none', opacity: dir ? 1 : 0.6 }} />
    </UnstyledButton>
  );
}

const ariaSort = (dir: SortDirection | null) => (dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined);

/** The search box: typing is debounced so each keystroke does not hit a slow network. */
function SearchBox({ value, onChange, label, placeholder }: SearchProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = useDebouncedCallback((v: string) => onChange(v.trim()), 350);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      leftSection={<IconSearch size={16} aria-hidden />}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onChange(text.trim());
        }
      }}
      style={{ flex: '1 1 16rem' }}
    />
  );
}

/** The one list component of the app: search, filters, table with caption, paging, and the loading/empty/error states. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, total, page, pageSize, onPageChange, search, filters, loading, error, onRetry } = props;
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <Stack gap="sm">
      {search || filters ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          {search ? <SearchBox {...search} /> : null}
          {filters}
        </Group>
      ) : null}

      {error && !rows ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : (
        <Box pos="relative" aria-busy={loading || undefined}>
          <Table.ScrollContainer minWidth={props.minWidth ?? 640} type="native" tabIndex={0} aria-label={caption}>
            <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
              <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{caption}</caption>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => {
                    const dir = c.sortKey && props.sort?.key === c.sortKey ? props.sort.dir : null;
                    return (
                      <Table.Th key={c.key} scope="col" aria-sort={ariaSort(dir)} style={{ textAlign: c.align ?? 'left', width: c.width }}>
                        {c.sortKey && props.onSort ? <SortButton label={c.header} dir={dir} onClick={() => props.onSort!(c.sortKey!)} /> : c.header}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows && rows.length > 0
                  ? rows.map((row) => (
                      <Table.Tr key={rowKey(row)} c={props.muted?.(row) ? 'dimmed' : undefined}>
                        {columns.map((c) => (
                          <Table.Td key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                            {c.render(row)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : null}
                {rows && rows.length === 0 && !loading ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>
                      <Text c="dimmed" ta="center" py="md">
                        {props.emptyText ?? t('table.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {loading && !rows ? (
            <Center py="lg">
              <Loader size="sm" role="status" aria-label={t('state.loading')} />
            </Center>
          ) : null}
        </Box>
      )}

      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {loading ? t('state.loading') : t('table.showing', { from, to, total })}
        </Text>
        {props.pageSizes && props.onPageSizeChange ? (
          <Select
            label={t('table.pageSize')}
            size="xs"
            allowDeselect={false}
            data={props.pageSizes.map((n) => ({ value: String(n), label: String(n) }))}
            value={String(pageSize)}
            onChange={(v) => v && props.onPageSizeChange!(Number(v))}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap', marginBottom: 0 }, wrapper: { width: 80 } }}
          />
        ) : null}
        {pages > 1 ? (
          <nav aria-label={t('table.pagination', { caption })}>
            <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(p) => ({ 'aria-label': t('table.page', { page: p }), 'aria-current': p === page ? 'page' : undefined })}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
            />
          </nav>
        ) : null}
      </Group>
    </Stack>
  );
}

interface PagedQuery<T> {
  data?: { items: T[]; total: number };
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The props that tie a paged server list and its list state to the table, the same for every admin list. */
export function pagedTableProps<T>(query: PagedQuery<T>, list: { page: number; pageSize: number; setPage: (page: number) => void }) {
  return {
    rows: query.data?.items,
    total: query.data?.total ?? 0,
    page: list.page,
    pageSize: list.pageSize,
    onPageChange: list.setPage,
    loading: query.isFetching,
    error: query.error,
    onRetry: () => void query.refetch(),
  };
}
