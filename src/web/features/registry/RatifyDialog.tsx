import { Alert, Button, Fieldset, Group, Loader, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ratifySop, type RegistryEntryDetail } from '../../api/registry.ts';
import { sopKeys, sopsPageQuery, sopVersionQuery, sopVersionsQuery } from '../../api/sops.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { formatWibDate } from '../requests/format.ts';
import { blockingErrors, validNip } from './ratify.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCalendarLabels } from '../../components/useCalendarLabels.ts';

/** The SOP the dialog ratifies when it is opened from that SOP (its page, its row); otherwise the bureau picks one. */
export interface RatifyTarget {
  sopId: string;
  unitId: string;
  title: string;
}

interface Values {
  unitId: string | null;
  sopId: string | null;
  version: string | null;
  number: string;
  effectiveOn: string | null;
  ratifiedBy: { position: string; name: string; nip: string };
}


/** The bureau's "Sahkan SOP": ratifies one saved, error-free version of a unit's SOP outside a request (POST /api/registry). */
export function RatifyDialog({ opened, onClose, target, onRatified }: { opened: boolean; onClose: () => void; target?: RatifyTarget; onRatified?: (entry: RegistryEntryDetail) => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={target ? t('registry-admin.ratifyOf', { title: target.title }) : t('registry-admin.ratify.title')} closeButtonProps={{ 'aria-label': t('action.close') }}>
      {opened ? <RatifyForm target={target} onClose={onClose} onRatified={onRatified} /> : null}
    </Modal>
  );
}

function RatifyForm({ target, onClose, onRatified }: { target?: RatifyTarget; onClose: () => void; onRatified?: (entry: RegistryEntryDetail) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm<Values>({
    initialValues: { unitId: target?.unitId ?? null, sopId: target?.sopId ?? null, version: null, number: '', effectiveOn: null, ratifiedBy: { position: '', name: '', nip: '' } },
    validate: {
      unitId: (v) => (v ? null : t('registry-admin.required.unit')),
      sopId: (v) => (v ? null : t('registry-admin.required.sop')),
      version: (v) => (v ? null : t('registry-admin.required.version')),
      number: (v) => (v.trim() ? null : t('registry-admin.required.number')),
      effectiveOn: (v) => (v ? null : t('registry-admin.required.effectiveOn')),
      ratifiedBy: {
        position: (v) => (v.trim() ? null : t('registry-admin.required.position')),
        name: (v) => (v.trim() ? null : t('registry-admin.required.name')),
        nip: (v) => (!v.trim() ? t('registry-admin.required.nip') : validNip(v) ? null : t('registry-admin.invalid.nip')),
      },
    },
  });
  const { unitId, sopId, version } = form.values;

  const sops = useQuery({ ...sopsPageQuery({ unitId: unitId ?? undefined, pageSize: 100 }), enabled: !target && !!unitId });
  const versions = useQuery({ ...sopVersionsQuery(sopId ?? ''), enabled: !!sopId });
  const chosen = useQuery({ ...sopVersionQuery(sopId ?? '', Number(version)), enabled: !!sopId && !!version });

  // The latest version by default; the official from the chosen version's identity.
  const latest = versions.data?.items.reduce((m, v) => Math.max(m, v.number), 0);
  useEffect(() => {
    if (latest && !form.getValues().version) form.setFieldValue('version', String(latest));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest, sopId]);
  const official = chosen.data?.content.identity.ratifiedBy;
  useEffect(() => {
    if (official) form.setFieldValue('ratifiedBy', { position: official.position, name: official.name, nip: official.nip });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [official]);

  const errors = chosen.data ? blockingErrors(chosen.data.problems) : 0;
  const sopOptions = useMemo(
    () => (sops.data?.items ?? []).map((s) => ({ value: s.id, label: s.number ? `${s.title} (${s.number})` : s.title })),
    [sops.data],
  );
  const versionOptions = useMemo(
    () => (versions.data?.items ?? []).map((v) => ({ value: String(v.number), label: t('registry-admin.ratify.versionOption', { n: v.number, when: formatWibDate(v.savedAt, lang, 'short'), name: v.savedBy.name }) })),
    [versions.data, t, lang],
  );

  const mutation = useMutation({
    mutationFn: (v: Values) =>
      ratifySop({
        sopId: v.sopId!,
        version: Number(v.version),
        number: v.number.trim(),
        effectiveOn: v.effectiveOn!.slice(0, 10),
        ratifiedBy: { position: v.ratifiedBy.position.trim(), name: v.ratifiedBy.name.trim(), nip: v.ratifiedBy.nip.replace(/\s+/g, '') },
      }),
    onSuccess: async (entry) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['registry'] }), queryClient.invalidateQueries({ queryKey: sopKeys.all })]);
      notifySaved(t('registry-admin.ratify.done', { title: entry.title, number: entry.number }));
      onClose();
      onRatified?.(entry);
    },
    onError: (error) => handleError(error, { form, aliases: { ratifiedBy: 'ratifiedBy.position' } }),
  });

  const calendar = useCalendarLabels();

  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <Text size="sm">{t('registry-admin.ratify.intro')}</Text>
        <FormError error={mutation.error} form={form} />
        {!target ? (
          <>
            <UnitSelect
              label={t('registry-admin.ratify.unit')}
              placeholder={t('registry-admin.ratify.unitPlaceholder')}
              required
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('unitId')}
              onChange={(v) => form.setValues({ unitId: v, sopId: null, version: null })}
            />
            <Select
              label={t('registry-admin.ratify.sop')}
              placeholder={t('registry-admin.ratify.sopPlaceholder')}
              required
              searchable
              disabled={!unitId}
              data={sopOptions}
              nothingFoundMessage={t('registry-admin.ratify.sopNone')}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('sopId')}
              onChange={(v) => form.setValues({ sopId: v, version: null })}
            />
          </>
        ) : null}
        <Select
          label={t('registry-admin.ratify.version')}
          required
          disabled={!sopId}
          data={versionOptions}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('version')}
        />
        {version && sopId ? (
          chosen.isPending ? (
            <Group gap="xs" role="status">
              <Loader size="xs" />
              <Text size="sm">{t('registry-admin.ratify.checking')}</Text>
            </Group>
          ) : errors > 0 ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="ratify-check">
              {t('registry-admin.ratify.hasErrors', { count: errors })}
            </Alert>
          ) : chosen.data ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} data-testid="ratify-check" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
              {t('registry-admin.ratify.clean')}
            </Alert>
          ) : null
        ) : null}
        <TextInput label={t('registry-admin.ratify.number')} description={t('registry-admin.ratify.numberHint')} required maxLength={200} {...form.getInputProps('number')} />
        <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
          <DatePickerInput
            label={t('registry-admin.ratify.effectiveOn')}
            placeholder={t('registry-admin.ratify.datePlaceholder')}
            required
            valueFormat="D MMMM YYYY"
            popoverProps={{ withinPortal: true }}
            ariaLabels={calendar}
            {...form.getInputProps('effectiveOn')}
          />
        </DatesProvider>
        <Fieldset legend={t('registry-admin.ratify.official')}>
          <Text size="xs" c="dimmed" mb="xs">
            {t('registry-admin.ratify.officialHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('registry-admin.ratify.position')} required maxLength={300} {...form.getInputProps('ratifiedBy.position')} />
            <TextInput label={t('registry-admin.ratify.name')} required maxLength={300} {...form.getInputProps('ratifiedBy.name')} />
            <TextInput label={t('registry-admin.ratify.nip')} required maxLength={40} inputMode="numeric" {...form.getInputProps('ratifiedBy.nip')} />
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={errors > 0}>
            {t('registry-admin.ratify.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
