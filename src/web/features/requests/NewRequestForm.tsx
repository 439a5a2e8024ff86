import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../../components/errors.ts';
import { createRequest, requestKeys, uploadDocument } from '../../api/requests.ts';
import type { RequestDetail, Service, SessionUser } from '../../api/types.ts';
import { applyFieldErrors, focusFirstProblem, FormError, notifySaved } from '../../components/forms.tsx';
import { useT } from '../../i18n/index.tsx';
import { AttachmentPicker, NO_FILE, type PickedFile } from './AttachmentPicker.tsx';
import { checkFile } from './files.ts';
import { draftInput, initialIntake, type IntakeValues } from './intake.ts';
import { IntakeFields, useIntakeForm } from './IntakeForm.tsx';
import { Section } from './Section.tsx';

type Phase = { step: 'editing' } | { step: 'saving' } | { step: 'uploading'; request: RequestDetail } | { step: 'partial'; request: RequestDetail };

/**
 * The intake form of one service. Saving creates the draft, then sends the chosen files one by one (each with its
 * progress) and opens the request; a file the server refuses leaves the draft saved, and says where to try again.
 */
export function NewRequestForm({ service, user, isAdmin }: { service: Service; user: SessionUser; isAdmin: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Administrators register for a unit they choose: no unit is assumed for them.
  const form = useIntakeForm(service.formFields, { ...initialIntake(service.formFields, { user }), ...(isAdmin ? { unitId: null } : {}) }, isAdmin);
  const [files, setFiles] = useState<Record<string, PickedFile>>({});
  const [phase, setPhase] = useState<Phase>({ step: 'editing' });
  const [error, setError] = useState<unknown>(null);
  const locked = phase.step !== 'editing';

  const setFile = (key: string, change: Partial<PickedFile>) => setFiles((all) => ({ ...all, [key]: { ...(all[key] ?? NO_FILE), ...change } }));

  const pick = (key: string, file: File | null) => {
    const spec = service.requiredAttachments.find((a) => a.key === key)!;
    const problem = file ? checkFile(file, spec) : null;
    setFile(key, { file: problem ? null : file, problem: problem ? t(problem.key, problem.params) : null, progress: null, uploaded: false });
  };

  const open = (request: RequestDetail) => {
    void queryClient.invalidateQueries({ queryKey: ['requests', 'page'] });
    void navigate({ to: '/permohonan/$id', params: { id: request.id } });
  };

  const save = async (values: IntakeValues) => {
    setError(null);
    setPhase({ step: 'saving' });
    let request: RequestDetail;
    try {
      request = await createRequest({
        ...draftInput(service.formFields, values),
        serviceCode: service.code,
        ...(isAdmin && values.unitId ? { unitId: values.unitId } : {}),
      });
    } catch (err) {
      setPhase({ step: 'editing' });
      setError(err);
      applyFieldErrors(form, err);
      focusFirstProblem();
      return;
    }
    setPhase({ step: 'uploading', request });
    let failed = false;
    for (const spec of service.requiredAttachments) {
      const picked = files[spec.key];
      if (!picked?.file) continue;
      setFile(spec.key, { progress: 0, problem: null });
      try {
        await uploadDocument(request.id, spec.key, picked.file, { onProgress: (p) => setFile(spec.key, { progress: p }) });
        setFile(spec.key, { progress: null, uploaded: true });
      } catch (err) {
        failed = true;
        setFile(spec.key, { progress: null, problem: errorText(err, t) });
      }
    }
    queryClient.removeQueries({ queryKey: requestKeys.one(request.id) });
    if (failed) {
      setPhase({ step: 'partial', request });
      focusFirstProblem();
      return;
    }
    notifySaved(t('req.created'));
    open(request);
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values), focusFirstProblem)} noValidate>
      <Stack>
        <FormError error={error} form={form} />
        <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack>
            <IntakeFields form={form} fields={service.formFields} unit={{ choose: isAdmin, fixedLabel: `${user.unitName} (${user.unitCode})` }} />
          </Stack>
        </fieldset>
        {service.requiredAttachments.length > 0 ? (
          <Section title={t('req.section.attachments')} description={t('req.form.attachmentsHint')}>
            {service.requiredAttachments.map((spec) => (
              <AttachmentPicker key={spec.key} spec={spec} value={files[spec.key] ?? NO_FILE} disabled={locked} onPick={(f) => pick(spec.key, f)} />
            ))}
          </Section>
        ) : null}
        {phase.step === 'partial' ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('req.partial.title')} data-form-error tabIndex={-1}>
            {t('req.partial.text')}
            <Group mt="sm">
              <Button onClick={() => open(phase.request)}>{t('req.partial.open')}</Button>
            </Group>
          </Alert>
        ) : (
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={locked}>
              {t('req.saveDraft')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
