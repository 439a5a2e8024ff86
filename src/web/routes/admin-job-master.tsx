import { Accordion, Badge, Button, Checkbox, Group, NumberInput, TextInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { WORK_PERIODS, ROUNDING_MODES, type RoundingMode, type WorkPeriod } from '../../domain/jabatan/master.ts';
import { copyJobMasterYear, jobMasterQuery, putClasses, putEjBands, putRounding, putWorkingTime, type JobMaster, type Provenance } from '../api/jobs.ts';
import { errorText } from '../components/errors.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

function Source({ p }: { p: Provenance }) {
  const { t } = useI18n();
  return (
    <Group gap="xs">
      {p.unconfirmed ? <Badge color="orange" variant="dot" tt="none" c="var(--mantine-color-text)">{t('jobs.master.unconfirmed')}</Badge> : null}
      <Text size="xs" c="dimmed">{t('jobs.master.source', { source: p.source })}</Text>
    </Group>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Master({ m, onYear }: { m: JobMaster; onYear: (y: number) => void }) {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const canEdit = m.actions.includes('update');
  const [minutes, setMinutes] = useState(m.workingTime.minutes);
  const [mode, setMode] = useState<RoundingMode>(m.rounding.mode);
  const done = async (message: string, year = m.year) => {
    await queryClient.invalidateQueries({ queryKey: ['jobs', 'master'] });
    notifications.show({ color: 'green', message });
    onYear(year);
  };
  const fail = (error: unknown) => notifications.show({ color: 'red', title: t('error.title' as MessageKey), message: errorText(error, t) });
  const saveWke = useMutation({ mutationFn: () => putWorkingTime(m.year, { version: m.version, minutes, source: m.workingTime.source, unconfirmed: m.workingTime.unconfirmed }), onSuccess: () => done(t('jobs.master.saved')), onError: fail });
  const saveRounding = useMutation({ mutationFn: () => putRounding(m.year, { version: m.version, mode, source: m.rounding.source, unconfirmed: m.rounding.unconfirmed }), onSuccess: () => done(t('jobs.master.saved')), onError: fail });
  const [bands, setBands] = useState(m.ejBands);
  const [classMins, setClassMins] = useState(m.classes.map((c) => c.minPoints));
  const saveBands = useMutation({ mutationFn: () => putEjBands(m.year, { version: m.version, bands }), onSuccess: () => done(t('jobs.master.saved')), onError: fail });
  const saveClasses = useMutation({
    mutationFn: () => putClasses(m.year, { version: m.version, classes: m.classes.map((c, i) => ({ grade: c.grade, minPoints: classMins[i], source: c.source, unconfirmed: c.unconfirmed })) }),
    onSuccess: () => done(t('jobs.master.saved')),
    onError: fail,
  });
  const copy = useMutation({ mutationFn: () => copyJobMasterYear(m.year), onSuccess: () => done(t('jobs.master.copied', { year: String(m.year + 1) }), m.year + 1), onError: fail });
  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('jobs.master.year')} value={String(m.year)} allowDeselect={false} data={m.years.map(String)} onChange={(y) => y && onYear(Number(y))} w={200} />
        {m.actions.includes('copy') && !m.years.includes(m.year + 1) ? (
          <Button variant="default" loading={copy.isPending} onClick={() => copy.mutate()}>{t('jobs.master.copy', { year: String(m.year + 1) })}</Button>
        ) : null}
      </Group>
      <Block title={t('jobs.master.wke')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {WORK_PERIODS.map((p: WorkPeriod) => (
            <NumberInput key={p} label={t(`jobs.period.${p}` as MessageKey)} value={minutes[p]} readOnly={!canEdit} min={1} allowDecimal={false} allowNegative={false}
              thousandSeparator="." decimalSeparator=","
              onChange={(v) => setMinutes((x) => ({ ...x, [p]: typeof v === 'number' ? v : x[p] }))} />
          ))}
        </SimpleGrid>
        <Source p={m.workingTime} />
        {canEdit ? <Group><Button size="xs" loading={saveWke.isPending} onClick={() => saveWke.mutate()}>{t('jobs.master.save')}</Button></Group> : null}
      </Block>
      <Block title={t('jobs.master.rounding')}>
        <Select label={t('jobs.master.rounding')} value={mode} readOnly={!canEdit} allowDeselect={false} w={360}
          data={ROUNDING_MODES.map((r) => ({ value: r, label: t(`jobs.rounding.${r}` as MessageKey) }))} onChange={(v) => v && setMode(v as RoundingMode)} />
        <Source p={m.rounding} />
        {canEdit ? <Group><Button size="xs" loading={saveRounding.isPending} onClick={() => saveRounding.mutate()}>{t('jobs.master.save')}</Button></Group> : null}
      </Block>
      <Block title={t('jobs.master.bands')}>
        {canEdit ? (
          <Table withTableBorder>
            <Table.Thead><Table.Tr>{(['code', 'label', 'min', 'inclusive'] as const).map((k) => <Table.Th scope="col" key={k}>{t(`jobs.master.col.${k}` as MessageKey)}</Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {bands.map((b, i) => (
                <Table.Tr key={i}>
                  <Table.Td><TextInput aria-label={`${t('jobs.master.col.code')} ${i + 1}`} value={b.code} onChange={(e) => { const v = e.currentTarget.value; setBands((x) => x.map((y, k) => (k === i ? { ...y, code: v } : y))); }} /></Table.Td>
                  <Table.Td><TextInput aria-label={`${t('jobs.master.col.label')} ${i + 1}`} value={b.label} onChange={(e) => { const v = e.currentTarget.value; setBands((x) => x.map((y, k) => (k === i ? { ...y, label: v } : y))); }} /></Table.Td>
                  <Table.Td><NumberInput aria-label={`${t('jobs.master.col.min')} ${i + 1}`} value={b.min} min={0} decimalScale={2} decimalSeparator="," onChange={(v) => setBands((x) => x.map((y, k) => (k === i ? { ...y, min: typeof v === 'number' ? v : y.min } : y)))} /></Table.Td>
                  <Table.Td><Checkbox aria-label={`${t('jobs.master.col.inclusive')} ${i + 1}`} checked={b.minInclusive} onChange={(e) => { const v = e.currentTarget.checked; setBands((x) => x.map((y, k) => (k === i ? { ...y, minInclusive: v } : y))); }} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Stack gap={4}>
          {m.ejBands.map((b) => (
            <Stack key={b.code} gap={0}>
              <Text size="sm">{t('jobs.master.bandRow', { code: b.code, label: b.label, op: b.minInclusive ? '≥' : '>', min: number(b.min) })}</Text>
              <Source p={b} />
            </Stack>
          ))}
        </Stack>
        {canEdit ? <Group><Button size="xs" loading={saveBands.isPending} onClick={() => saveBands.mutate()}>{t('jobs.master.save')}</Button></Group> : null}
      </Block>
      <Block title={t('jobs.master.factors')}>
        <Accordion variant="separated" multiple>
          {(['fungsional_pelaksana', 'struktural'] as const).flatMap((set) => m.factors[set].map((f) => (
            <Accordion.Item key={`${set}-${f.code}`} value={`${set}-${f.code}`}>
              <Accordion.Control>{`${t(`jobs.evjab.set.${set}` as MessageKey)} — ${t('jobs.evjab.factor', { code: f.code, name: f.name })}`}</Accordion.Control>
              <Accordion.Panel>
                <Source p={f} />
                <Table withTableBorder mt="xs">
                  <Table.Thead><Table.Tr><Table.Th scope="col">{t('jobs.skj.techLevel')}</Table.Th><Table.Th scope="col">{t('jobs.evjab.total')}</Table.Th><Table.Th scope="col">{t('jobs.skj.techDescription')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {f.levels.map((l) => <Table.Tr key={l.level}><Table.Td>{`${f.code}-${l.level}`}</Table.Td><Table.Td>{l.points}</Table.Td><Table.Td>{l.description}</Table.Td></Table.Tr>)}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          )))}
        </Accordion>
      </Block>
      <Block title={t('jobs.master.classes')}>
        <Table withTableBorder striped>
          <Table.Thead><Table.Tr><Table.Th scope="col">{t('jobs.master.col.grade')}</Table.Th><Table.Th scope="col">{t('jobs.master.col.from')}</Table.Th><Table.Th scope="col">{t('jobs.master.col.to')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {m.classes.map((c) => (
              <Table.Tr key={c.grade}>
                <Table.Th scope="row">{c.grade}</Table.Th>
                <Table.Td>
                  {canEdit ? (
                    <NumberInput aria-label={`${t('jobs.master.col.from')} — ${t('jobs.master.classRow', { grade: String(c.grade) })}`} value={classMins[c.grade - 1] ?? c.minPoints} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator=","
                      onChange={(v) => setClassMins((x) => x.map((y, k) => (k === c.grade - 1 && typeof v === 'number' ? v : y)))} />
                  ) : number(c.minPoints)}
                </Table.Td>
                <Table.Td>{c.maxPoints === null ? t('jobs.master.upward') : number(c.maxPoints)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {m.classes[0] ? <Source p={m.classes[0]} /> : null}
        {canEdit ? <Group><Button size="xs" loading={saveClasses.isPending} onClick={() => saveClasses.mutate()}>{t('jobs.master.save')}</Button></Group> : null}
      </Block>
      <Block title={t('jobs.master.competencies')}>
        <Accordion variant="separated" multiple>
          {m.competencies.map((c) => (
            <Accordion.Item key={c.code} value={c.code}>
              <Accordion.Control>{`${c.code} ${c.name}`}{c.unconfirmed ? ` — ${t('jobs.master.unconfirmed')}` : ''}</Accordion.Control>
              <Accordion.Panel>
                <Source p={c} />
                <Stack component="ol" gap={2} mt="xs">
                  {c.levels.map((l) => <Text component="li" size="sm" key={l.level}>{l.description}</Text>)}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Block>
    </Stack>
  );
}

/** `/admin/data-induk-jabatan`: master data of the job instruments by year, each row with its source and [U] badge. */
export function AdminJobMasterPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>(undefined);
  const master = useQuery(jobMasterQuery(year));
  return (
    <Page title={t('jobs.master.title')} description={t('jobs.master.intro')}>
      <Loaded query={master}>{(m) => <Master key={`${m.year}-${m.version}`} m={m} onYear={setYear} />}</Loaded>
    </Page>
  );
}
