import { List, MultiSelect, Stack, Text } from '@mantine/core';
import { resolveReference } from '../../../domain/jabatan/reference.ts';
import type { ReferenceItemRow } from '../../api/jobs.ts';
import { useI18n } from '../../i18n/index.tsx';

/**
 * A multi-select of one Anjab reference list (bakat kerja, temperamen, …): stores the items' codes. Values written as
 * free text before the lists existed stay, shown as older entries, until removed.
 */
export function ReferencePick({ label, items, value, onChange, readOnly }: { label: string; items: ReferenceItemRow[]; value: string[]; onChange: (v: string[]) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const legacy = value.filter((v) => resolveReference(items, v).kind === 'text');
  const data = [
    ...items.map((i) => ({ value: i.code, label: `${i.code} — ${i.name}` })),
    ...legacy.map((v) => ({ value: v, label: t('jobref.pick.legacy', { text: v }) })),
  ];
  const chosen = value.flatMap((v) => {
    const r = resolveReference(items, v);
    return r.kind === 'item' && r.item.description ? [r.item] : [];
  });
  return (
    <Stack gap={4}>
      <MultiSelect label={label} data={data} value={value} onChange={onChange} readOnly={readOnly} searchable clearable={!readOnly}
        placeholder={readOnly || value.length ? undefined : t('jobref.pick.placeholder')} hidePickedOptions={false}
        renderOption={({ option }) => {
          const item = items.find((i) => i.code === option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {item?.description ? <Text size="xs" c="dimmed">{item.description}</Text> : null}
            </Stack>
          );
        }} />
      {chosen.length ? (
        <List size="xs" c="dimmed">
          {chosen.map((i) => <List.Item key={i.code}>{`${i.code} — ${i.name}: ${i.description}`}</List.Item>)}
        </List>
      ) : null}
    </Stack>
  );
}
