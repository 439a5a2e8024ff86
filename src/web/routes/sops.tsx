import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCertificate, IconDownload, IconFileImport, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { createSop, SOP_TEMPLATE_URL, sopKeys, sopsPageQuery, type Sop, type SopSummary } from '../api/sops.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useListState } from '../components/useListState.ts';
import { useHasRole, useSessionUser } from '../features/auth/session.ts';
import { formatWibDate } from '../features/requests/format.ts';
import { ImportDialog } from '../features/sop/ImportDialog.tsx';
import { RatifyDialog, type RatifyTarget } from '../features/registry/RatifyDialog.tsx';
import { useI18n } from '../i18n/index.tsx';

/** `/sop`: the SOPs of the caller's unit (the bureau's: all, by unit), with "SOP baru", import and the blank template. */
export function SopsPage() {
  const { t, lang } = useI18n();
  const user = useSessionUser();
  const navigate = useNavigate();
  const bureau = useHasRole('administrator', 'verifikator', 'kepala_biro');
  const list = useListState<{ unitId?: string }>({});
  const sops = useQuery(sopsPageQuery({ page: list.page, pageSize: list.pageSize, q: list.q || undefined, unitId: list.filters.unitId }));
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // Ratification outside a request: the head of the bureau and administrators (policy 'registry.ratify').
  const mayRatify = useHasRole('administrator', 'kepala_biro');
  const [ratifying, setRatifying] = useState<RatifyTarget | 'pick' | null>(null);
  const canCreate = sops.data?.actions.includes('create') ?? false;
  const open = (sop: Sop) => void navigate({ to: '/sop/$id', params: { id: sop.id } });
  const filtered = !!list.q || !!list.filters.unitId;
  const empty = sops.data !== undefined && sops.data.total === 0 && !filtered;

  const columns: Column<SopSummary>[] = [
    {
      key: 'title',
      header: t('sop-docs.list.col.title'),
      render: (s) => (
        <Anchor fw={600} size="sm" renderRoot={(props) => <Link to="/sop/$id" params={{ id: s.id }} {...props} />} style={{ overflowWrap: 'anywhere' }}>
          {s.title}
        </Anchor>
      ),
    },
    { key: 'number', header: t('sop-docs.list.col.number'), render: (s) => s.number || t('sop-docs.list.noNumber') },
    ...(bureau ? [{ key: 'unit', header: t('sop-docs.list.col.unit'), render: (s: SopSummary) => <Text size="sm">{s.unitName} ({s.unitCode})</Text> }] : []),
    { key: 'version', header: t('sop-docs.list.col.version'), align: 'right', render: (s) => s.version },
    {
      key: 'check',
      header: t('sop-docs.list.col.check'),
      render: (s) =>
        s.errorCount + s.warningCount === 0 ? (
          <Badge color="green" variant="light" c="var(--mantine-color-text)">
            {t('sop-docs.list.clean')}
          </Badge>
        ) : (
          <Group gap={4} wrap="nowrap">
            {s.errorCount > 0 ? (
              <Badge color="red" variant="light" c="var(--mantine-color-text)">
                {t('sop-docs.list.errors', { count: s.errorCount })}
              </Badge>
            ) : null}
            {s.warningCount > 0 ? (
              <Badge color="yellow.9" variant="light" c="var(--mantine-color-text)">
                {t('sop-docs.list.warnings', { count: s.warningCount })}
              </Badge>
            ) : null}
          </Group>
        ),
    },
    {
      key: 'updated',
      header: t('sop-docs.list.col.updated'),
      render: (s) => <Text size="sm">{t('sop-docs.list.updatedBy', { name: s.updatedBy.name, when: formatWibDate(s.updatedAt, lang, 'short') })}</Text>,
    },
    ...(mayRatify
      ? [{
          key: 'ratify',
          header: t('registry-admin.bureauActions'),
          render: (s: SopSummary) =>
            s.status === 'draf' ? (
              <Button size="compact-sm" variant="default" aria-label={t('registry-admin.ratifyOf', { title: s.title })} onClick={() => setRatifying({ sopId: s.id, unitId: s.unitId, title: s.title })}>
                {t('registry-admin.ratifyThis')}
              </Button>
            ) : null,
        }]
      : []),
  ];

  return (
    <Page
      title={t('sop-docs.list.title')}
      description={bureau ? t('sop-docs.list.introBureau') : t('sop-docs.list.intro')}
      actions={
        <Group gap="xs">
          <Button component="a" href={SOP_TEMPLATE_URL} download variant="subtle" leftSection={<IconDownload size={18} aria-hidden />}>
            {t('sop-docs.list.template')}
          </Button>
          {mayRatify ? (
            <Button variant="default" leftSection={<IconCertificate size={18} aria-hidden />} onClick={() => setRatifying('pick')}>
              {t('registry-admin.ratify')}
            </Button>
          ) : null}
          {canCreate ? (
            <>
              <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>
                {t('sop-docs.list.import')}
              </Button>
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                {t('sop-docs.list.new')}
              </Button>
            </>
          ) : null}
        </Group>
      }
    >
      {empty ? (
        <Alert icon={<IconInfoCircle aria-hidden />} title={t('sop-docs.list.emptyTitle')} color="blue" data-testid="sop-empty">
          {t('sop-docs.list.empty')}
        </Alert>
      ) : null}
      <DataTable
        caption={t('sop-docs.list.caption')}
        columns={columns}
        {...pagedTableProps(sops, list)}
        rowKey={(s) => s.id}
        minWidth={bureau ? 960 : 800}
        emptyText={filtered ? t('sop-docs.list.noMatch') : t('sop-docs.list.emptyTitle')}
        search={{ value: list.q, onChange: list.setQ, label: t('sop-docs.list.search'), placeholder: t('sop-docs.list.searchHint') }}
        filters={
          bureau ? (
            <UnitSelect
              label={t('field.unit')}
              placeholder={t('filter.allUnits')}
              clearable
              includeInactive
              value={list.filters.unitId ?? null}
              onChange={(v) => list.setFilter('unitId', v ?? undefined)}
              w={{ base: '100%', sm: 260 }}
            />
          ) : undefined
        }
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('sop-docs.new.title')} closeButtonProps={{ 'aria-label': t('action.close') }}>
        {creating && user ? <NewSopForm defaultUnitId={user.unitId} onClose={() => setCreating(false)} onCreated={open} /> : null}
      </Modal>
      {mayRatify ? (
        <RatifyDialog
          opened={ratifying !== null}
          onClose={() => setRatifying(null)}
          target={ratifying && ratifying !== 'pick' ? ratifying : undefined}
          onRatified={(entry) => void navigate({ to: '/daftar-sop/$id', params: { id: entry.sopId } })}
        />
      ) : null}
      {user ? <ImportDialog opened={importing} onClose={() => setImporting(false)} target={{ unitId: list.filters.unitId ?? user.unitId }} onImported={open} /> : null}
    </Page>
  );
}

function NewSopForm({ defaultUnitId, onClose, onCreated }: { defaultUnitId: string; onClose: () => void; onCreated: (sop: Sop) => void }) {
  const { t } = useI18n();
  const admin = useHasRole('administrator');
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { title: '', unitId: defaultUnitId as string | null },
    validate: {
      title: (v) => (v.trim() ? null : t('sop-docs.new.titleRequired')),
      unitId: (v) => (v ? null : t('sop-docs.new.unitRequired')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: { title: string; unitId: string | null }) => createSop({ title: v.title.trim(), unitId: v.unitId ?? '' }),
    onSuccess: async (sop) => {
      await queryClient.invalidateQueries({ queryKey: sopKeys.all });
      notifySaved(t('sop-docs.new.created', { title: sop.title }));
      onClose();
      onCreated(sop);
    },
    onError: (error) => handleError(error, { form }),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        <TextInput label={t('sop-docs.new.field.title')} placeholder={t('sop-docs.new.field.titleHint')} required data-autofocus key={form.key('title')} {...form.getInputProps('title')} />
        {admin ? <UnitSelect label={t('sop-docs.new.field.unit')} required key={form.key('unitId')} {...form.getInputProps('unitId')} /> : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('sop-docs.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
