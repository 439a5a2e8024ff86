import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { JobDocumentKind } from '../../domain/jabatan/model.ts';
import { jobExportUrl, jobMasterQuery, jobVersionQuery, type JobExportFormat, type JobVersion } from '../api/jobs.ts';
import { requestJobDocumentsQuery, submittedVersionsOf, type RequestJobDocuments } from '../api/request-job-documents.ts';
import { requestQuery } from '../api/requests.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { AnjabEditor } from '../features/jobs/AnjabEditor.tsx';
import { EvjabEditor } from '../features/jobs/EvjabEditor.tsx';
import { EvjabValidationPanel } from '../features/jobs/EvjabValidationPanel.tsx';
import { SkjEditor } from '../features/jobs/SkjEditor.tsx';
import { formatWibDateTime } from '../features/requests/format.ts';
import { Section } from '../features/requests/Section.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/permohonan/$id/dokumen-jabatan/$documentId');
const FORMATS: JobExportFormat[] = ['pdf', 'docx', 'xlsx'];
const noChange = () => undefined;

/** One version of the document, read-only, with the master data of its own year. */
function VersionView({ version }: { version: JobVersion }) {
  const master = useQuery(jobMasterQuery(version.masterYear));
  return (
    <Loaded query={master}>
      {(m) => {
        const c = version.content;
        return c.kind === 'anjab' ? <AnjabEditor content={c} update={noChange} readOnly master={m} serverAbk={version.abk} />
          : c.kind === 'evjab' ? <EvjabEditor content={c} update={noChange} readOnly master={m} />
            : <SkjEditor content={c} update={noChange} readOnly master={m} />;
      }}
    </Loaded>
  );
}

function Review({ requestId, requestTitle, documentId, data }: { requestId: string; requestTitle: string; documentId: string; data: RequestJobDocuments }) {
  const { lang, t } = useI18n();
  const attached = data.documents.find((d) => d.id === documentId);
  const fromSubmission = data.submissions.flatMap((s) => s.documents).find((d) => d.id === documentId);
  const kind: JobDocumentKind | undefined = attached?.kind ?? fromSubmission?.kind;
  const position = attached?.positionName ?? fromSubmission?.positionName ?? '';
  const submitted = submittedVersionsOf(data, documentId);
  const options = submitted.map((s) => ({
    value: String(s.version),
    label: t('request-jobs.page.versionOption', { version: s.version, action: t(`request-jobs.page.action.${s.action}`), when: formatWibDateTime(s.at, lang) }),
  }));
  // The same version may go with several submissions: one option each, keyed by the version, the last one kept.
  const unique = [...new Map(options.map((o) => [o.value, o])).values()];
  const latest = attached?.latestVersion;
  if (latest !== undefined && !unique.some((o) => o.value === String(latest))) unique.push({ value: String(latest), label: t('request-jobs.page.latestOption', { version: latest }) });
  const initial = submitted.length ? String(submitted[submitted.length - 1].version) : latest !== undefined ? String(latest) : null;
  const [chosen, setChosen] = useState<string | null>(initial);
  const n = chosen ? Number(chosen) : null;
  const version = useQuery({ ...jobVersionQuery(documentId, n ?? 1), enabled: n !== null && !!kind });
  const kindLabel = kind ? t(`jobs.kind.${kind}`) : '';

  return (
    <Page
      title={t('request-jobs.page.title', { kind: kindLabel, position })}
      documentTitle={t('request-jobs.page.documentTitle', { kind: kindLabel, position })}
      description={requestTitle}
      actions={
        <Button renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: requestId }} {...props} />} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('request-jobs.page.back')}
        </Button>
      }
    >
      {!kind || n === null ? (
        <Alert color="gray">{t('request-jobs.card.empty')}</Alert>
      ) : (
        <Stack gap="md">
          {submitted.length === 0 ? <Alert color="yellow">{t('request-jobs.page.notSubmitted')}</Alert> : null}
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              style={{ flex: '0 1 26rem' }}
              label={t('request-jobs.page.version')}
              data={unique}
              value={chosen}
              onChange={(v) => v && setChosen(v)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Group gap="xs" role="group" aria-label={t('jobs.editor.export')}>
              {FORMATS.map((f) => (
                <Button key={f} component="a" href={`${jobExportUrl(documentId, f)}?version=${n}`} download size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />}>
                  {t('request-jobs.page.download', { version: n, format: t(`jobs.editor.export.${f}` as MessageKey) })}
                </Button>
              ))}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">{t('request-jobs.page.noCompare')}</Text>
          <Section title={t('request-jobs.page.readOnly')}>
            <Loaded query={version}>
              {(v) => (
                <Stack gap="sm" data-job-version={v.number}>
                  <Text>{t('request-jobs.page.showing', { version: v.number, when: formatWibDateTime(v.savedAt, lang), who: v.savedBy.name })}</Text>
                  <VersionView key={v.number} version={v} />
                </Stack>
              )}
            </Loaded>
          </Section>
          {/* An Evjab's validation (status, the bureau's decision and berita acara) is decided from here too. */}
          {version.data?.content.kind === 'evjab' ? <EvjabValidationPanel id={documentId} content={version.data.content} beforeSubmit={() => undefined} /> : null}
        </Stack>
      )}
    </Page>
  );
}

/** `/permohonan/$id/dokumen-jabatan/$documentId`: a job document a request carries, read-only, by the versions its submissions carried. */
export function RequestJobDocumentPage() {
  const { id, documentId } = route.useParams();
  const request = useQuery(requestQuery(id));
  const jobs = useQuery(requestJobDocumentsQuery(id));
  return (
    <Loaded query={request} page>
      {(r) => <Loaded query={jobs} page>{(data) => <Review key={documentId} requestId={id} requestTitle={r.title} documentId={documentId} data={data} />}</Loaded>}
    </Loaded>
  );
}
