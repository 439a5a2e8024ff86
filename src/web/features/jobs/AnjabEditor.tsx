import { ActionIcon, Button, Grid, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { WORK_PERIODS, type WorkPeriod } from '../../../domain/jabatan/master.ts';
import type { AnjabContent, AnjabTask } from '../../../domain/jabatan/model.ts';
import type { Abk, JobMaster } from '../../api/jobs.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { AbkPanel } from './AbkPanel.tsx';
import { AmountField, LinesField, RowsEditor } from './fields.tsx';
import { ReferencePick } from './ReferencePick.tsx';

type Update = (fn: (c: AnjabContent) => AnjabContent) => void;

function nextTaskId(tasks: AnjabTask[]): string {
  let n = tasks.length + 1;
  while (tasks.some((t) => t.id === `t${n}`)) n += 1;
  return `t${n}`;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

function TaskCard({ task, n, update, readOnly }: { task: AnjabTask; n: number; update: (fn: (t: AnjabTask) => AnjabTask) => void; readOnly: boolean }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
      <legend style={{ fontWeight: 600 }}>{t('jobs.anjab.task', { n })}</legend>
      <Stack gap="xs">
        <Textarea label={t('jobs.anjab.taskDescription', { n })} value={task.description} readOnly={readOnly} autosize minRows={1}
          onChange={(e) => { const v = e.currentTarget.value; update((x) => ({ ...x, description: v })); }} />
        <LinesField label={t('jobs.anjab.steps', { n })} value={task.steps} readOnly={readOnly} onChange={(steps) => update((x) => ({ ...x, steps }))} />
        <RowsEditor caption={t('jobs.anjab.taskResults', { n })} readOnly={readOnly} rows={task.results}
          columns={[{ key: 'name', label: t('jobs.anjab.col.name') }, { key: 'unit', label: t('jobs.anjab.col.unit') }]}
          empty={() => ({ name: '', unit: '' })} onChange={(results) => update((x) => ({ ...x, results }))} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label={`${t('jobs.anjab.resultUnit')} (${n})`} value={task.resultUnit} readOnly={readOnly}
            onChange={(e) => { const v = e.currentTarget.value; update((x) => ({ ...x, resultUnit: v })); }} />
          <AmountField label={`${t('jobs.anjab.volume')} (${n})`} value={task.volume} readOnly={readOnly} onChange={(volume) => update((x) => ({ ...x, volume }))} />
          <Select label={`${t('jobs.anjab.period')} (${n})`} value={task.period} readOnly={readOnly} allowDeselect={false}
            data={WORK_PERIODS.map((p) => ({ value: p, label: t(`jobs.period.${p}` as MessageKey) }))}
            onChange={(v) => v && update((x) => ({ ...x, period: v as WorkPeriod }))} />
          <AmountField label={`${t('jobs.anjab.minutes')} (${n})`} value={task.minutesPerResult} readOnly={readOnly}
            onChange={(minutesPerResult) => update((x) => ({ ...x, minutesPerResult }))} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Every section of the Anjab (regulations.md §2.2), tasks with their ABK inputs, and the ABK live beside them. */
export function AnjabEditor({ content, update, readOnly, master, serverAbk }: { content: AnjabContent; update: Update; readOnly: boolean; master: JobMaster; serverAbk?: Abk }) {
  const { t } = useI18n();
  const c = content;
  const set = <K extends keyof AnjabContent>(key: K, value: AnjabContent[K]) => update((x) => ({ ...x, [key]: value }));
  const setTask = (i: number) => (fn: (t: AnjabTask) => AnjabTask) => update((x) => ({ ...x, tasks: x.tasks.map((task, k) => (k === i ? fn(task) : task)) }));
  const text = (label: string, value: string, onChange: (v: string) => void) => (
    <TextInput label={label} value={value} readOnly={readOnly} onChange={(e) => onChange(e.currentTarget.value)} />
  );
  const col = (key: string, label: MessageKey) => ({ key, label: t(label) });
  return (
    <Stack>
      <Section title={t('jobs.anjab.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text(t('jobs.anjab.name'), c.identity.name, (v) => set('identity', { ...c.identity, name: v }))}
          {text(t('jobs.anjab.code'), c.identity.code, (v) => set('identity', { ...c.identity, code: v }))}
        </SimpleGrid>
        {text(t('jobs.anjab.unit'), c.identity.unit, (v) => set('identity', { ...c.identity, unit: v }))}
      </Section>
      <Section title={t('jobs.anjab.summary')}>
        <Textarea aria-label={t('jobs.anjab.summary')} value={c.summary} readOnly={readOnly} autosize minRows={2} onChange={(e) => set('summary', e.currentTarget.value)} />
      </Section>
      <Section title={t('jobs.anjab.qualifications')}>
        <LinesField label={t('jobs.anjab.education')} value={c.qualifications.education} readOnly={readOnly} onChange={(v) => set('qualifications', { ...c.qualifications, education: v })} />
        <RowsEditor caption={t('jobs.skj.trainings')} readOnly={readOnly} rows={c.qualifications.trainings}
          columns={[{ key: 'kind', label: t('jobs.anjab.trainingKind'), kind: 'select', options: (['penjenjangan', 'teknis', 'fungsional'] as const).map((k) => ({ value: k, label: t(`jobs.training.${k}` as MessageKey) })) }, col('name', 'jobs.anjab.col.name')] as never}
          empty={() => ({ kind: 'teknis' as const, name: '' })} onChange={(v) => set('qualifications', { ...c.qualifications, trainings: v })} />
        <LinesField label={t('jobs.anjab.experience')} value={c.qualifications.experience} readOnly={readOnly} onChange={(v) => set('qualifications', { ...c.qualifications, experience: v })} />
      </Section>
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('jobs.anjab.tasks')}</Title>
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="sm">
                {c.tasks.length === 0 ? <Paper p="sm" bg="gray.0">{t('jobs.anjab.noTasks')}</Paper> : null}
                {c.tasks.map((task, i) => (
                  <Group key={task.id} align="flex-start" wrap="nowrap">
                    <div style={{ flex: 1 }}><TaskCard task={task} n={i + 1} update={setTask(i)} readOnly={readOnly} /></div>
                    {readOnly ? null : (
                      <ActionIcon variant="subtle" color="red" mt="md" aria-label={t('jobs.anjab.removeTask', { n: i + 1 })}
                        onClick={() => update((x) => ({ ...x, tasks: x.tasks.filter((_, k) => k !== i) }))}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                {readOnly ? null : (
                  <Group>
                    <Button variant="default" leftSection={<IconPlus size={14} aria-hidden />}
                      onClick={() => update((x) => ({ ...x, tasks: [...x.tasks, { id: nextTaskId(x.tasks), description: '', steps: [], results: [], resultUnit: '', volume: null, period: 'tahun', minutesPerResult: null }] }))}>
                      {t('jobs.anjab.addTask')}
                    </Button>
                  </Group>
                )}
                <AmountField label={t('jobs.anjab.presentStaff')} value={c.presentStaff} readOnly={readOnly} integer onChange={(v) => set('presentStaff', Math.round(v ?? 0))} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <AbkPanel content={c} master={master} server={serverAbk} />
            </Grid.Col>
          </Grid>
        </Stack>
      </Paper>
      <Section title={t('jobs.anjab.results')}>
        <RowsEditor caption={t('jobs.anjab.results')} readOnly={readOnly} rows={c.results} columns={[col('name', 'jobs.anjab.col.name'), col('unit', 'jobs.anjab.col.unit')] as never}
          empty={() => ({ name: '', unit: '' })} onChange={(v) => set('results', v)} />
      </Section>
      <Section title={t('jobs.anjab.materials')}>
        <RowsEditor caption={t('jobs.anjab.materials')} readOnly={readOnly} rows={c.materials} columns={[col('name', 'jobs.anjab.col.name'), col('use', 'jobs.anjab.col.use')] as never}
          empty={() => ({ name: '', use: '' })} onChange={(v) => set('materials', v)} />
      </Section>
      <Section title={t('jobs.anjab.equipment')}>
        <RowsEditor caption={t('jobs.anjab.equipment')} readOnly={readOnly} rows={c.equipment} columns={[col('name', 'jobs.anjab.col.name'), col('use', 'jobs.anjab.col.use')] as never}
          empty={() => ({ name: '', use: '' })} onChange={(v) => set('equipment', v)} />
      </Section>
      <Section title={t('jobs.anjab.responsibilities')}>
        <LinesField label={t('jobs.anjab.responsibilities')} value={c.responsibilities} readOnly={readOnly} onChange={(v) => set('responsibilities', v)} />
      </Section>
      <Section title={t('jobs.anjab.authority')}>
        <LinesField label={t('jobs.anjab.authority')} value={c.authority} readOnly={readOnly} onChange={(v) => set('authority', v)} />
      </Section>
      <Section title={t('jobs.anjab.relations')}>
        <RowsEditor caption={t('jobs.anjab.relations')} readOnly={readOnly} rows={c.relations}
          columns={[col('position', 'jobs.anjab.col.position'), col('unit', 'jobs.anjab.col.unitName'), col('purpose', 'jobs.anjab.col.purpose')] as never}
          empty={() => ({ position: '', unit: '', purpose: '' })} onChange={(v) => set('relations', v)} />
      </Section>
      <Section title={t('jobs.anjab.conditions')}>
        <RowsEditor caption={t('jobs.anjab.conditions')} readOnly={readOnly} rows={c.workingConditions} columns={[col('aspect', 'jobs.anjab.col.aspect'), col('factor', 'jobs.anjab.col.factor')] as never}
          empty={() => ({ aspect: '', factor: '' })} onChange={(v) => set('workingConditions', v)} />
      </Section>
      <Section title={t('jobs.anjab.hazards')}>
        <RowsEditor caption={t('jobs.anjab.hazards')} readOnly={readOnly} rows={c.hazards} columns={[col('name', 'jobs.anjab.col.name'), col('cause', 'jobs.anjab.col.cause')] as never}
          empty={() => ({ name: '', cause: '' })} onChange={(v) => set('hazards', v)} />
      </Section>
      <Section title={t('jobs.anjab.requirements')}>
        {text(t('jobs.anjab.rank'), c.requirements.rank, (v) => set('requirements', { ...c.requirements, rank: v }))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LinesField label={t('jobs.anjab.education')} value={c.requirements.education} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, education: v })} />
          <LinesField label={t('jobs.anjab.experience')} value={c.requirements.experience} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, experience: v })} />
          <LinesField label={t('jobs.anjab.knowledge')} value={c.requirements.knowledge} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, knowledge: v })} />
          <LinesField label={t('jobs.anjab.skills')} value={c.requirements.skills} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, skills: v })} />
          <ReferencePick label={t('jobs.anjab.aptitudes')} items={master.references.bakat_kerja} value={c.requirements.aptitudes} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, aptitudes: v })} />
          <ReferencePick label={t('jobs.anjab.temperaments')} items={master.references.temperamen} value={c.requirements.temperaments} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, temperaments: v })} />
          <ReferencePick label={t('jobs.anjab.interests')} items={master.references.minat} value={c.requirements.interests} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, interests: v })} />
          <ReferencePick label={t('jobs.anjab.physicalEffort')} items={master.references.upaya_fisik} value={c.requirements.physicalEffort} readOnly={readOnly} onChange={(v) => set('requirements', { ...c.requirements, physicalEffort: v })} />
        </SimpleGrid>
        <RowsEditor caption={t('jobs.anjab.courses')} readOnly={readOnly} rows={c.requirements.courses}
          columns={[{ key: 'kind', label: t('jobs.anjab.trainingKind'), kind: 'select', options: (['penjenjangan', 'teknis', 'fungsional'] as const).map((k) => ({ value: k, label: t(`jobs.training.${k}` as MessageKey) })) }, { key: 'name', label: t('jobs.anjab.col.name') }]}
          empty={() => ({ kind: 'teknis' as const, name: '' })} onChange={(courses) => set('requirements', { ...c.requirements, courses })} />
        <Title order={3} size="h5">{t('jobs.anjab.physical')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['sex', 'age', 'height', 'weight', 'posture', 'appearance', 'state'] as const).map((k) => (
            <TextInput key={k} label={t(`jobs.anjab.physical.${k}` as MessageKey)} value={c.requirements.physicalConditions[k]} readOnly={readOnly}
              onChange={(e) => { const v = e.currentTarget.value; update((x) => ({ ...x, requirements: { ...x.requirements, physicalConditions: { ...x.requirements.physicalConditions, [k]: v } } })); }} />
          ))}
        </SimpleGrid>
        <Title order={3} size="h5">{t('jobs.anjab.jobFunctions')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['data', 'people', 'things'] as const).map((k) => (
            <ReferencePick key={k} label={t(`jobs.anjab.fn.${k}` as MessageKey)} value={c.requirements.jobFunctions[k]} readOnly={readOnly}
              items={master.references[k === 'data' ? 'fungsi_data' : k === 'people' ? 'fungsi_orang' : 'fungsi_benda']}
              onChange={(v) => update((x) => ({ ...x, requirements: { ...x.requirements, jobFunctions: { ...x.requirements.jobFunctions, [k]: v } } }))} />
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('jobs.anjab.performance')}>
        <RowsEditor caption={t('jobs.anjab.performance')} readOnly={readOnly} rows={c.expectedPerformance}
          columns={[col('result', 'jobs.anjab.col.name'), { key: 'quantity', label: t('jobs.anjab.col.quantity'), kind: 'number' }, col('unit', 'jobs.anjab.col.unit'), col('time', 'jobs.anjab.col.time')] as never}
          empty={() => ({ result: '', quantity: null, unit: '', time: '' })} onChange={(v) => set('expectedPerformance', v)} />
      </Section>
      <Section title={t('jobs.anjab.other')}>
        <Textarea aria-label={t('jobs.anjab.other')} value={c.otherInformation} readOnly={readOnly} autosize minRows={2} onChange={(e) => set('otherInformation', e.currentTarget.value)} />
      </Section>
    </Stack>
  );
}
