import { Badge, Grid, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { EVJAB_TEAM_ROLES, type EvjabContent } from '../../../domain/jabatan/model.ts';
import type { JobMaster } from '../../api/jobs.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { RowsEditor } from './fields.tsx';
import { liveEvaluation } from './helpers.ts';

type Update = (fn: (c: EvjabContent) => EvjabContent) => void;

/** One level per factor (points and the level's description shown), a justification each; total and class live. */
export function EvjabEditor({ content, update, readOnly, master }: { content: EvjabContent; update: Update; readOnly: boolean; master: JobMaster }) {
  const { t, number } = useI18n();
  const factors = master.factors[content.factorSet];
  const ev = liveEvaluation(content, master);
  const missing = ev.problems.filter((p) => p.code === 'factor_missing').length;
  const choose = (code: string, level: number | null) => update((c) => {
    const others = c.choices.filter((x) => x.code !== code);
    const prev = c.choices.find((x) => x.code === code);
    return { ...c, choices: level === null ? others : [...others, { code, level, justification: prev?.justification ?? '' }].sort((a, b) => factors.findIndex((f) => f.code === a.code) - factors.findIndex((f) => f.code === b.code)) };
  });
  const justify = (code: string, justification: string) => update((c) => ({ ...c, choices: c.choices.map((x) => (x.code === code ? { ...x, justification } : x)) }));
  const v = content.validation;
  const setValidation = (patch: Partial<EvjabContent['validation']>) => update((c) => ({ ...c, validation: { ...c.validation, ...patch } }));
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          <Paper withBorder p="md" component="section">
            <Stack gap="md">
              <Title order={2} size="h4">{t('jobs.evjab.factors')}</Title>
              <Text size="sm" c="dimmed">{t(`jobs.evjab.set.${content.factorSet}` as MessageKey)}</Text>
              {factors.map((f) => {
                const choice = content.choices.find((x) => x.code === f.code);
                const level = choice ? f.levels.find((l) => l.level === choice.level) : undefined;
                return (
                  <Paper key={f.code} withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
                    <legend style={{ fontWeight: 600 }}>{t('jobs.evjab.factor', { code: f.code, name: f.name })}</legend>
                    <Stack gap="xs">
                      <Select
                        label={t('jobs.evjab.level', { code: f.code })}
                        placeholder={t('jobs.evjab.choose')}
                        value={choice ? String(choice.level) : null}
                        readOnly={readOnly}
                        clearable
                        data={f.levels.map((l) => ({ value: String(l.level), label: t('jobs.evjab.levelOption', { code: f.code, level: String(l.level), points: String(l.points) }) }))}
                        onChange={(x) => choose(f.code, x ? Number(x) : null)}
                      />
                      {level ? (
                        <Text size="sm"><strong>{t('jobs.evjab.points', { points: String(level.points) })}</strong> — {level.description}</Text>
                      ) : null}
                      {choice ? (
                        <Textarea label={t('jobs.evjab.justification', { code: f.code })} value={choice.justification} readOnly={readOnly} autosize minRows={1}
                          onChange={(e) => justify(f.code, e.currentTarget.value)} />
                      ) : null}
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('jobs.evjab.validation')}</Title>
              <RowsEditor caption={t('jobs.evjab.team')} readOnly={readOnly} rows={v.team}
                columns={[
                  { key: 'name', label: t('jobs.evjab.teamName') },
                  { key: 'role', label: t('jobs.evjab.teamRole'), kind: 'select', options: EVJAB_TEAM_ROLES.map((r) => ({ value: r, label: t(`jobs.evjab.role.${r}` as MessageKey) })) },
                  { key: 'position', label: t('jobs.evjab.teamPosition') },
                ]}
                empty={() => ({ name: '', role: 'anggota' as const, position: '' })}
                onChange={(team) => setValidation({ team })} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('jobs.evjab.decisionNumber')} value={v.decisionNumber} readOnly={readOnly} onChange={(e) => setValidation({ decisionNumber: e.currentTarget.value })} />
                <TextInput label={t('jobs.evjab.decisionDate')} type="date" value={v.decisionDate ?? ''} readOnly={readOnly}
                  onChange={(e) => setValidation({ decisionDate: e.currentTarget.value === '' ? null : e.currentTarget.value })} />
              </SimpleGrid>
              <Textarea label={t('jobs.evjab.minutes')} value={v.minutes} readOnly={readOnly} autosize minRows={2} onChange={(e) => setValidation({ minutes: e.currentTarget.value })} />
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="evjab-result" style={{ position: 'sticky', top: 80 }}>
          <Stack gap="xs">
            <Title order={2} size="h4" id="evjab-result">{t('jobs.evjab.grade')}</Title>
            <Group justify="space-between"><Text size="sm">{t('jobs.evjab.total')}</Text><Text fw={700} data-testid="evjab-total">{number(ev.total)}</Text></Group>
            <Group justify="space-between">
              <Text size="sm">{t('jobs.evjab.grade')}</Text>
              {ev.grade !== null ? <Badge size="lg" variant="light" color="blue" data-testid="evjab-grade">{ev.grade}</Badge> : <Text size="sm" c="dimmed" data-testid="evjab-grade">—</Text>}
            </Group>
            {ev.grade === null && missing > 0 ? <Text size="sm" c="dimmed">{t('jobs.evjab.gradeMissing', { count: missing })}</Text> : null}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
