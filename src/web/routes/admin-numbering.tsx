import { Button, Code, Group, List, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TEMPLATE_TOKENS } from '../../domain/numbering/template.ts';
import { createNumberingTemplate, numberingKeys, numberingTemplatesQuery, updateNumberingTemplate } from '../api/numbering.ts';
import { servicesQuery } from '../api/services.ts';
import type { NumberingTemplate } from '../api/types.ts';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { requiredRule } from '../features/auth/validators.ts';
import { previewNumber } from '../features/numbering/preview.ts';
import { useT } from '../i18n/index.tsx';

const GENERIC_KIND = 'UMUM';

function TemplateForm({ template, kinds, onClose }: { template: NumberingTemplate | null; kinds: string[]; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'controlled',
    initialValues: { kind: template?.kind ?? '', template: template?.template ?? '{seq:3}/{kodeJenis}/{kodeUnit}/{bulanRomawi}/{tahun}' },
    validate: { kind: requiredRule(t), template: requiredRule(t) },
  });
  const mutation = useMutation({
    mutationFn: (v: { kind: string; template: string }) =>
      template ? updateNumberingTemplate(template.id, { template: v.template.trim(), version: template.version }) : createNumberingTemplate({ kind: v.kind, template: v.template.trim() }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: numberingKeys.all });
      onClose();
      notifySaved(t('numbering.saved', { kind: saved.kind }));
    },
    onError: (error) => handleError(error, { form, reload: [numberingKeys.all], onConflict: onClose }),
  });
  const preview = previewNumber(form.values.template, form.values.kind, new Date());
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={mutation.error} form={form} />
        {template ? (
          <Text>
            <strong>{t('numbering.kind')}:</strong> {template.kind}
          </Text>
        ) : (
          <Select label={t('numbering.kind')} description={t('numbering.kindHint')} required data={kinds} searchable {...form.getInputProps('kind')} />
        )}
        <TextInput
          label={t('numbering.template')}
          required
          spellCheck={false}
          {...form.getInputProps('template')}
          error={form.errors.template ?? (preview.ok ? undefined : preview.codes.map((code) => t(`numbering.error.${code}`)).join(' '))}
        />
        <Text size="sm" aria-live="polite">
          {t('numbering.preview')}: {preview.ok ? <Code>{preview.number}</Code> : t('numbering.previewInvalid')}
        </Text>
        <div>
          <Text size="sm" fw={600}>
            {t('numbering.tokens')}
          </Text>
          <List size="sm" spacing={2}>
            {TEMPLATE_TOKENS.filter((k) => k !== 'kodeKlasifikasi' && k !== 'kodeSifat').map((k) => (
              <List.Item key={k}>
                <Code>{k === 'seq' ? '{seq:3}' : `{${k}}`}</Code> — {t(`numbering.token.${k}`)}
              </List.Item>
            ))}
          </List>
        </div>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {template ? t('action.save') : t('numbering.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/admin/penomoran`: the template of each document kind's *No. Dokumen*, given at stage 6. */
export function AdminNumberingPage() {
  const t = useT();
  const templates = useQuery(numberingTemplatesQuery());
  const services = useQuery(servicesQuery(true));
  const [editing, setEditing] = useState<NumberingTemplate | null | undefined>(undefined);
  const taken = new Set(templates.data?.items.map((i) => i.kind));
  const kinds = [GENERIC_KIND, ...(services.data?.items.map((s) => s.code) ?? [])].filter((k) => !taken.has(k));

  const columns: Column<NumberingTemplate>[] = [
    { key: 'kind', header: t('numbering.kind'), render: (n) => (n.kind === GENERIC_KIND ? `${n.kind} (${t('numbering.generic')})` : n.kind) },
    { key: 'template', header: t('numbering.template'), render: (n) => <Code>{n.template}</Code> },
    { key: 'example', header: t('numbering.example'), render: (n) => <Code>{n.example}</Code> },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (n) =>
        n.actions.includes('update') ? (
          <Button size="compact-sm" variant="light" aria-label={`${t('action.edit')} ${n.kind}`} onClick={() => setEditing(n)}>
            {t('action.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Page
      title={t('nav.admin.numbering')}
      description={t('numbering.intro')}
      actions={
        templates.data?.actions.includes('create') && kinds.length > 0 ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            {t('numbering.create')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('numbering.caption')}
        columns={columns}
        rows={templates.data?.items}
        rowKey={(n) => n.id}
        total={templates.data?.items.length ?? 0}
        page={1}
        pageSize={400}
        onPageChange={() => undefined}
        loading={templates.isPending}
        error={templates.error}
        onRetry={() => void templates.refetch()}
        minWidth={640}
      />
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('numbering.editTitle', { kind: editing.kind }) : t('numbering.create')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        {editing !== undefined ? <TemplateForm key={editing ? `${editing.id}:${editing.version}` : 'new'} template={editing} kinds={kinds} onClose={() => setEditing(undefined)} /> : null}
      </Modal>
    </Page>
  );
}
