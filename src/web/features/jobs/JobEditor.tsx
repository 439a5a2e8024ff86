import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { AnjabContent, EvjabContent, JobDocumentContent, SkjContent } from '../../../domain/jabatan/model.ts';
import { jobDocumentQuery, jobExportUrl, jobKeys, jobVersionsQuery, saveJobDocument, type JobDocument, type JobExportFormat, type JobMaster } from '../../api/jobs.ts';
import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { DocumentConflictDialog } from '../documents/DocumentConflictDialog.tsx';
import { useDocumentAutosave, type SaveStatus } from '../documents/useDocumentAutosave.ts';
import { AnjabEditor } from './AnjabEditor.tsx';
import { EvjabEditor } from './EvjabEditor.tsx';
import { EvjabValidationPanel } from './EvjabValidationPanel.tsx';
import { SkjEditor } from './SkjEditor.tsx';

function StatusText({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const text = status.kind === 'saved' ? t('jobs.status.saved', { version: String(status.version) })
    : status.kind === 'pending' ? t('jobs.status.pending')
      : status.kind === 'saving' ? t('jobs.status.saving')
        : status.kind === 'retrying' ? t('jobs.status.retrying', { attempt: String(status.attempt) })
          : status.kind === 'invalid' ? t('jobs.status.invalid', { message: status.message })
            : t('jobs.status.conflict');
  return <Text size="sm" role="status" aria-live="polite" c={status.kind === 'invalid' || status.kind === 'conflict' ? 'red.8' : 'dimmed'} data-testid="save-status">{text}</Text>;
}

function Versions({ id }: { id: string }) {
  const { t, date } = useI18n();
  const versions = useQuery(jobVersionsQuery(id));
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('jobs.editor.versions')}</Title>
        <List size="sm">
          {(versions.data?.items ?? []).map((v) => (
            <List.Item key={v.number}>{t('jobs.editor.versionRow', { number: String(v.number), who: v.savedBy.name, when: date(v.savedAt), year: String(v.masterYear) })}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** The editor of one job document, by its kind; autosaves with the version (409 → the user chooses). */
export function JobEditor({ doc, master }: { doc: JobDocument; master: JobMaster }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<{ content: JobDocumentContent; revision: number; base: number }>({ content: doc.content, revision: 0, base: 0 });
  const [server, setServer] = useState(doc);
  const readOnly = !doc.actions.includes('edit');
  const autosave = useDocumentAutosave({
    documentId: doc.id,
    initialVersion: doc.version,
    content: draft.content,
    revision: draft.revision,
    enabled: !readOnly,
    saveContent: saveJobDocument,
    onSaved: (saved) => {
      setServer(saved);
      queryClient.setQueryData(jobKeys.document(doc.id), saved);
      void queryClient.invalidateQueries({ queryKey: jobKeys.versions(doc.id) });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'documents'] });
    },
  });
  const update = <C extends JobDocumentContent>(fn: (c: C) => C) => setDraft((d) => ({ ...d, content: fn(d.content as C), revision: d.revision + 1 }));
  const conflict = autosave.status.kind === 'conflict' ? autosave.status.current : null;
  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...jobDocumentQuery(doc.id), staleTime: 0 });
    setServer(latest);
    setDraft((d) => ({ content: latest.content, revision: d.revision + 1, base: d.base + 1 }));
    autosave.resolveConflict({ kind: 'reload', version: latest.version, revision: draft.revision + 1 });
  };
  const kindLabel = t(`jobs.kindLong.${doc.kind}` as MessageKey);
  const formats: JobExportFormat[] = ['pdf', 'docx', 'xlsx'];
  return (
    <Page
      title={t('jobs.editor.title', { kind: kindLabel, position: doc.positionName })}
      description={t('jobs.editor.meta', { unit: doc.unitName, year: String(server.masterYear) })}
      actions={<StatusText status={autosave.status} />}
    >
      <Stack>
        <Group justify="space-between">
          <Anchor renderRoot={(props) => <Link to="/jabatan" {...props} />}>{t('jobs.editor.back')}</Anchor>
          <Group gap="xs" role="group" aria-label={t('jobs.editor.export')}>
            {formats.map((f) => (
              <Button key={f} component="a" href={jobExportUrl(doc.id, f)} download size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => autosave.flush()}>
                {`${t('jobs.editor.export')} ${t(`jobs.editor.export.${f}` as MessageKey)}`}
              </Button>
            ))}
          </Group>
        </Group>
        {doc.kind === 'evjab' ? <EvjabValidationPanel id={doc.id} content={draft.content as EvjabContent} beforeSubmit={() => autosave.flush()} /> : null}
        {readOnly && doc.kind !== 'evjab' ? <Alert color="gray">{t('jobs.editor.readOnly')}</Alert> : null}
        {readOnly && doc.kind === 'evjab' && doc.status === 'draf' ? <Alert color="gray">{t('jobs.editor.readOnly')}</Alert> : null}
        <div key={draft.base}>
          {draft.content.kind === 'anjab' ? (
            <AnjabEditor content={draft.content} update={update<AnjabContent>} readOnly={readOnly} master={master} serverAbk={server.abk} />
          ) : draft.content.kind === 'evjab' ? (
            <EvjabEditor content={draft.content} update={update<EvjabContent>} readOnly={readOnly} master={master} />
          ) : (
            <SkjEditor content={draft.content} update={update<SkjContent>} readOnly={readOnly} master={master} />
          )}
        </div>
        <Versions id={doc.id} />
      </Stack>
      <DocumentConflictDialog conflict={conflict} onReload={() => void reload()} onOverwrite={() => autosave.resolveConflict({ kind: 'overwrite', version: conflict?.version ?? doc.version })} />
    </Page>
  );
}
