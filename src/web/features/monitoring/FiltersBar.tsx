import { Button, Checkbox, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { STAGES } from '../../../domain/workflow/stages.ts';
import type { MonitoringOptions } from '../../api/types.ts';
import { stageLabel, stateLabelKey } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { serviceName } from '../catalogue/catalogue.ts';
import { hasFilters, REQUEST_STATE_LIST, type FilterChanges, type MonitoringSearch } from './search.ts';

interface FiltersBarProps {
  search: MonitoringSearch;
  options: MonitoringOptions | undefined;
  onChange: (changes: FilterChanges) => void;
  onClear: () => void;
}

const selectProps = { clearable: true, comboboxProps: { withinPortal: true } } as const;

/** The table's filters: service, status, stage, unit, year and "overdue only"; each change is a new URL. */
export function FiltersBar({ search, options, onChange, onClear }: FiltersBarProps) {
  const { t, lang } = useI18n();
  const states = options?.states.length ? options.states : REQUEST_STATE_LIST.filter((s) => s !== 'draf');
  const loading = options ? t('select.nothingFound') : t('state.loading');
  return (
    <>
      <Select
        {...selectProps}
        label={t('monitoring.col.service')}
        placeholder={t('monitoring.filter.allServices')}
        searchable
        nothingFoundMessage={loading}
        data={(options?.services ?? []).map((s) => ({ value: s.code, label: serviceName(s, lang) }))}
        value={search.serviceCode ?? null}
        onChange={(v) => onChange({ serviceCode: v ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        {...selectProps}
        label={t('monitoring.col.status')}
        placeholder={t('monitoring.filter.allStates')}
        data={states.map((s) => ({ value: s, label: t(stateLabelKey(s)) }))}
        value={search.state ?? null}
        onChange={(v) => onChange({ state: (v ?? undefined) as MonitoringSearch['state'] })}
        w={{ base: '100%', sm: 170 }}
      />
      <Select
        {...selectProps}
        label={t('monitoring.filter.stage')}
        placeholder={t('monitoring.filter.allStages')}
        data={STAGES.map((s) => ({ value: String(s.number), label: stageLabel(s.number, lang) }))}
        value={search.stage ? String(search.stage) : null}
        onChange={(v) => onChange({ stage: v ? (Number(v) as MonitoringSearch['stage']) : undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        {...selectProps}
        label={t('monitoring.col.unit')}
        placeholder={t('filter.allUnits')}
        searchable
        nothingFoundMessage={loading}
        data={(options?.units ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
        value={search.unitId ?? null}
        onChange={(v) => onChange({ unitId: v ?? undefined })}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        {...selectProps}
        label={t('monitoring.filter.year')}
        placeholder={t('monitoring.filter.allYears')}
        data={(options?.years ?? (search.year ? [search.year] : [])).map((y) => ({ value: String(y), label: String(y) }))}
        value={search.year ? String(search.year) : null}
        onChange={(v) => onChange({ year: v ? Number(v) : undefined })}
        w={{ base: '100%', sm: 140 }}
      />
      <Checkbox
        label={t('monitoring.filter.overdue')}
        checked={!!search.overdue}
        onChange={(e) => onChange({ overdue: e.currentTarget.checked ? true : undefined })}
        mb={8}
      />
      {hasFilters(search) ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear} mb={2}>
          {t('monitoring.filter.clear')}
        </Button>
      ) : null}
    </>
  );
}
