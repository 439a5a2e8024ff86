import '@mantine/dates/styles.css';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createHoliday, deleteHoliday, holidayKeys, holidaysQuery, updateHoliday } from '../api/holidays.ts';
import type { Holiday } from '../api/types.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { errorText } from '../components/errors.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { requiredRule } from '../features/auth/validators.ts';
import { useI18n } from '../i18n/index.tsx';
import { useCalendarLabels } from '../components/useCalendarLabels.ts';

const thisYear = () => new Date().getFullYear();

function HolidayForm({ holiday, year, onClose }: { holiday: Holiday | null; year: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const calendarLabels = useCalendarLabels();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { date: (holiday?.date ?? null) as string | null, name: holiday?.name ?? '' },
    validate: { date: requiredRule(t), name: requiredRule(t) },
  });
  const mutation = useMutation({
    mutationFn: (v: { date: string | null; name: string }) => {
      const input = { date: v.date ?? '', name: v.name.trim() };
      return holiday ? updateHoliday(holiday.id, { ...input, version: holiday.version }) : createHoliday(input);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: holidayKeys.all });
      onClose();
      notifySaved(t('holidays.saved', { name: saved.name }));
    },
    onError: (error) => handleError(error, { form, reload: [holidayKeys.all], onConflict: onClose }),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
          <DatePickerInput
            label={t('holidays.date')}
            placeholder={t('holidays.datePlaceholder')}
            required
            valueFormat="dddd, D MMMM YYYY"
            defaultDate={holiday?.date ?? (year === thisYear() ? undefined : `${year}-01-01`)}
            popoverProps={{ withinPortal: true }}
            ariaLabels={calendarLabels}
            key={form.key('date')}
            {...form.getInputProps('date')}
          />
        </DatesProvider>
        <TextInput label={t('holidays.name')} description={t('holidays.nameHint')} required key={form.key('name')} {...form.getInputProps('name')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {holiday ? t('action.save') : t('holidays.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/admin/hari-libur`: the holidays that the service-standard clock skips, besides weekends. */
export function AdminHolidaysPage() {
  const { t, date, lang } = useI18n();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(thisYear);
  const holidays = useQuery(holidaysQuery(year));
  const [editing, setEditing] = useState<Holiday | null | undefined>(undefined);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const remove = useMutation({
    mutationFn: (h: Holiday) => deleteHoliday(h.id),
    onSuccess: async (_, h) => {
      await queryClient.invalidateQueries({ queryKey: holidayKeys.all });
      setRemoving(null);
      notifySaved(t('holidays.deleted', { name: h.name }));
    },
    onError: (error) => notifications.show({ color: 'red', title: t('error.title'), message: errorText(error, t) }),
  });
  const weekday = (iso: string) => new Date(`${iso}T00:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', { weekday: 'long' });

  const columns: Column<Holiday>[] = [
    { key: 'date', header: t('holidays.date'), render: (h) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{`${weekday(h.date)}, ${date(`${h.date}T00:00:00`, 'long')}`}</Text> },
    { key: 'name', header: t('holidays.name'), render: (h) => h.name },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (h) => (
        <Group gap={6}>
          {h.actions.includes('update') ? (
            <Button size="compact-sm" variant="light" aria-label={`${t('action.edit')} ${h.name}`} onClick={() => setEditing(h)}>
              {t('action.edit')}
            </Button>
          ) : null}
          {h.actions.includes('delete') ? (
            <Button size="compact-sm" variant="default" color="red" aria-label={`${t('holidays.delete')} ${h.name}`} onClick={() => setRemoving(h)}>
              {t('holidays.delete')}
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear() + 1 - i));

  return (
    <Page
      title={t('nav.admin.holidays')}
      description={t('holidays.intro')}
      actions={
        holidays.data?.actions.includes('create') ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            {t('holidays.create')}
          </Button>
        ) : null
      }
    >
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} mb="md">
        {t('holidays.recount')}
      </Alert>
      <Select label={t('holidays.year')} data={years} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} w={160} mb="md" />
      <DataTable
        caption={t('holidays.caption', { year: String(year) })}
        columns={columns}
        rows={holidays.data?.items}
        rowKey={(h) => h.id}
        total={holidays.data?.items.length ?? 0}
        page={1}
        pageSize={400}
        onPageChange={() => undefined}
        loading={holidays.isPending}
        error={holidays.error}
        onRetry={() => void holidays.refetch()}
        minWidth={560}
        emptyText={t('holidays.empty', { year: String(year) })}
      />
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('holidays.editTitle', { name: editing.name }) : t('holidays.create')}
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        {editing !== undefined ? <HolidayForm key={editing ? `${editing.id}:${editing.version}` : 'new'} holiday={editing} year={year} onClose={() => setEditing(undefined)} /> : null}
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={t('holidays.deleteTitle')}
        confirmLabel={t('holidays.delete')}
        color="red"
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {removing ? t('holidays.deleteText', { name: removing.name }) : null}
      </ConfirmDialog>
    </Page>
  );
}
