import '@mantine/dates/styles.css';
import { ActionIcon, Badge, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useState } from 'react';
import type { SopIdentity, SopRelated } from '../../../domain/sop/model.ts';
import { registryPageQuery } from '../../api/registry.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Edit } from './editorState.ts';
import { fieldDomId } from './fields.ts';
import { LocalInput, LocalTextarea } from './LocalFields.tsx';
import { useCalendarLabels } from '../../components/useCalendarLabels.ts';

type ListField = 'legalBasis' | 'qualifications' | 'equipment' | 'records';

const setIdentity = (edit: Edit, patch: Partial<SopIdentity>) => edit((c) => ({ ...c, identity: { ...c.identity, ...patch } }));

/** An editable list of lines (legal basis, qualifications, equipment, records): one field per item, add and remove. */
function LineList({ field, label, hint, items, edit, readOnly }: { field: ListField; label: string; hint: string; items: string[]; edit: Edit; readOnly: boolean }) {
  const { t } = useI18n();
  const setItem = useCallback((i: number, v: string) => edit((c) => ({ ...c, identity: { ...c.identity, [field]: c.identity[field].map((x, j) => (j === i ? v : x)) } })), [edit, field]);
  const add = () => {
    edit((c) => ({ ...c, identity: { ...c.identity, [field]: [...c.identity[field], ''] } }));
    requestAnimationFrame(() => document.getElementById(fieldDomId(`identity.${field}.${items.length}`))?.focus());
  };
  const remove = (i: number) => edit((c) => ({ ...c, identity: { ...c.identity, [field]: c.identity[field].filter((_, j) => j !== i) } }));
  return (
    <Fieldset legend={label} id={fieldDomId(`identity.${field}`)} tabIndex={-1}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {items.length === 0 ? <Text size="sm">{t('sop-editor.identity.listEmpty')}</Text> : null}
        {items.map((item, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
            <LocalInput
              id={fieldDomId(`identity.${field}.${i}`)}
              aria-label={t('sop-editor.identity.item', { label, n: i + 1 })}
              value={item}
              onCommit={(v) => setItem(i, v)}
              readOnly={readOnly}
              style={{ flex: 1 }}
            />
            {!readOnly ? (
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('sop-editor.identity.removeItem', { label, n: i + 1 })} onClick={() => remove(i)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {!readOnly ? (
          <Group>
            <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
              {t('sop-editor.identity.addItem', { label })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** Related SOPs: picked from the registry (by id), or typed and marked external. */
function RelatedList({ items, edit, readOnly }: { items: SopRelated[]; edit: Edit; readOnly: boolean }) {
  const { t } = useI18n();
  const label = t('sop-editor.identity.related');
  const setTitle = (i: number, title: string) => edit((c) => ({ ...c, identity: { ...c.identity, related: c.identity.related.map((r, j) => (j === i ? { ...r, title } : r)) } }));
  return (
    <Fieldset legend={label} id={fieldDomId('identity.related')} tabIndex={-1}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('sop-editor.identity.relatedHint')}
        </Text>
        {items.length === 0 ? <Text size="sm">{t('sop-editor.identity.listEmpty')}</Text> : null}
        {items.map((item, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
            <LocalInput
              id={fieldDomId(`identity.related.${i}.title`)}
              aria-label={t('sop-editor.identity.item', { label, n: i + 1 })}
              value={item.title}
              onCommit={(v) => setTitle(i, v)}
              readOnly={readOnly}
              style={{ flex: 1 }}
            />
            {item.sopId ? <Badge variant="light">{t('sop-editor.identity.inRegistry')}</Badge> : <Badge variant="outline" color="gray">{t('sop-editor.identity.external')}</Badge>}
            {!readOnly ? (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('sop-editor.identity.removeItem', { label, n: i + 1 })}
                onClick={() => edit((c) => ({ ...c, identity: { ...c.identity, related: c.identity.related.filter((_, j) => j !== i) } }))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {!readOnly ? (
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => {
                edit((c) => ({ ...c, identity: { ...c.identity, related: [...c.identity.related, { sopId: null, title: '' }] } }));
                requestAnimationFrame(() => document.getElementById(fieldDomId(`identity.related.${items.length}.title`))?.focus());
              }}
            >
              {t('sop-editor.identity.addItem', { label })}
            </Button>
            <RegistryPicker onPick={(sopId, title) => edit((c) => ({ ...c, identity: { ...c.identity, related: [...c.identity.related, { sopId, title }] } }))} />
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** The identity page of the SOP: number, title, dates, who ratifies it, and the lists beside the flowchart. */
export const IdentityForm = memo(function IdentityForm({ identity, unitName, edit, readOnly }: { identity: SopIdentity; unitName: string; edit: Edit; readOnly: boolean }) {
  const { t, lang } = useI18n();
  const set = useCallback((patch: Partial<SopIdentity>) => setIdentity(edit, patch), [edit]);
  const ratified = (patch: Partial<SopIdentity['ratifiedBy']>) => edit((c) => ({ ...c, identity: { ...c.identity, ratifiedBy: { ...c.identity.ratifiedBy, ...patch } } }));
  const calendar = useCalendarLabels();
  const date = (field: 'madeOn' | 'revisedOn' | 'effectiveOn') => (
    <DatePickerInput
      id={fieldDomId(`identity.${field}`)}
      label={t(`sop-editor.identity.${field}`)}
      placeholder={t('sop-editor.identity.datePlaceholder')}
      valueFormat="D MMMM YYYY"
      value={identity[field]}
      onChange={(v) => set({ [field]: v ? String(v).slice(0, 10) : null })}
      clearable
      readOnly={readOnly}
      popoverProps={{ withinPortal: true }}
      ariaLabels={calendar}
    />
  );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('sop-editor.identity.unit', { unit: unitName })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LocalInput id={fieldDomId('identity.number')} label={t('sop-editor.identity.number')} description={t('sop-editor.identity.numberHint')} value={identity.number} onCommit={(v) => set({ number: v })} readOnly={readOnly} maxLength={300} />
        <LocalInput id={fieldDomId('identity.title')} label={t('sop-editor.identity.title')} required value={identity.title} onCommit={(v) => set({ title: v })} readOnly={readOnly} maxLength={300} />
      </SimpleGrid>
      <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {date('madeOn')}
          {date('revisedOn')}
          {date('effectiveOn')}
        </SimpleGrid>
      </DatesProvider>
      <Fieldset legend={t('sop-editor.identity.ratifiedBy')}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <LocalInput id={fieldDomId('identity.ratifiedBy.position')} label={t('sop-editor.identity.ratifiedPosition')} required value={identity.ratifiedBy.position} onCommit={(v) => ratified({ position: v })} readOnly={readOnly} maxLength={300} />
          <LocalInput id={fieldDomId('identity.ratifiedBy.name')} label={t('sop-editor.identity.ratifiedName')} required value={identity.ratifiedBy.name} onCommit={(v) => ratified({ name: v })} readOnly={readOnly} maxLength={300} />
          <LocalInput
            id={fieldDomId('identity.ratifiedBy.nip')}
            label={t('sop-editor.identity.ratifiedNip')}
            description={t('sop-editor.identity.nipHint')}
            inputMode="numeric"
            value={identity.ratifiedBy.nip}
            onCommit={(v) => ratified({ nip: v.replace(/\D/g, '').slice(0, 18) })}
            error={identity.ratifiedBy.nip && identity.ratifiedBy.nip.length !== 18 ? t('sop-editor.identity.nipInvalid') : undefined}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LineList field="legalBasis" label={t('sop-editor.identity.legalBasis')} hint={t('sop-editor.identity.legalBasisHint')} items={identity.legalBasis} edit={edit} readOnly={readOnly} />
        <LineList field="qualifications" label={t('sop-editor.identity.qualifications')} hint={t('sop-editor.identity.qualificationsHint')} items={identity.qualifications} edit={edit} readOnly={readOnly} />
        <LineList field="equipment" label={t('sop-editor.identity.equipment')} hint={t('sop-editor.identity.equipmentHint')} items={identity.equipment} edit={edit} readOnly={readOnly} />
        <LineList field="records" label={t('sop-editor.identity.records')} hint={t('sop-editor.identity.recordsHint')} items={identity.records} edit={edit} readOnly={readOnly} />
      </SimpleGrid>
      <RelatedList items={identity.related} edit={edit} readOnly={readOnly} />
      <LocalTextarea id={fieldDomId('identity.warnings')} label={t('sop-editor.identity.warnings')} description={t('sop-editor.identity.warningsHint')} value={identity.warnings} onCommit={(v) => set({ warnings: v })} readOnly={readOnly} rows={3} />
    </Stack>
  );
});

/** Finds an SOP in the registry by a word of its title or number and adds it as a related SOP. */
function RegistryPicker({ onPick }: { onPick: (sopId: string, title: string) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({ ...registryPageQuery({ q: q || undefined }), enabled: q.length >= 2 });
  const data = (found.data?.items ?? []).map((item) => ({ value: item.sopId, label: `${item.number} · ${item.title}` }));
  return (
    <Select
      size="xs"
      w={340}
      aria-label={t('sop-editor.identity.pickRegistry')}
      placeholder={t('sop-editor.identity.pickRegistry')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={null}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !found.isFetching ? t('sop-editor.identity.registryNone') : undefined}
      onChange={(value) => {
        const item = found.data?.items.find((i) => i.sopId === value);
        if (item) onPick(item.sopId, `${item.number} ${item.title}`);
        setSearch('');
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
