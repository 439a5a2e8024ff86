import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { linesToList } from './helpers.ts';

/** A list of short texts typed one per line (kept as typed while editing; blank lines are not saved). */
export function LinesField({ label, value, onChange, readOnly, description }: { label: string; value: string[]; onChange: (v: string[]) => void; readOnly: boolean; description?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(value.join('\n'));
  return (
    <Textarea
      label={label}
      description={description ?? t('jobs.anjab.listHint')}
      value={text}
      readOnly={readOnly}
      autosize
      minRows={2}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(linesToList(e.currentTarget.value));
      }}
    />
  );
}

/** A number field in the interface language's decimal mark; empty is null. */
export function AmountField({ label, value, onChange, readOnly, integer = false, min = 0 }: { label: string; value: number | null; onChange: (v: number | null) => void; readOnly: boolean; integer?: boolean; min?: number }) {
  const { lang } = useI18n();
  return (
    <NumberInput
      label={label}
      value={value ?? ''}
      readOnly={readOnly}
      min={min}
      allowNegative={false}
      allowDecimal={!integer}
      decimalSeparator={lang === 'id' ? ',' : '.'}
      thousandSeparator={lang === 'id' ? '.' : ','}
      onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null)}
    />
  );
}

export interface RowColumn<R> {
  key: keyof R & string;
  label: string;
  kind?: 'text' | 'number' | 'select' | 'long';
  options?: Array<{ value: string; label: string }>;
}

/** Rows of a small table, each cell a field; rows are added and removed with buttons (every field labelled for screen readers). */
export function RowsEditor<R extends object>({ caption, columns, rows, onChange, empty, readOnly }: {
  caption: string;
  columns: RowColumn<R>[];
  rows: R[];
  onChange: (rows: R[]) => void;
  empty: () => R;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const set = (i: number, key: keyof R, v: unknown) => onChange(rows.map((r, k) => (k === i ? { ...r, [key]: v } : r)));
  return (
    <Stack gap="xs">
      <Text fw={600} component="h3" size="md" m={0}>{caption}</Text>
      {rows.length === 0 ? <Text size="sm" c="dimmed">{t('jobs.editor.emptyList')}</Text> : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={40}>No</Table.Th>
                {columns.map((c) => <Table.Th scope="col" key={c.key}>{c.label}</Table.Th>)}
                {readOnly ? null : <Table.Th scope="col" w={48}><VisuallyHidden>{t('jobs.editor.remove', { n: '' })}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  {columns.map((c) => {
                    const label = `${c.label} ${i + 1}`;
                    const v: unknown = (r as Record<string, unknown>)[c.key];
                    return (
                      <Table.Td key={c.key}>
                        {c.kind === 'select' ? (
                          <Select aria-label={label} data={c.options ?? []} value={String(v ?? '')} readOnly={readOnly} allowDeselect={false} onChange={(x) => x && set(i, c.key, x)} />
                        ) : c.kind === 'number' ? (
                          <NumberInput aria-label={label} value={typeof v === 'number' ? v : ''} readOnly={readOnly} min={0} allowNegative={false}
                            onChange={(x) => set(i, c.key, typeof x === 'number' ? x : null)} />
                        ) : c.kind === 'long' ? (
                          <Textarea aria-label={label} value={String(v ?? '')} readOnly={readOnly} autosize minRows={1} onChange={(e) => set(i, c.key, e.currentTarget.value)} />
                        ) : (
                          <TextInput aria-label={label} value={String(v ?? '')} readOnly={readOnly} onChange={(e) => set(i, c.key, e.currentTarget.value)} />
                        )}
                      </Table.Td>
                    );
                  })}
                  {readOnly ? null : (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={`${caption}: ${t('jobs.editor.remove', { n: i + 1 })}`} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {readOnly ? null : (
        <Group>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...rows, empty()])} aria-label={`${caption}: ${t('jobs.editor.add')}`}>
            {t('jobs.editor.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
