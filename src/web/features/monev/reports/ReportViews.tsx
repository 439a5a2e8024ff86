import { Anchor, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReportCriterion, ReportSop, Trend } from '../../../../domain/monev/report.ts';
import { monevReportExportUrl, type MonevReportFormat, type MonevReportKind, type RoundReportData, type SopReportData, type UnitReportData } from '../../../api/monev-reports.ts';
import { formatWibDate } from '../../requests/format.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { percentText } from '../format.ts';

/** The views of the monev reports (/monev/laporan): the same figures as the workbook and the PDF. */

const day = (d: string, lang: 'id' | 'en') => formatWibDate(`${d}T05:00:00Z`, lang);
const captionStyle = { captionSide: 'top', textAlign: 'start', fontWeight: 600 } as const;

export function ExportButtons({ kind, id }: { kind: MonevReportKind; id: string }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" role="group" aria-label={t('monevReports.download')}>
      {(['xlsx', 'pdf'] as MonevReportFormat[]).map((f) => (
        <Button key={f} component="a" href={monevReportExportUrl(kind, id, f)} download size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />}>
          {t(`monevReports.download.${f}` as MessageKey)}
        </Button>
      ))}
    </Group>
  );
}

function useLabels() {
  const { t, lang } = useI18n();
  return {
    assessment: (a: ReportSop['assessment']) => (a ? t(`monev.assessment.${a}` as MessageKey) : t('monevReports.unassessed')),
    answer: (v: boolean | undefined) => (v === true ? t('monevReports.answer.yes') : v === false ? t('monevReports.answer.no') : '–'),
    trend: (tr: Trend) => (tr ? t(`monevReports.trend.${tr}` as MessageKey) : '–'),
    method: (m: string) => t(`monev.method.${m}` as MessageKey),
    criterion: (c: ReportCriterion) => `${lang === 'id' ? c.textId : c.textEn}${c.unconfirmed ? ` (${t('monev.criterion.unconfirmed')})` : ''}`,
  };
}

export function CriteriaLegend({ criteria }: { criteria: ReportCriterion[] }) {
  const { t } = useI18n();
  const l = useLabels();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{t('monevReports.criteria')}</Text>
      <List size="sm" spacing={2}>
        {criteria.map((c) => (
          <List.Item key={c.id}>
            <strong>{c.id}</strong>: {l.criterion(c)}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed">{t('monevReports.percentNote')}</Text>
    </Stack>
  );
}

type Table7Row = Pick<ReportSop, 'title' | 'number' | 'sopVersion' | 'assessment' | 'notes' | 'action' | 'assessorName' | 'assessorPosition' | 'methods'> & { key: string; extra?: string };

/** Table 7 of Permenpan RB 35/2012: No., Prosedur, Penilaian, Catatan, Tindakan, Penilai (with the methods). */
export function Table7({ caption, rows, testId }: { caption: string; rows: Table7Row[]; testId?: string }) {
  const { t } = useI18n();
  const l = useLabels();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped withTableBorder withColumnBorders data-testid={testId}>
        <Table.Caption style={captionStyle}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['no', 'procedure', 'assessment', 'notes', 'action', 'assessor'] as const).map((k) => (
              <Table.Th scope="col" key={k}>{t(`monevReports.col.${k}` as MessageKey)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('monevReports.noSops')}</Table.Td>
            </Table.Tr>
          ) : null}
          {rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {r.title}
                <Text size="xs" c="dimmed">
                  {r.number} · {t('monevReports.versionOf', { version: r.sopVersion })}
                  {r.extra ? ` · ${r.extra}` : ''}
                </Text>
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={r.assessment === 'berjalan_baik' ? 'teal' : r.assessment ? 'red' : 'gray'} c="var(--mantine-color-text)">
                  {l.assessment(r.assessment)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.notes || '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.action || '–'}</Table.Td>
              <Table.Td>
                {[r.assessorName, r.assessorPosition].filter(Boolean).join(', ') || '–'}
                {r.methods.length ? <Text size="xs" c="dimmed">{r.methods.map(l.method).join('; ')}</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The yes/no evaluation: one row per SOP (or per round), a column per criterion, Ya, Tidak and % Ya. */
export function EvaluationTable({ caption, criteria, rows, first }: {
  caption: string;
  criteria: ReportCriterion[];
  first: string;
  rows: { key: string; label: string; criteria: Record<string, boolean>; evaluation: { yes: number; no: number; percentYes: number | null } }[];
}) {
  const { t } = useI18n();
  const l = useLabels();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder withColumnBorders>
        <Table.Caption style={captionStyle}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{first}</Table.Th>
            {criteria.map((c) => (
              <Table.Th scope="col" key={c.id}>
                <abbr title={l.criterion(c)}>{c.id}</abbr>
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('monevReports.col.yes')}</Table.Th>
            <Table.Th scope="col">{t('monevReports.col.no_')}</Table.Th>
            <Table.Th scope="col">{t('monevReports.col.percent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={500}>{r.label}</Table.Th>
              {criteria.map((c) => (
                <Table.Td key={c.id}>{l.answer(r.criteria[c.id])}</Table.Td>
              ))}
              <Table.Td>{r.evaluation.yes}</Table.Td>
              <Table.Td>{r.evaluation.no}</Table.Td>
              <Table.Td>{percentText(r.evaluation.percentYes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Heading({ children }: { children: React.ReactNode }) {
  return <Title order={2} size="h4">{children}</Title>;
}

export function RoundReportView({ report }: { report: RoundReportData }) {
  const { t, lang } = useI18n();
  const x = report.totals;
  const status = (u: RoundReportData['units'][number]) =>
    u.progress.submitted ? t('monevReports.status.submitted') : u.progress.late ? t('monevReports.status.late') : t('monevReports.status.open');
  return (
    <Stack gap="lg" data-testid="monev-report-round">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Heading>{report.round.title}</Heading>
          <Text size="sm">
            {t('monev.period', { start: day(report.round.periodStart, lang), end: day(report.round.periodEnd, lang) })} · {t('monev.round.deadlineInfo', { date: day(report.round.deadline, lang) })} ·{' '}
            {t('monevReports.asOf', { date: day(report.today, lang) })}
          </Text>
          <Text size="sm" fw={500} data-testid="monev-report-totals">
            {t('monevReports.round.totals', {
              submitted: x.submitted, units: x.units, late: x.late, sops: x.sops, working: x.working, notWorking: x.notWorking, unassessed: x.unassessed, percent: percentText(x.percentYes),
            })}
          </Text>
          <Anchor size="sm" renderRoot={(props) => <Link to="/monev/$id" params={{ id: report.round.id }} {...props} />}>{report.round.title}</Anchor>
        </Stack>
        <ExportButtons kind="putaran" id={report.round.id} />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder data-testid="monev-report-summary">
          <Table.Caption style={captionStyle}>{t('monevReports.round.summary')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(['unit', 'sops', 'working', 'notWorking', 'unassessed', 'percent', 'status'] as const).map((k) => (
                <Table.Th scope="col" key={k}>{t(`monevReports.col.${k}` as MessageKey)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.units.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor renderRoot={(props) => <Link to="/monev/laporan" search={{ jenis: 'unit', id: u.unitId }} {...props} />}>{`${u.code} ${u.name}`}</Anchor>
                </Table.Th>
                <Table.Td>{u.summary.total}</Table.Td>
                <Table.Td>{u.summary.working}</Table.Td>
                <Table.Td>{u.summary.notWorking}</Table.Td>
                <Table.Td>{u.summary.total - u.summary.working - u.summary.notWorking}</Table.Td>
                <Table.Td>{percentText(u.summary.percentYes)}</Table.Td>
                <Table.Td>{status(u)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CriteriaLegend criteria={report.criteria} />
      {report.units.map((u) => (
        <Stack key={u.unitId} gap="sm">
          <Table7 caption={t('monevReports.table7', { unit: `${u.code} ${u.name}` })} testId={`monev-report-table7-${u.code}`} rows={u.sops.map((s) => ({ ...s, key: s.id }))} />
          <EvaluationTable
            caption={t('monevReports.evaluation', { unit: `${u.code} ${u.name}` })}
            criteria={report.criteria}
            first={t('monevReports.col.procedure')}
            rows={u.sops.map((s) => ({ key: s.id, label: `${s.no}. ${s.title}`, criteria: s.criteria, evaluation: s.evaluation }))}
          />
        </Stack>
      ))}
    </Stack>
  );
}

export function UnitReportView({ report }: { report: UnitReportData }) {
  const { t, lang } = useI18n();
  const l = useLabels();
  const unit = `${report.unit.code} ${report.unit.name}`;
  return (
    <Stack gap="lg" data-testid="monev-report-unit">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Heading>{unit}</Heading>
          <Text size="sm">{t('monevReports.asOf', { date: day(report.today, lang) })}</Text>
        </Stack>
        <ExportButtons kind="unit" id={report.unit.id} />
      </Group>
      {report.rounds.length === 0 ? <Text c="dimmed">{t('monevReports.unit.none')}</Text> : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder>
              <Table.Caption style={captionStyle}>{t('monevReports.unit.rounds', { unit })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['round', 'sops', 'working', 'notWorking', 'unassessed', 'percent', 'trend', 'status'] as const).map((k) => (
                    <Table.Th scope="col" key={k}>{t(`monevReports.col.${k}` as MessageKey)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rounds.map((r) => (
                  <Table.Tr key={r.round.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor renderRoot={(props) => <Link to="/monev/laporan" search={{ jenis: 'putaran', id: r.round.id }} {...props} />}>{r.round.title}</Anchor>
                    </Table.Th>
                    <Table.Td>{r.summary.total}</Table.Td>
                    <Table.Td>{r.summary.working}</Table.Td>
                    <Table.Td>{r.summary.notWorking}</Table.Td>
                    <Table.Td>{r.summary.total - r.summary.working - r.summary.notWorking}</Table.Td>
                    <Table.Td>{percentText(r.summary.percentYes)}</Table.Td>
                    <Table.Td>{l.trend(r.trend)}</Table.Td>
                    <Table.Td>{r.submittedAt ? t('monevReports.status.submitted') : r.late ? t('monevReports.status.late') : t('monevReports.status.open')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CriteriaLegend criteria={report.criteria} />
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder withColumnBorders>
              <Table.Caption style={captionStyle}>{t('monevReports.unit.criteria')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('monevReports.col.criterion')}</Table.Th>
                  {report.rounds.map((r) => <Table.Th scope="col" key={r.round.id}>{r.round.title}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.criteria.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row" fw={500}>{`${c.id}. ${l.criterion(c)}`}</Table.Th>
                    {report.rounds.map((r) => {
                      const x = r.criteria.find((y) => y.id === c.id);
                      return <Table.Td key={r.round.id}>{x ? t('monevReports.yesOf', { yes: x.yes, answered: x.yes + x.no }) : '–'}</Table.Td>;
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder withColumnBorders>
              <Table.Caption style={captionStyle}>{t('monevReports.unit.sops')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('monevReports.col.procedure')}</Table.Th>
                  {report.rounds.map((r) => <Table.Th scope="col" key={r.round.id}>{r.round.title}</Table.Th>)}
                  <Table.Th scope="col">{t('monevReports.col.trend')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.sops.map((s) => (
                  <Table.Tr key={s.sopId}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor renderRoot={(props) => <Link to="/monev/laporan" search={{ jenis: 'sop', id: s.sopId }} {...props} />}>{s.title}</Anchor>
                      <Text size="xs" c="dimmed">{s.number}</Text>
                    </Table.Th>
                    {s.cells.map((c, i) => (
                      <Table.Td key={report.rounds[i].round.id}>
                        {c ? (
                          <>
                            {l.assessment(c.assessment)}
                            <Text size="xs" c="dimmed">{`${t('monevReports.col.yes')} ${t('monevReports.yesOf', { yes: c.evaluation.yes, answered: c.evaluation.answered })} (${percentText(c.evaluation.percentYes)})`}</Text>
                          </>
                        ) : '–'}
                      </Table.Td>
                    ))}
                    <Table.Td>{l.trend(s.trend)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

export function SopReportView({ report }: { report: SopReportData }) {
  const { t, lang } = useI18n();
  const l = useLabels();
  const e = report.entries;
  return (
    <Stack gap="lg" data-testid="monev-report-sop">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Heading>{report.sop.title}</Heading>
          <Text size="sm">{[report.sop.number, `${report.sop.unit.code} ${report.sop.unit.name}`].filter(Boolean).join(' · ')}</Text>
        </Stack>
        <ExportButtons kind="sop" id={report.sop.id} />
      </Group>
      {e.length === 0 ? <Text c="dimmed">{t('monevReports.sop.none')}</Text> : (
        <>
          <Table7
            caption={t('monevReports.sop.entries', { sop: report.sop.title })}
            rows={e.map((x) => ({ ...x, key: x.assessmentId, extra: `${x.round.title}${x.newVersion ? ` (${t('monevReports.newVersion')})` : ''}` }))}
          />
          <CriteriaLegend criteria={report.criteria} />
          <EvaluationTable
            caption={t('monevReports.sop.evaluation', { sop: report.sop.title })}
            criteria={report.criteria}
            first={t('monevReports.col.round')}
            rows={e.map((x) => ({ key: x.assessmentId, label: `${x.round.title} (${day(x.round.periodStart, lang)})`, criteria: x.criteria, evaluation: x.evaluation }))}
          />
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder>
              <Table.Caption style={captionStyle}>{t('monevReports.sop.trend')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['round', 'version', 'assessment', 'percent', 'trend'] as const).map((k) => (
                    <Table.Th scope="col" key={k}>{t(`monevReports.col.${k}` as MessageKey)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.map((x) => (
                  <Table.Tr key={x.assessmentId}>
                    <Table.Th scope="row" fw={500}>{x.round.title}</Table.Th>
                    <Table.Td>{x.sopVersion}{x.newVersion ? ` (${t('monevReports.newVersion')})` : ''}</Table.Td>
                    <Table.Td>{l.assessment(x.assessment)}</Table.Td>
                    <Table.Td>{percentText(x.evaluation.percentYes)}</Table.Td>
                    <Table.Td>
                      {l.trend(x.trend)}
                      {x.revisionRequestId ? (
                        <>
                          {' · '}
                          <Anchor renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: x.revisionRequestId! }} {...props} />}>{t('monevReports.sop.revision')}</Anchor>
                        </>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
