import { Alert, Badge, Button, Card, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilePlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId } from 'react';
import { ApiError } from '../../api/client.ts';
import { MONEV_ASSESSMENTS, MONEV_METHODS, type MonevAssessment } from '../../../domain/monev/monev.ts';
import { monevKeys, requestRevision, saveAssessment, type MonevAssessmentRow, type MonevCriterion } from '../../api/monev.ts';
import { FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { groupMissing, percentText } from './format.ts';

interface Values {
  assessment: MonevAssessment | '';
  notes: string;
  action: string;
  assessorName: string;
  assessorPosition: string;
  methods: string[];
  criteria: Record<string, 'yes' | 'no' | ''>;
}

const toValues = (row: MonevAssessmentRow, criteria: MonevCriterion[]): Values => ({
  assessment: row.assessment ?? '',
  notes: row.notes,
  action: row.action,
  assessorName: row.assessorName,
  assessorPosition: row.assessorPosition,
  methods: row.methods,
  criteria: Object.fromEntries(criteria.map((c) => [c.id, row.criteria[c.id] === true ? 'yes' : row.criteria[c.id] === false ? 'no' : ''])),
});

/** One SOP's row of Table 7 with its evaluation criteria; editable while the unit has not submitted. */
export function AssessmentCard({ no, row, criteria, roundId, unitId }: { no: number; row: MonevAssessmentRow; criteria: MonevCriterion[]; roundId: string; unitId: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const headingId = useId();
  const editable = row.actions.includes('edit');
  const form = useForm<Values>({ initialValues: toValues(row, criteria) });
  // What the server holds is shown whenever it changes: after this card's save, or someone else's refused one.
  useEffect(() => {
    form.setValues(toValues(row, criteria));
    form.resetDirty(toValues(row, criteria));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new saved state reloads the form
  }, [row.version]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveAssessment(row.id, {
        assessment: v.assessment || null,
        notes: v.notes,
        action: v.action,
        assessorName: v.assessorName,
        assessorPosition: v.assessorPosition,
        methods: v.methods,
        criteria: Object.fromEntries(Object.entries(v.criteria).filter(([, a]) => a !== '').map(([id, a]) => [id, a === 'yes'])),
        version: row.version,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.sheet(roundId, unitId) });
      notifySaved(t('monev.sop.saved', { title: row.title }));
    },
    onError: async (error) => {
      handleError(error, { form });
      if (error instanceof ApiError && error.code === 'MONEV_ASSESSMENT_CHANGED') await queryClient.invalidateQueries({ queryKey: monevKeys.sheet(roundId, unitId) });
    },
  });

  const revision = useMutation({
    mutationFn: () => requestRevision(row.id),
    onSuccess: async ({ requestId }) => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.sheet(roundId, unitId) });
      await navigate({ to: '/permohonan/$id', params: { id: requestId } });
    },
    onError: (error) => handleError(error),
  });

  const missing = groupMissing(row.missing);
  const missingText = [
    ...missing.fields.map((f) => t(`monev.missing.${f}` as MessageKey)),
    ...(missing.criteria ? [t('monev.missing.criteria', { count: missing.criteria })] : []),
  ].join(', ');
  const criterionText = (c: MonevCriterion) => (lang === 'en' ? c.textEn : c.textId);

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="monev-sop">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h4" id={headingId}>
                {t('monev.sop.heading', { no, title: row.title })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('monev.sop.number', { number: row.number })}
              </Text>
            </div>
            <Badge color={row.missing.length ? 'orange' : 'teal'} variant="light" c="var(--mantine-color-text)">
              {row.missing.length ? t('monev.sop.incomplete') : t('monev.sop.complete')}
            </Badge>
          </Group>
          {row.missing.length && editable ? (
            <Text size="sm" fw={500}>
              {t('monev.sop.missing', { fields: missingText })}
            </Text>
          ) : null}
          <FormError error={save.error} form={form} />
          <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="sm">
              <Radio.Group label={t('monev.sop.assessment')} {...form.getInputProps('assessment')}>
                <Group mt={4}>
                  {MONEV_ASSESSMENTS.map((a) => (
                    <Radio key={a} value={a} label={t(`monev.assessment.${a}` as MessageKey)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea label={t('monev.sop.notes')} autosize minRows={2} maxLength={4000} {...form.getInputProps('notes')} />
              <Textarea label={t('monev.sop.action')} description={t('monev.sop.actionHint')} autosize minRows={2} maxLength={4000} {...form.getInputProps('action')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('monev.sop.assessorName')} maxLength={200} {...form.getInputProps('assessorName')} />
                <TextInput label={t('monev.sop.assessorPosition')} maxLength={200} {...form.getInputProps('assessorPosition')} />
              </SimpleGrid>
              <Checkbox.Group label={t('monev.sop.methods')} {...form.getInputProps('methods')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={6}>
                  {MONEV_METHODS.map((m) => (
                    <Checkbox key={m} value={m} label={t(`monev.method.${m}` as MessageKey)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <Fieldset legend={t('monev.sop.criteria')} variant="filled" p="sm">
                <Stack gap={6}>
                  {criteria.map((c) => (
                    <Radio.Group
                      key={c.id}
                      label={
                        <>
                          {c.ordinal}. {criterionText(c)}
                          {c.unconfirmed ? (
                            <Badge ml="xs" size="sm" color="gray" variant="outline" c="var(--mantine-color-text)">
                              {t('monev.criterion.unconfirmed')}
                            </Badge>
                          ) : null}
                        </>
                      }
                      styles={{ label: { fontWeight: 400 } }}
                      {...form.getInputProps(`criteria.${c.id}`)}
                    >
                      <Group gap="md" mt={2}>
                        <Radio value="yes" label={t('monev.criterion.yes')} />
                        <Radio value="no" label={t('monev.criterion.no')} />
                      </Group>
                    </Radio.Group>
                  ))}
                </Stack>
              </Fieldset>
            </Stack>
          </fieldset>
          <Text size="sm" title={t('monev.sop.percentNote')}>
            {t('monev.sop.evaluation', { yes: row.evaluation.yes, answered: row.evaluation.answered, percent: percentText(row.evaluation.percentYes) })}
          </Text>
          <Group justify="flex-end">
            {row.actions.includes('openRevision') && row.revisionRequestId ? (
              <Button variant="light" renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: row.revisionRequestId! }} {...props} />}>
                {t('monev.sop.openRevision')}
              </Button>
            ) : null}
            {row.actions.includes('requestRevision') ? (
              <Button
                leftSection={<IconFilePlus size={16} aria-hidden />}
                loading={revision.isPending}
                onClick={() => revision.mutate()}
                aria-label={t('monev.sop.requestRevisionOf', { title: row.title })}
              >
                {t('monev.sop.requestRevision')}
              </Button>
            ) : null}
            {editable ? (
              <Button type="submit" loading={save.isPending} aria-label={t('monev.sop.saveOf', { title: row.title })}>
                {t('monev.sop.save')}
              </Button>
            ) : null}
          </Group>
          {row.actions.includes('requestRevision') ? (
            <Alert variant="light" color="orange" p="xs">
              <Text size="sm">{t('monev.sop.revisionHint')}</Text>
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
