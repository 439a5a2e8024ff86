import { Accordion, Alert, Badge, Button, Checkbox, Group, List, NativeSelect, NumberInput, TextInput, Textarea, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { WORK_PERIODS, ROUNDING_MODES, type RoundingMode, type WorkPeriod } from '../../domain/jabatan/master.ts';
import { JENJANG, REFERENCE_LISTS, type ReferenceList } from '../../domain/jabatan/reference.ts';
import { ApiError } from '../api/client.ts';
import {
  copyJobMasterYear, jobMasterQuery, putClasses, putCompetencies, putEjBands, putFactors, putReferences, putRequiredLevels, putRounding, putWorkingTime,
  type CompetencyRow, type FactorRow, type JobMaster, type Provenance, type ReferenceItemRow, type RequiredLevelRow,
} from '../api/jobs.ts';
import { errorText } from '../components/errors.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

function Source({ p }: { p: Provenance }) {
  const { t } = useI18n();
  return (
    <Group gap="xs">
      {p.unconfirmed ? <Badge color="orange" variant="dot" tt="none" c="var(--mantine-color-text)">{t('jobref.unconfirmed')}</Badge> : null}
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

/** The server's refusal of an edit, with each field's message (e.g. points that do not rise), kept beside the form. */
function EditError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" role="alert" title={t('jobref.saveError')}>
      <Text size="sm">{errorText(error, t)}</Text>
      {fields.length ? <List size="sm">{fields.map((f, i) => <List.Item key={i}>{`${f.path}: ${f.message}`}</List.Item>)}</List> : null}
      {error instanceof ApiError && error.isConflict ? <Text size="sm">{t('jobref.conflictHint')}</Text> : null}
    </Alert>
  );
}

const patchAt = <T,>(list: T[], i: number, patch: Partial<T>) => list.map((x, k) => (k === i ? { ...x, ...patch } : x));

/** Factors and levels of one set: names, points and descriptions, saved together (PUT factors/:set). */
function FactorSetEditor({ m, set, done }: { m: JobMaster; set: 'fungsional_pelaksana' | 'struktural'; done: () => Promise<void> }) {
  const { t } = useI18n();
  const [factors, setFactors] = useState<FactorRow[]>(m.factors[set]);
  const save = useMutation({ mutationFn: () => putFactors(m.year, set, { version: m.version, factors }), onSuccess: done });
  const setLevel = (fi: number, li: number, patch: Partial<FactorRow['levels'][number]>) =>
    setFactors((x) => patchAt(x, fi, { levels: patchAt(x[fi].levels, li, patch) }));
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">{t(`jobs.evjab.set.${set}` as MessageKey)}</Title>
      <Accordion variant="separated" multiple>
        {factors.map((f, fi) => (
          <Accordion.Item key={f.code} value={`${set}-${f.code}`}>
            <Accordion.Control>{`${t('jobs.evjab.factor', { code: f.code, name: f.name })}${f.unconfirmed ? ` — ${t('jobref.unconfirmed')}` : ''}`}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Source p={f} />
                <TextInput label={t('jobref.factors.name', { code: f.code })} value={f.name} onChange={(e) => { const v = e.currentTarget.value; setFactors((x) => patchAt(x, fi, { name: v })); }} />
                <Table withTableBorder>
                  <Table.Thead><Table.Tr><Table.Th scope="col">{t('jobref.factors.level')}</Table.Th><Table.Th scope="col">{t('jobref.factors.pointsCol')}</Table.Th><Table.Th scope="col">{t('jobref.factors.descriptionCol')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {f.levels.map((l, li) => (
                      <Table.Tr key={l.level}>
                        <Table.Th scope="row">{`${f.code}-${l.level}`}</Table.Th>
                        <Table.Td w={140}>
                          <NumberInput aria-label={t('jobref.factors.points', { code: f.code, level: String(l.level) })} value={l.points} min={0} allowDecimal={false} allowNegative={false}
                            onChange={(v) => setLevel(fi, li, { points: typeof v === 'number' ? v : l.points })} />
                        </Table.Td>
                        <Table.Td>
                          <Textarea aria-label={t('jobref.factors.description', { code: f.code, level: String(l.level) })} value={l.description} autosize minRows={1}
                            description={l.placeholder ? t('jobref.factors.placeholder') : undefined}
                            onChange={(e) => { const v = e.currentTarget.value; setLevel(fi, li, { description: v, placeholder: false }); }} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <EditError error={save.error} />
      <Group><Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>{t('jobref.factors.edit', { set: t(`jobs.evjab.set.${set}` as MessageKey) })}</Button></Group>
    </Stack>
  );
}

/** The competency dictionary: names and the five level descriptions (PUT competencies). */
function CompetencyEditor({ m, done }: { m: JobMaster; done: () => Promise<void> }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<CompetencyRow[]>(m.competencies);
  const save = useMutation({ mutationFn: () => putCompetencies(m.year, { version: m.version, competencies: rows }), onSuccess: done });
  return (
    <Stack gap="sm">
      <Accordion variant="separated" multiple>
        {rows.map((c, ci) => (
          <Accordion.Item key={c.code} value={c.code}>
            <Accordion.Control>{`${c.code} ${c.name}`}{c.unconfirmed ? ` — ${t('jobref.unconfirmed')}` : ''}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Source p={c} />
                <TextInput label={t('jobref.competency.name', { code: c.code })} value={c.name} onChange={(e) => { const v = e.currentTarget.value; setRows((x) => patchAt(x, ci, { name: v })); }} />
                {c.levels.map((l, li) => (
                  <Textarea key={l.level} label={t('jobref.competency.level', { code: c.code, level: String(l.level) })} value={l.description} autosize minRows={1}
                    onChange={(e) => { const v = e.currentTarget.value; setRows((x) => patchAt(x, ci, { levels: patchAt(x[ci].levels, li, { description: v }) })); }} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <EditError error={save.error} />
      <Group><Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>{`${t('jobs.master.save')} ${t('jobs.master.competencies').toLowerCase()}`}</Button></Group>
    </Stack>
  );
}

/** One Anjab pick list: code, name, description, source and [U] per row; rows added and removed (PUT references/:list). */
function ReferenceListEditor({ m, list, canEdit, done }: { m: JobMaster; list: ReferenceList; canEdit: boolean; done: () => Promise<void> }) {
  const { t } = useI18n();
  const [items, setItems] = useState<ReferenceItemRow[]>(m.references[list]);
  const save = useMutation({ mutationFn: () => putReferences(m.year, list, { version: m.version, items }), onSuccess: done });
  const title = t(`jobref.list.${list}` as MessageKey);
  const label = (col: string, i: number) => t('jobref.row', { field: `${title}: ${t(`jobref.col.${col}` as MessageKey)}`, row: String(i + 1) });
  if (!canEdit) {
    return (
      <Stack gap={4}>
        {items.map((x) => <Stack key={x.code} gap={0}><Text size="sm">{`${x.code} — ${x.name}${x.description ? `: ${x.description}` : ''}`}</Text><Source p={x} /></Stack>)}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Table withTableBorder>
        <Table.Thead><Table.Tr>{(['code', 'name', 'description', 'source', 'unconfirmed', 'remove'] as const).map((k) => <Table.Th scope="col" key={k}>{t(`jobref.col.${k}` as MessageKey)}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {items.map((x, i) => (
            <Table.Tr key={i}>
              <Table.Td w={90}><TextInput aria-label={label('code', i)} value={x.code} onChange={(e) => { const v = e.currentTarget.value; setItems((y) => patchAt(y, i, { code: v })); }} /></Table.Td>
              <Table.Td><TextInput aria-label={label('name', i)} value={x.name} onChange={(e) => { const v = e.currentTarget.value; setItems((y) => patchAt(y, i, { name: v })); }} /></Table.Td>
              <Table.Td><Textarea aria-label={label('description', i)} value={x.description} autosize minRows={1} onChange={(e) => { const v = e.currentTarget.value; setItems((y) => patchAt(y, i, { description: v })); }} /></Table.Td>
              <Table.Td><Textarea aria-label={label('source', i)} value={x.source} autosize minRows={1} onChange={(e) => { const v = e.currentTarget.value; setItems((y) => patchAt(y, i, { source: v })); }} /></Table.Td>
              <Table.Td><Checkbox aria-label={label('unconfirmed', i)} checked={x.unconfirmed} onChange={(e) => { const v = e.currentTarget.checked; setItems((y) => patchAt(y, i, { unconfirmed: v })); }} /></Table.Td>
              <Table.Td><Button size="xs" variant="subtle" color="red" aria-label={`${title}: ${t('jobref.removeItem', { row: String(i + 1) })}`} onClick={() => setItems((y) => y.filter((_, k) => k !== i))}>{t('jobref.col.remove')}</Button></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <EditError error={save.error} />
      <Group>
        <Button size="xs" variant="default" onClick={() => setItems((y) => [...y, { code: '', name: '', description: '', source: '', unconfirmed: true }])}>{t('jobref.addItem')}</Button>
        <Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>{`${t('jobs.master.save')} ${title.toLowerCase()}`}</Button>
      </Group>
    </Stack>
  );
}

/** Required level per jenjang and competency (§4.3, [U]): a grid of levels, one source for the table (PUT required-levels). */
function RequiredLevelsEditor({ m, canEdit, done }: { m: JobMaster; canEdit: boolean; done: () => Promise<void> }) {
  const { t } = useI18n();
  const [levels, setLevels] = useState<RequiredLevelRow[]>(m.requiredLevels);
  const [source, setSource] = useState(m.requiredLevels[0]?.source ?? t('jobref.required.sourceDefault'));
  const [unconfirmed, setUnconfirmed] = useState(m.requiredLevels[0]?.unconfirmed ?? true);
  const save = useMutation({ mutationFn: () => putRequiredLevels(m.year, { version: m.version, levels: levels.map((l) => ({ ...l, source, unconfirmed })) }), onSuccess: done });
  const levelOf = (jenjang: string, code: string) => levels.find((l) => l.jenjang === jenjang && l.code === code)?.level;
  const set = (jenjang: RequiredLevelRow['jenjang'], code: string, value: string) => setLevels((x) => {
    const others = x.filter((l) => !(l.jenjang === jenjang && l.code === code));
    return value ? [...others, { jenjang, code, level: Number(value), source, unconfirmed }] : others;
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('jobref.required.intro')}</Text>
      {levels[0] || !canEdit ? <Source p={{ source, unconfirmed }} /> : <Badge color="orange" variant="dot" tt="none" c="var(--mantine-color-text)">{t('jobref.unconfirmed')}</Badge>}
      <div style={{ overflowX: 'auto' }}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jobref.jenjang')}</Table.Th>
              {m.competencies.map((c) => <Table.Th scope="col" key={c.code} title={c.name}>{c.code}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {JENJANG.map((j) => (
              <Table.Tr key={j}>
                <Table.Th scope="row">{t(`jobref.jenjang.${j}` as MessageKey)}</Table.Th>
                {m.competencies.map((c) => {
                  const label = t('jobref.required.cell', { code: `${c.code} ${c.name}`, jenjang: t(`jobref.jenjang.${j}` as MessageKey) });
                  const value = levelOf(j, c.code);
                  return (
                    <Table.Td key={c.code}>
                      {canEdit ? (
                        <NativeSelect aria-label={label} size="xs" value={value ? String(value) : ''} data={[{ value: '', label: t('jobref.required.none') }, ...[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: String(l) }))]}
                          onChange={(e) => set(j, c.code, e.currentTarget.value)} />
                      ) : <Text size="sm" aria-label={label}>{value ?? t('jobref.required.none')}</Text>}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {canEdit ? (
        <>
          <Textarea label={t('jobref.required.source')} value={source} autosize minRows={1} onChange={(e) => setSource(e.currentTarget.value)} />
          <Checkbox label={t('jobref.col.unconfirmed')} checked={unconfirmed} onChange={(e) => setUnconfirmed(e.currentTarget.checked)} />
          <EditError error={save.error} />
          <Group><Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>{`${t('jobs.master.save')} ${t('jobref.required').toLowerCase()}`}</Button></Group>
        </>
      ) : null}
    </Stack>
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
  const savedDone = () => done(t('jobs.master.saved'));
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
        {canEdit ? (
          <>
            <Text size="sm" c="dimmed">{t('jobref.yearNote', { year: String(m.year) })}</Text>
            <FactorSetEditor m={m} set="fungsional_pelaksana" done={savedDone} />
            <FactorSetEditor m={m} set="struktural" done={savedDone} />
          </>
        ) : (
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
        )}
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
        {canEdit ? <CompetencyEditor m={m} done={savedDone} /> : (
          <Accordion variant="separated" multiple>
            {m.competencies.map((c) => (
              <Accordion.Item key={c.code} value={c.code}>
                <Accordion.Control>{`${c.code} ${c.name}`}{c.unconfirmed ? ` — ${t('jobref.unconfirmed')}` : ''}</Accordion.Control>
                <Accordion.Panel>
                  <Source p={c} />
                  <Stack component="ol" gap={2} mt="xs">
                    {c.levels.map((l) => <Text component="li" size="sm" key={l.level}>{l.description}</Text>)}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Block>
      <Block title={t('jobref.required')}>
        <RequiredLevelsEditor m={m} canEdit={canEdit} done={savedDone} />
      </Block>
      <Block title={t('jobref.lists')}>
        <Text size="sm">{t('jobref.lists.intro')}</Text>
        <Accordion variant="separated" multiple>
          {REFERENCE_LISTS.map((list) => (
            <Accordion.Item key={list} value={list}>
              <Accordion.Control>{`${t(`jobref.list.${list}` as MessageKey)} (${m.references[list].length})`}</Accordion.Control>
              <Accordion.Panel><ReferenceListEditor m={m} list={list} canEdit={canEdit} done={savedDone} /></Accordion.Panel>
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
