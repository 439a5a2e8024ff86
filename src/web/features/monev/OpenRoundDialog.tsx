import { Button, Group, Modal, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { monevKeys, monevOpenOptionsQuery, openRound, type OpenOptions } from '../../api/monev.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { half, parseReminderDays } from './format.ts';
import { useCalendarLabels } from '../../components/useCalendarLabels.ts';

interface Values {
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  deadline: string | null;
  unitIds: string[];
  reminderDays: string;
}


/** The bureau's "Buka putaran monitoring": title, period (the current half-year by default), units, deadline, reminder days. */
export function OpenRoundDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const options = useQuery({ ...monevOpenOptionsQuery, enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('monev.openForm.title')} closeButtonProps={{ 'aria-label': t('action.close') }}>
      {opened ? <Loaded query={options}>{(o) => <OpenRoundForm options={o} onClose={onClose} />}</Loaded> : null}
    </Modal>
  );
}

function OpenRoundForm({ options, onClose }: { options: OpenOptions; onClose: () => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const calendar = useCalendarLabels();
  const form = useForm<Values>({
    initialValues: {
      title: t('monev.openForm.nameDefault', { half: half(options.period.start), year: options.period.start.slice(0, 4) }),
      periodStart: options.period.start,
      periodEnd: options.period.end,
      deadline: null,
      unitIds: options.units.filter((u) => u.effectiveSops > 0).map((u) => u.id),
      reminderDays: options.reminderDays.join(', '),
    },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('monev.required.title')),
      periodStart: (v) => (v ? null : t('monev.required.date')),
      periodEnd: (v, all) => (!v ? t('monev.required.date') : all.periodStart && v.slice(0, 10) < all.periodStart.slice(0, 10) ? t('monev.invalid.periodOrder') : null),
      deadline: (v) => (v ? null : t('monev.required.date')),
      unitIds: (v) => (v.length ? null : t('monev.required.units')),
      reminderDays: (v) => (parseReminderDays(v) ? null : t('monev.invalid.reminderDays')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      openRound({
        title: v.title.trim(),
        periodStart: v.periodStart!.slice(0, 10),
        periodEnd: v.periodEnd!.slice(0, 10),
        deadline: v.deadline!.slice(0, 10),
        unitIds: v.unitIds,
        reminderDays: parseReminderDays(v.reminderDays) ?? [],
      }),
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.all });
      notifySaved(t('monev.openForm.done'));
      onClose();
      await navigate({ to: '/monev/$id', params: { id: round.id } });
    },
    onError: (error) => handleError(error, { form }),
  });
  const unitData = options.units.map((u) => ({ value: u.id, label: t('monev.openForm.unitOption', { code: u.code, name: u.name, count: u.effectiveSops }), disabled: u.effectiveSops === 0 }));

  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <Text size="sm">{t('monev.openForm.intro')}</Text>
        <FormError error={mutation.error} form={form} />
        <TextInput label={t('monev.openForm.name')} required maxLength={200} {...form.getInputProps('title')} />
        <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatePickerInput label={t('monev.openForm.periodStart')} placeholder={t('monev.openForm.datePlaceholder')} required valueFormat="D MMMM YYYY" popoverProps={{ withinPortal: true }} ariaLabels={calendar} {...form.getInputProps('periodStart')} />
            <DatePickerInput label={t('monev.openForm.periodEnd')} placeholder={t('monev.openForm.datePlaceholder')} required valueFormat="D MMMM YYYY" popoverProps={{ withinPortal: true }} ariaLabels={calendar} {...form.getInputProps('periodEnd')} />
          </SimpleGrid>
          <DatePickerInput
            label={t('monev.openForm.deadline')}
            description={t('monev.openForm.deadlineHint')}
            placeholder={t('monev.openForm.datePlaceholder')}
            required
            valueFormat="D MMMM YYYY"
            minDate={options.today}
            popoverProps={{ withinPortal: true }}
            ariaLabels={calendar}
            {...form.getInputProps('deadline')}
          />
        </DatesProvider>
        <MultiSelect
          label={t('monev.openForm.units')}
          description={t('monev.openForm.unitsHint')}
          required
          searchable
          data={unitData}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('unitIds')}
        />
        <TextInput label={t('monev.openForm.reminderDays')} description={t('monev.openForm.reminderDaysHint')} maxLength={30} {...form.getInputProps('reminderDays')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('monev.openForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
