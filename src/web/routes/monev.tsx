import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconBell, IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import {
  closeRound, monevKeys, monevRoundQuery, monevRoundsQuery, monevSheetQuery, remindAll, remindUnit, reopenUnit, submitUnit, updateRound, type MonevRound,
  type MonevRoundDetail, type MonevRoundUnit, type MonevSheet,
} from '../api/monev.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { FormError, notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useHasRole } from '../features/auth/session.ts';
import { AssessmentCard } from '../features/monev/AssessmentCard.tsx';
import { OpenRoundDialog } from '../features/monev/OpenRoundDialog.tsx';
import { useCalendarLabels } from '../components/useCalendarLabels.ts';
import { percentText } from '../features/monev/format.ts';
import { formatWibDate, formatWibDateTime } from '../features/requests/format.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const roundRoute = getRouteApi('/signed-in/monev/$id');
const sheetRoute = getRouteApi('/signed-in/monev/$id/unit/$unitId');

const day = (d: string, lang: 'id' | 'en') => formatWibDate(`${d}T05:00:00Z`, lang);

function StatusBadges({ submittedAt, late }: { submittedAt: string | null; late: boolean }) {
  const { t } = useI18n();
  return (
    <Group gap={4}>
      <Badge color={submittedAt ? 'teal' : 'gray'} variant="light" c="var(--mantine-color-text)">
        {submittedAt ? t('monev.submitted') : t('monev.notSubmitted')}
      </Badge>
      {late ? (
        <Badge color="red" variant="filled">
          {t('monev.late')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** `/monev`: the rounds (all for the bureau; a unit's own for its users) and, for the bureau heads, "Buka putaran". */
export function MonevPage() {
  const { t, lang } = useI18n();
  const canOpen = useHasRole('administrator', 'kepala_biro');
  const bureau = useHasRole('administrator', 'kepala_biro', 'verifikator');
  const [opening, setOpening] = useState(false);
  const rounds = useQuery(monevRoundsQuery());
  return (
    <Page
      title={t('monev.title')}
      description={t('monev.intro')}
      actions={
        <>
          <Button variant="default" leftSection={<IconReportAnalytics size={16} aria-hidden />} renderRoot={(props) => <Link to="/monev/laporan" {...props} />}>
            {t('monevReports.open')}
          </Button>
          {canOpen ? <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpening(true)}>{t('monev.open')}</Button> : null}
        </>
      }
    >
      <OpenRoundDialog opened={opening} onClose={() => setOpening(false)} />
      <Loaded query={rounds}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed">{bureau ? t('monev.none') : t('monev.noneUnit')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('monev.rounds')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('monev.col.title')}</Table.Th>
                    <Table.Th scope="col">{t('monev.col.period')}</Table.Th>
                    <Table.Th scope="col">{t('monev.col.deadline')}</Table.Th>
                    <Table.Th scope="col">{t('monev.col.status')}</Table.Th>
                    <Table.Th scope="col">{bureau ? t('monev.col.progress') : t('monev.col.mine')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r: MonevRound) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor renderRoot={(props) => <Link to="/monev/$id" params={{ id: r.id }} {...props} />}>
                          {r.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t('monev.period', { start: day(r.periodStart, lang), end: day(r.periodEnd, lang) })}</Table.Td>
                      <Table.Td>{day(r.deadline, lang)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={r.status === 'open' ? 'blue' : 'gray'} c="var(--mantine-color-text)">
                          {t(`monev.status.${r.status}` as MessageKey)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{r.mine ? <StatusBadges submittedAt={r.mine.submittedAt} late={r.mine.late} /> : t('monev.progressOf', { submitted: r.submitted, units: r.units })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loaded>
    </Page>
  );
}

/** `/monev/$id`: a round's progress per unit (the bureau), or the caller's own unit with a link to its Table 7. */
export function MonevRoundPage() {
  const { id } = roundRoute.useParams();
  const query = useQuery(monevRoundQuery(id));
  return <Loaded query={query} page>{(round) => <RoundView round={round} />}</Loaded>;
}

function RoundView({ round }: { round: MonevRoundDetail }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const manage = round.actions.includes('manage');
  const [closing, setClosing] = useState(false);
  const [deadlineOpen, setDeadlineOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: monevKeys.all });
  const remindEveryone = useMutation({
    mutationFn: () => remindAll(round.id),
    onSuccess: async (r) => {
      await refresh();
      notifySaved(t('monev.round.reminded', { count: r.sent }));
    },
    onError: (e) => handleError(e),
  });
  const close = useMutation({
    mutationFn: () => closeRound(round.id, round.version),
    onSuccess: async () => {
      await refresh();
      setClosing(false);
      notifySaved(t('monev.round.closed'));
    },
    onError: (e) => {
      setClosing(false);
      handleError(e, { reload: [monevKeys.round(round.id)] });
    },
  });
  return (
    <Page
      title={round.title}
      description={
        <Stack gap={2}>
          <Text size="sm">
            {t('monev.period', { start: day(round.periodStart, lang), end: day(round.periodEnd, lang) })} · {t('monev.round.deadlineInfo', { date: day(round.deadline, lang) })} ·{' '}
            {t(`monev.status.${round.status}` as MessageKey)}
          </Text>
          {round.reminderDays.length ? <Text size="sm">{t('monev.round.reminderInfo', { days: round.reminderDays.join(', ') })}</Text> : null}
        </Stack>
      }
      actions={
        <>
          <Button variant="default" leftSection={<IconReportAnalytics size={16} aria-hidden />} renderRoot={(props) => <Link to="/monev/laporan" search={{ jenis: 'putaran', id: round.id }} {...props} />}>
            {t('monevReports.openRound')}
          </Button>
          {manage ? (
            <>
              <Button variant="default" onClick={() => setDeadlineOpen(true)}>
                {t('monev.round.changeDeadline')}
              </Button>
              <Button variant="light" leftSection={<IconBell size={16} aria-hidden />} loading={remindEveryone.isPending} onClick={() => remindEveryone.mutate()}>
                {t('monev.round.remindAll')}
              </Button>
              <Button color="red" variant="light" onClick={() => setClosing(true)}>
                {t('monev.round.close')}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <DeadlineDialog round={round} opened={deadlineOpen} onClose={() => setDeadlineOpen(false)} />
      <ConfirmDialog opened={closing} title={t('monev.round.close')} confirmLabel={t('monev.round.close')} color="red" loading={close.isPending} onConfirm={() => close.mutate()} onClose={() => setClosing(false)}>
        {t('monev.round.closeConfirm')}
      </ConfirmDialog>
      <Table.ScrollContainer minWidth={820}>
        <Table striped data-testid="monev-progress">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('monev.round.progress')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monev.round.col.unit')}</Table.Th>
              <Table.Th scope="col">{t('monev.round.col.assessed')}</Table.Th>
              <Table.Th scope="col">{t('monev.round.col.status')}</Table.Th>
              <Table.Th scope="col">{t('monev.round.col.reminder')}</Table.Th>
              <Table.Th scope="col">{t('monev.round.col.results')}</Table.Th>
              <Table.Th scope="col">{t('monev.round.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.roundUnits.map((u) => (
              <UnitRow key={u.unitId} round={round} unit={u} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Page>
  );
}

function UnitRow({ round, unit }: { round: MonevRoundDetail; unit: MonevRoundUnit }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const label = `${unit.code} ${unit.name}`;
  const remind = useMutation({
    mutationFn: () => remindUnit(round.id, unit.unitId),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.all });
      notifySaved(t('monev.round.reminded', { count: r.sent }));
    },
    onError: (e) => handleError(e),
  });
  const reopen = useMutation({
    mutationFn: () => reopenUnit(round.id, unit.unitId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.all });
      notifySaved(t('monev.round.reopened'));
    },
    onError: (e) => handleError(e),
  });
  return (
    <Table.Tr data-testid={`monev-unit-${unit.code}`}>
      <Table.Th scope="row" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{t('monev.round.assessed', { assessed: unit.assessed, total: unit.total })}</Table.Td>
      <Table.Td>
        <StatusBadges submittedAt={unit.submittedAt} late={unit.late} />
      </Table.Td>
      <Table.Td>
        {unit.lastReminder
          ? `${formatWibDateTime(unit.lastReminder.at, lang)} (${t(`monev.round.reminderKind.${unit.lastReminder.kind}` as MessageKey)})`
          : t('monev.round.noReminder')}
      </Table.Td>
      <Table.Td>{t('monev.round.results', { working: unit.summary.working, notWorking: unit.summary.notWorking, percent: percentText(unit.summary.percentYes) })}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="light" renderRoot={(props) => <Link to="/monev/$id/unit/$unitId" params={{ id: round.id, unitId: unit.unitId }} {...props} />} aria-label={t('monev.viewUnit', { unit: label })}>
            {unit.actions.includes('edit') ? t('monev.fill') : t('monev.view')}
          </Button>
          {unit.actions.includes('remind') ? (
            <Button size="xs" variant="default" loading={remind.isPending} onClick={() => remind.mutate()} aria-label={t('monev.round.remindUnit', { unit: label })}>
              {t('monev.round.remind')}
            </Button>
          ) : null}
          {unit.actions.includes('reopen') ? (
            <Button size="xs" variant="default" loading={reopen.isPending} onClick={() => reopen.mutate()} aria-label={t('monev.round.reopenUnit', { unit: label })}>
              {t('monev.round.reopen')}
            </Button>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function DeadlineDialog({ round, opened, onClose }: { round: MonevRoundDetail; opened: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const calendar = useCalendarLabels();
  const [value, setValue] = useState<string | null>(round.deadline);
  const mutation = useMutation({
    mutationFn: () => updateRound(round.id, { version: round.version, deadline: value!.slice(0, 10) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.all });
      notifySaved(t('monev.round.deadlineChanged'));
      onClose();
    },
    onError: (e) => handleError(e, { reload: [monevKeys.round(round.id)] }),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('monev.round.changeDeadline')} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <Stack>
        <FormError error={mutation.error} />
        <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
          <DatePickerInput label={t('monev.round.newDeadline')} required valueFormat="D MMMM YYYY" minDate={round.today} popoverProps={{ withinPortal: true }} ariaLabels={calendar} value={value} onChange={(v) => setValue(v as string | null)} />
        </DatesProvider>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button disabled={!value} loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** `/monev/$id/unit/$unitId`: one unit's Table 7 and evaluation; "Serahkan" once every SOP is complete. */
export function MonevSheetPage() {
  const { id, unitId } = sheetRoute.useParams();
  const query = useQuery(monevSheetQuery(id, unitId));
  return <Loaded query={query} page>{(sheet) => <SheetView sheet={sheet} />}</Loaded>;
}

function SheetView({ sheet }: { sheet: MonevSheet }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const { round, unit } = sheet;
  const submit = useMutation({
    mutationFn: () => submitUnit(round.id, unit.unitId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: monevKeys.all });
      notifySaved(t('monev.sheet.submittedDone'));
    },
  });
  const s = unit.summary;
  return (
    <Page
      title={t('monev.sheet.title', { unit: `${unit.code} ${unit.name}` })}
      description={
        <Stack gap={2}>
          <Text size="sm">
            {round.title} · {t('monev.round.deadlineInfo', { date: day(round.deadline, lang) })}
          </Text>
          <Anchor size="sm" renderRoot={(props) => <Link to="/monev/$id" params={{ id: round.id }} {...props} />}>
            {t('monev.sheet.back')}
          </Anchor>
        </Stack>
      }
    >
      {round.status === 'closed' ? <Alert color="gray">{t('monev.sheet.closedRound')}</Alert> : null}
      {unit.submittedAt ? (
        <Alert color="teal" variant="light" data-testid="monev-submitted">
          {t('monev.sheet.submitted', { when: formatWibDateTime(unit.submittedAt, lang), name: unit.submittedBy?.name ?? '-' })}
        </Alert>
      ) : unit.late ? (
        <Alert color="red" variant="light">
          {t('monev.sheet.lateNotice', { date: day(round.deadline, lang) })}
        </Alert>
      ) : (
        <Text size="sm">{t('monev.sheet.intro')}</Text>
      )}
      <Text size="sm" fw={500} data-testid="monev-summary">
        {t('monev.sheet.summary', { complete: s.complete, total: s.total, working: s.working, notWorking: s.notWorking, percent: percentText(s.percentYes) })}
      </Text>
      {sheet.assessments.length === 0 ? <Text c="dimmed">{t('monev.sheet.noSops')}</Text> : null}
      {sheet.assessments.map((row, i) => (
        <AssessmentCard key={`${row.id}:${row.updatedAt}:${row.actions.join()}`} no={i + 1} row={row} criteria={sheet.criteria} roundId={round.id} unitId={unit.unitId} />
      ))}
      {unit.actions.includes('submit') ? (
        <Stack gap="xs">
          <FormError error={submit.error} />
          <Group justify="flex-end">
            <Button size="md" loading={submit.isPending} onClick={() => submit.mutate()}>
              {t('monev.sheet.submit')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Page>
  );
}
