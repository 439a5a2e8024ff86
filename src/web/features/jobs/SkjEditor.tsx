import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { JENJANG, prefillCompetencies, requiredLevel, type Jenjang } from '../../../domain/jabatan/reference.ts';
import { IMPORTANCE, TRAINING_KINDS, type CompetencyRequirement, type SkjContent } from '../../../domain/jabatan/model.ts';
import type { CompetencyRow, JobMaster } from '../../api/jobs.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { LinesField, RowsEditor } from './fields.tsx';

type Update = (fn: (c: SkjContent) => SkjContent) => void;

function Competencies({ title, rows, chosen, onChange, readOnly, required }: {
  title: string; rows: CompetencyRow[]; chosen: CompetencyRequirement[]; onChange: (v: CompetencyRequirement[]) => void; readOnly: boolean; required: (code: string) => number | null;
}) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">{title}</Title>
        {rows.map((comp) => {
          const current = chosen.find((c) => c.code === comp.code);
          const desc = current ? comp.levels.find((l) => l.level === current.level)?.description : undefined;
          const table = required(comp.code);
          const differs = table !== null && current?.level !== table;
          return (
            <Stack key={comp.code} gap={4}>
              <Select
                label={t('jobs.skj.levelOf', { name: `${comp.code} ${comp.name}` })}
                value={current ? String(current.level) : ''}
                readOnly={readOnly}
                allowDeselect={false}
                data={[{ value: '', label: t('jobs.skj.notRequired') }, ...comp.levels.map((l) => ({ value: String(l.level), label: t('jobs.skj.levelOption', { level: String(l.level) }) }))]}
                onChange={(x) => {
                  const others = chosen.filter((c) => c.code !== comp.code);
                  const next = x ? [...others, { code: comp.code, level: Number(x), ...(current?.justification ? { justification: current.justification } : {}) }] : others;
                  onChange(next.sort((a, b) => rows.findIndex((r) => r.code === a.code) - rows.findIndex((r) => r.code === b.code)));
                }}
              />
              {desc ? <Text size="sm" c="dimmed">{desc}</Text> : null}
              {table !== null ? (
                <Group gap="xs">
                  <Text size="xs">{t('jobref.skj.required', { level: String(table) })}</Text>
                  {differs ? <Badge color="orange" variant="light" tt="none" c="var(--mantine-color-text)">{t('jobref.skj.differs', { level: String(table) })}</Badge> : null}
                </Group>
              ) : null}
              {differs ? (
                <Textarea label={t('jobref.skj.justification', { name: `${comp.code} ${comp.name}` })} value={current?.justification ?? ''} readOnly={readOnly} autosize minRows={1}
                  onChange={(e) => { const v = e.currentTarget.value; onChange(chosen.map((c) => (c.code === comp.code ? { ...c, justification: v } : c))); }} />
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** SKJ: identity, summary, competencies with dictionary levels, technical ones typed, requirements with importance, indicators. */
export function SkjEditor({ content, update, readOnly, master }: { content: SkjContent; update: Update; readOnly: boolean; master: JobMaster }) {
  const { t } = useI18n();
  const c = content;
  const importance = IMPORTANCE.map((i) => ({ value: i, label: t(`jobs.skj.importance.${i}` as MessageKey) }));
  const req = (patch: Partial<SkjContent['requirements']>) => update((x) => ({ ...x, requirements: { ...x.requirements, ...patch } }));
  const id = (patch: Partial<SkjContent['identity']>) => update((x) => ({ ...x, identity: { ...x.identity, ...patch } }));
  const required = (code: string) => requiredLevel(master.requiredLevels, c.identity.jenjang, code);
  const hasTable = master.requiredLevels.some((r) => r.jenjang === c.identity.jenjang);
  return (
    <Stack>
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('jobs.skj.identity')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('jobs.skj.name')} value={c.identity.name} readOnly={readOnly} onChange={(e) => id({ name: e.currentTarget.value })} />
            <TextInput label={t('jobs.skj.code')} value={c.identity.code} readOnly={readOnly} onChange={(e) => id({ code: e.currentTarget.value })} />
            <TextInput label={t('jobs.skj.group')} value={c.identity.group} readOnly={readOnly} onChange={(e) => id({ group: e.currentTarget.value })} />
            <TextInput label={t('jobs.skj.affairs')} value={c.identity.governmentAffairs} readOnly={readOnly} onChange={(e) => id({ governmentAffairs: e.currentTarget.value })} />
            <Select label={t('jobref.jenjang')} value={c.identity.jenjang ?? null} readOnly={readOnly} clearable
              data={JENJANG.map((j) => ({ value: j, label: t(`jobref.jenjang.${j}` as MessageKey) }))}
              onChange={(v) => id({ jenjang: (v ?? undefined) as Jenjang | undefined })} />
          </SimpleGrid>
          {!readOnly && c.identity.jenjang ? (
            hasTable ? (
              <Group><Button size="xs" variant="default" onClick={() => { update((x) => ({ ...x, ...prefillCompetencies(master.requiredLevels, x.identity.jenjang!, master.competencies) })); }}>{t('jobref.skj.prefill')}</Button></Group>
            ) : <Text size="sm" c="dimmed">{t('jobref.skj.noTable')}</Text>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('jobs.skj.summary')}</Title>
          <Textarea aria-label={t('jobs.skj.summary')} value={c.summary} readOnly={readOnly} autosize minRows={2} onChange={(e) => { const v = e.currentTarget.value; update((x) => ({ ...x, summary: v })); }} />
        </Stack>
      </Paper>
      <Competencies title={t('jobs.skj.managerial')} rows={master.competencies.filter((x) => x.kind === 'manajerial')} chosen={c.managerial} readOnly={readOnly} required={required}
        onChange={(managerial) => update((x) => ({ ...x, managerial }))} />
      <Competencies title={t('jobs.skj.socio')} rows={master.competencies.filter((x) => x.kind === 'sosial_kultural')} chosen={c.socioCultural} readOnly={readOnly} required={required}
        onChange={(socioCultural) => update((x) => ({ ...x, socioCultural }))} />
      <Paper withBorder p="md" component="section">
        <RowsEditor caption={t('jobs.skj.technical')} readOnly={readOnly} rows={c.technical}
          columns={[{ key: 'name', label: t('jobs.skj.techName') }, { key: 'level', label: t('jobs.skj.techLevel'), kind: 'select', options: [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: String(l) })) }, { key: 'description', label: t('jobs.skj.techDescription'), kind: 'long' }]}
          empty={() => ({ name: '', level: 1, description: '' })}
          onChange={(technical) => update((x) => ({ ...x, technical: technical.map((r) => ({ ...r, level: Number(r.level) })) }))} />
      </Paper>
      <Paper withBorder p="md" component="section">
        <Stack gap="md">
          <Title order={2} size="h4">{t('jobs.skj.requirements')}</Title>
          <RowsEditor caption={t('jobs.skj.education')} readOnly={readOnly} rows={c.requirements.education}
            columns={[{ key: 'level', label: t('jobs.skj.eduLevel') }, { key: 'field', label: t('jobs.skj.eduField') }, { key: 'importance', label: t('jobs.skj.importance'), kind: 'select', options: importance }]}
            empty={() => ({ level: '', field: '', importance: 'mutlak' as const })} onChange={(education) => req({ education })} />
          <RowsEditor caption={t('jobs.skj.trainings')} readOnly={readOnly} rows={c.requirements.trainings}
            columns={[{ key: 'kind', label: t('jobs.anjab.trainingKind'), kind: 'select', options: TRAINING_KINDS.map((k) => ({ value: k, label: t(`jobs.training.${k}` as MessageKey) })) }, { key: 'name', label: t('jobs.anjab.col.name') }, { key: 'importance', label: t('jobs.skj.importance'), kind: 'select', options: importance }]}
            empty={() => ({ kind: 'teknis' as const, name: '', importance: 'penting' as const })} onChange={(trainings) => req({ trainings })} />
          <RowsEditor caption={t('jobs.skj.experience')} readOnly={readOnly} rows={c.requirements.experience}
            columns={[{ key: 'description', label: t('jobs.skj.experience') }, { key: 'importance', label: t('jobs.skj.importance'), kind: 'select', options: importance }]}
            empty={() => ({ description: '', importance: 'perlu' as const })} onChange={(experience) => req({ experience })} />
          <RowsEditor caption={t('jobs.skj.rank')} readOnly={readOnly} rows={c.requirements.rank}
            columns={[{ key: 'rank', label: t('jobs.skj.rank') }, { key: 'importance', label: t('jobs.skj.importance'), kind: 'select', options: importance }]}
            empty={() => ({ rank: '', importance: 'mutlak' as const })} onChange={(rank) => req({ rank })} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('jobs.skj.indicators')}</Title>
          <LinesField label={t('jobs.skj.indicators')} value={c.performanceIndicators} readOnly={readOnly} onChange={(performanceIndicators) => update((x) => ({ ...x, performanceIndicators }))} />
        </Stack>
      </Paper>
    </Stack>
  );
}
