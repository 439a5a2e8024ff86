import { Alert, Anchor, Badge, Button, FileButton, Group, List, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EvjabContent } from '../../../domain/jabatan/model.ts';
import type { EvjabState } from '../../../domain/jabatan/validation.ts';
import { decideEvjab, evjabMinutesHref, evjabValidationQuery, jobKeys, reopenEvjab, submitEvjab, uploadEvjabMinutes, type EvjabDecision, type EvjabValidation, type ValidationEvent } from '../../api/jobs.ts';
import { UploadProgress } from '../requests/UploadProgress.tsx';
import { useUpload } from '../requests/useUpload.ts';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { RowsEditor } from './fields.tsx';
import { useCalendarLabels } from '../../components/useCalendarLabels.ts';

export const stateColor: Record<EvjabState, string> = { draf: 'gray', diajukan: 'blue', divalidasi: 'green', dikembalikan: 'orange' };

function FieldErrors({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" role="alert" title={errorText(error, t)}>
      {fields.length ? <List size="sm">{fields.map((f, i) => <List.Item key={i}>{f.message}</List.Item>)}</List> : null}
    </Alert>
  );
}

/** The bureau's decision: validated (team, date, berita acara number) or returned (notes). The team starts from the Evjab's own proposal. */
function DecisionForm({ id, content, onDone }: { id: string; content: EvjabContent; onDone: (v: EvjabValidation, message: string) => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<EvjabDecision>({
    decision: 'divalidasi',
    team: content.validation.team.map((m) => ({ ...m })),
    decidedOn: content.validation.decisionDate,
    minutesNumber: content.validation.decisionNumber,
    notes: '',
  });
  const send = useMutation({ mutationFn: () => decideEvjab(id, form), onSuccess: (v) => onDone(v, t('jobref.val.decided')) });
  const calendar = useCalendarLabels();
  const validating = form.decision === 'divalidasi';
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); send.mutate(); }}>
      <Title order={3} size="h5">{t('jobref.val.decide')}</Title>
      <Radio.Group label={t('jobref.val.decision')} value={form.decision} onChange={(v) => setForm((f) => ({ ...f, decision: v as EvjabDecision['decision'] }))}>
        <Group mt={4}>
          <Radio value="divalidasi" label={t('jobref.val.decision.divalidasi')} />
          <Radio value="dikembalikan" label={t('jobref.val.decision.dikembalikan')} />
        </Group>
      </Radio.Group>
      {validating ? (
        <>
          <RowsEditor caption={t('jobref.val.team')} readOnly={false} rows={form.team}
            columns={[
              { key: 'name', label: t('jobs.evjab.teamName') },
              { key: 'role', label: t('jobs.evjab.teamRole'), kind: 'select', options: (['pengarah', 'ketua', 'sekretaris', 'anggota', 'pendukung'] as const).map((r) => ({ value: r, label: t(`jobs.evjab.role.${r}` as MessageKey) })) },
              { key: 'position', label: t('jobs.evjab.teamPosition') },
            ]}
            empty={() => ({ name: '', role: 'anggota' as const, position: '' })} onChange={(team) => setForm((f) => ({ ...f, team }))} />
          <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
            <DatePickerInput label={t('jobref.val.date')} valueFormat="D MMMM YYYY" value={form.decidedOn} clearable clearButtonProps={{ 'aria-label': `${t('jobref.col.remove')}: ${t('jobref.val.date')}` }} popoverProps={{ withinPortal: true }} ariaLabels={calendar}
              onChange={(v) => setForm((f) => ({ ...f, decidedOn: v ? String(v).slice(0, 10) : null }))} />
          </DatesProvider>
          <TextInput label={t('jobref.val.minutesNumber')} value={form.minutesNumber} onChange={(e) => { const v = e.currentTarget.value; setForm((f) => ({ ...f, minutesNumber: v })); }} />
        </>
      ) : null}
      <Textarea label={t('jobref.val.notes')} value={form.notes} autosize minRows={2} onChange={(e) => { const v = e.currentTarget.value; setForm((f) => ({ ...f, notes: v })); }} />
      <FieldErrors error={send.error} />
      <Group><Button type="submit" loading={send.isPending}>{t('jobref.val.send')}</Button></Group>
    </Stack>
  );
}

function eventText(e: ValidationEvent, t: ReturnType<typeof useI18n>['t']) {
  return t(`jobref.val.event.${e.action}` as MessageKey, { who: e.actor.name, version: String(e.version), number: e.minutesNumber ?? '' });
}

/** The bureau uploads the signed berita acara of the standing validation (a new file replaces it). */
function MinutesUpload({ id, decision, onDone }: { id: string; decision: ValidationEvent; onDone: (v: EvjabValidation, message: string) => Promise<void> }) {
  const { t } = useI18n();
  const upload = useUpload();
  const label = decision.minutesFile ? t('jobref.val.minutesReplace') : t('jobref.val.minutesUpload');
  const send = async (file: File | null) => {
    if (!file) return;
    const v = await upload.run((onProgress) => uploadEvjabMinutes(id, file, { onProgress }));
    if (v) await onDone(v, t('jobref.val.minutesUploaded'));
  };
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <FileButton onChange={(file) => void send(file)} accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png">
          {(props) => <Button {...props} variant="default" size="sm" loading={upload.uploading}>{label}</Button>}
        </FileButton>
        <Text size="xs" c="dimmed">{t('jobref.val.minutesHint')}</Text>
      </Group>
      <UploadProgress progress={upload.progress} error={upload.error} label={label} />
    </Stack>
  );
}

/** An Evjab's validation (§3.2): status, banner, the moves the caller may make, the bureau's form, and the history. */
export function EvjabValidationPanel({ id, content, beforeSubmit }: { id: string; content: EvjabContent; beforeSubmit: () => unknown }) {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(evjabValidationQuery(id));
  const done = async (v: EvjabValidation, message: string) => {
    queryClient.setQueryData(jobKeys.validation(id), v);
    await queryClient.invalidateQueries({ queryKey: jobKeys.document(id) });
    await queryClient.invalidateQueries({ queryKey: ['jobs', 'documents'] });
    notifications.show({ color: 'green', message });
  };
  const submit = useMutation({ mutationFn: async () => { await beforeSubmit(); return submitEvjab(id); }, onSuccess: (v) => done(v, t('jobref.val.submitted')) });
  const reopen = useMutation({ mutationFn: () => reopenEvjab(id), onSuccess: (v) => done(v, t('jobref.val.reopened')) });
  const v = query.data;
  if (!v) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evjab-validation-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="evjab-validation-title">{t('jobref.val.title')}</Title>
          <Badge color={stateColor[v.status]} variant="light" tt="none" c="var(--mantine-color-text)" data-testid="evjab-status">{t(`jobref.val.state.${v.status}` as MessageKey)}</Badge>
        </Group>
        {v.status === 'divalidasi' ? (
          <Alert color="green" title={t('jobref.val.readOnly')}>
            {v.decision ? t('jobref.val.validatedBy', { date: v.decision.decidedOn ? date(v.decision.decidedOn) : '', number: v.decision.minutesNumber ?? '' }) : null}
          </Alert>
        ) : null}
        {v.canUploadMinutes && v.decision ? <MinutesUpload id={id} decision={v.decision} onDone={done} /> : null}
        {v.status === 'diajukan' ? <Alert color="blue">{t('jobref.val.waiting')}</Alert> : null}
        {v.status === 'dikembalikan' && v.decision ? <Alert color="orange">{t('jobref.val.returned', { notes: v.decision.notes })}</Alert> : null}
        <Group>
          {v.actions.includes('submit') ? <Button loading={submit.isPending} onClick={() => submit.mutate()}>{t('jobref.val.submit')}</Button> : null}
          {v.actions.includes('reopen') ? <Button variant="default" loading={reopen.isPending} onClick={() => reopen.mutate()}>{t('jobref.val.reopen')}</Button> : null}
        </Group>
        <FieldErrors error={submit.error ?? reopen.error} />
        {v.actions.includes('validate') ? <DecisionForm id={id} content={content} onDone={done} /> : null}
        <Title order={3} size="h5">{t('jobref.val.history')}</Title>
        {v.events.length === 0 ? <Text size="sm" c="dimmed">{t('jobref.val.noHistory')}</Text> : (
          <List size="sm">
            {v.events.map((e) => (
              <List.Item key={e.id}>
                <Text size="sm">{`${date(e.at)} — ${eventText(e, t)}`}</Text>
                {e.team?.length ? <Text size="xs" c="dimmed">{`${t('jobref.val.team')}: ${e.team.map((m) => `${m.name} (${t(`jobs.evjab.role.${m.role}` as MessageKey)})`).join(', ')}`}</Text> : null}
                {e.notes ? <Text size="xs" c="dimmed">{e.notes}</Text> : null}
                {e.minutesFile ? (
                  <Anchor size="xs" href={evjabMinutesHref(id, e.id)} download>
                    {t('jobref.val.minutesDownload', { name: e.minutesFile.fileName })}
                  </Anchor>
                ) : null}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
