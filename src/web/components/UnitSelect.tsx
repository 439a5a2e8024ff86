import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { allUnitsQuery } from '../api/units.ts';
import { useT } from '../i18n/index.tsx';

interface UnitSelectProps extends Omit<SelectProps, 'data'> {
  /** Leave these units out (e.g. a unit and its descendants when choosing its new parent). */
  exclude?: ReadonlySet<string>;
  /** Offer deactivated units too (filters), marked as such. */
  includeInactive?: boolean;
}

/** A searchable choice among the organisation's units ("Name (CODE)"). */
export function UnitSelect({ exclude, includeInactive = false, ...props }: UnitSelectProps) {
  const t = useT();
  const units = useQuery(allUnitsQuery(includeInactive));
  const data = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((u) => !exclude?.has(u.id))
        .map((u) => ({
          value: u.id,
          label: `${u.name} (${u.code})${u.active ? '' : ` — ${t('status.inactive')}`}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [units.data, exclude, t],
  );
  return (
    <Select
      searchable
      data={data}
      nothingFoundMessage={units.isLoading ? t('state.loading') : t('select.nothingFound')}
      limit={100}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
