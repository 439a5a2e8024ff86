import { Anchor, Badge, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconHistory, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { documentsQuery, documentUrl, uploadDocument } from '../../api/requests.ts';
import type { RequestDetail, RequestDocument, RequiredAttachment } from '../../api/types.ts';
import { notifySaved } from '../../components/forms.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { acceptOf, checkFile, typesText } from './files.ts';
import { formatBytes, formatWibDateTime } from './format.ts';
import { UploadProgress } from './UploadProgress.tsx';
import { useRequestCache } from './useRequestCache.ts';
import { useUpload } from './useUpload.ts';

function DocumentLine({ requestId, doc }: { requestId: string; doc: RequestDocument }) {
  const { lang, t } = useI18n();
  return (
    <Stack gap={0}>
      <Anchor href={documentUrl(requestId, doc.id)} download={doc.fileName} style={{ overflowWrap: 'anywhere' }}>
        <IconDownload size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
        {doc.fileName}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('req.doc.meta', {
          version: doc.version,
          revisi: doc.revisi,
          size: formatBytes(doc.size, lang),
          who: doc.uploadedBy.name,
          at: formatWibDateTime(doc.at, lang),
        })}
      </Text>
    </Stack>
  );
}

function History({ requestId, docKey, label }: { requestId: string; docKey: string; label: string }) {
  const { t } = useI18n();
  const docs = useQuery(documentsQuery(requestId));
  if (docs.isError) return <ErrorAlert error={docs.error} onRetry={() => void docs.refetch()} />;
  if (!docs.data) return <Text size="sm">{t('state.loading')}</Text>;
  const versions = docs.data.items.filter((d) => d.key === docKey).sort((a, b) => b.version - a.version);
  return (
    <List spacing="xs" aria-label={t('req.doc.historyOf', { name: label })}>
      {versions.map((d) => (
        <List.Item key={d.id}>
          <DocumentLine requestId={requestId} doc={d} />
        </List.Item>
      ))}
    </List>
  );
}

function Uploader({ request, spec, hasFile }: { request: RequestDetail; spec: RequiredAttachment; hasFile: boolean }) {
  const { t } = useI18n();
  const upload = useUpload();
  const { refresh } = useRequestCache(request.id);
  const reset = useRef<() => void>(null);

  const pick = async (file: File | null) => {
    reset.current?.();
    if (!file) return;
    const problem = checkFile(file, spec);
    if (problem) return upload.fail(t(problem.key, problem.params));
    const doc = await upload.run((onProgress) => uploadDocument(request.id, spec.key, file, { onProgress }));
    if (doc) {
      refresh();
      notifySaved(t('req.upload.done', { name: doc.fileName, label: spec.label }));
    }
  };

  return (
    <Stack gap="xs">
      <Group>
        <FileButton onChange={(f) => void pick(f)} accept={acceptOf(spec.types)} resetRef={reset} disabled={upload.uploading}>
          {(props) => (
            <Button {...props} variant="default" size="sm" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.uploading} aria-label={`${hasFile ? t('req.upload.newVersion') : t('req.upload.choose')}: ${spec.label}`}>
              {hasFile ? t('req.upload.newVersion') : t('req.upload.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      <UploadProgress progress={upload.progress} error={upload.error} label={spec.label} />
    </Stack>
  );
}

function AttachmentCard({ request, spec, latest, canUpload }: { request: RequestDetail; spec: RequiredAttachment; latest: RequestDocument | undefined; canUpload: boolean }) {
  const { t } = useI18n();
  const [showHistory, setShowHistory] = useState(false);
  const historyId = `history-${spec.key}`;
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-label={spec.label}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={3} size="h5">
            {spec.label}
          </Title>
          <Badge size="sm" variant="light" color={spec.required ? 'red' : 'gray'} c="var(--mantine-color-text)" tt="none">
            {spec.required ? t('field.required') : t('field.optional')}
          </Badge>
        </Group>
        {spec.types.length ? (
          <Text size="sm" c="dimmed">
            {t('service.attachmentRule', { types: typesText(spec.types), mb: spec.maxMb })}
          </Text>
        ) : null}
        {latest ? <DocumentLine requestId={request.id} doc={latest} /> : <Text size="sm">{t('req.doc.none')}</Text>}
        {canUpload ? <Uploader request={request} spec={spec} hasFile={!!latest} /> : null}
        {latest && latest.version > 1 ? (
          <>
            <Group>
              <Button
                variant="default"
                size="compact-sm"
                leftSection={<IconHistory size={14} aria-hidden />}
                aria-expanded={showHistory}
                aria-controls={historyId}
                onClick={() => setShowHistory((v) => !v)}
              >
                {t(showHistory ? 'req.doc.hideHistory' : 'req.doc.showHistory', { n: latest.version })}
              </Button>
            </Group>
            <div id={historyId}>{showHistory ? <History requestId={request.id} docKey={spec.key} label={spec.label} /> : null}</div>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * One card per attachment the service asks for: its rules, the latest version with a download link, earlier
 * versions on demand, and an upload while the unit may add documents (a draft, or answering a revision).
 */
export function DocumentsPanel({ request, attachments }: { request: RequestDetail; attachments: readonly RequiredAttachment[] }) {
  const { t } = useI18n();
  const canUpload = request.actions.includes('upload');
  const known = new Set(attachments.map((a) => a.key));
  // Documents of attachments the catalogue no longer asks for stay listed, without uploads.
  const others = request.documents.filter((d) => !known.has(d.key));
  const specs: { spec: RequiredAttachment; upload: boolean }[] = [
    ...attachments.map((spec) => ({ spec, upload: canUpload })),
    ...others.map((d) => ({ spec: { key: d.key, label: d.label, required: false, types: [], maxMb: 0 }, upload: false })),
  ];
  if (specs.length === 0) return <Text c="dimmed">{t('service.noAttachments')}</Text>;
  return (
    <Stack gap="sm">
      {canUpload ? <Text size="sm">{request.state === 'perlu_revisi' ? t('req.doc.revisionHint') : t('req.doc.draftHint')}</Text> : null}
      {specs.map(({ spec, upload }) => (
        <AttachmentCard key={spec.key} request={request} spec={spec} latest={request.documents.find((d) => d.key === spec.key)} canUpload={upload} />
      ))}
    </Stack>
  );
}
