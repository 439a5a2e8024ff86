import { Badge, Button, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { IconEye, IconLink, IconPencil, IconUnlink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { jobDocumentsQuery } from '../../api/jobs.ts';
import { attachJobDocument, detachJobDocument, requestJobDocumentsKey, requestJobDocumentsQuery, type AttachedJobDocument, type RequestJobDocuments } from '../../api/request-job-documents.ts';
import type { RequestDetail } from '../../api/types.ts';
import { FormError, notifySaved } from '../../components/forms.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Section } from './Section.tsx';
import { useRequestCache } from './useRequestCache.ts';

/** The unit's documents of the service's kind that are not attached yet, to choose one of. */
function Chooser({ request, data }: { request: RequestDetail; data: RequestJobDocuments & { kind: NonNullable<RequestJobDocuments['kind']> } }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { refresh } = useRequestCache(request.id);
  const docs = useQuery(jobDocumentsQuery({ unitId: request.unitId, kind: data.kind }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const kind = t(`jobs.kind.${data.kind}`);
  const attach = useMutation({
    mutationFn: (documentId: string) => attachJobDocument(request.id, documentId),
    onSuccess: (next) => {
      queryClient.setQueryData(requestJobDocumentsKey(request.id), next);
      refresh();
      notifySaved(t('request-jobs.card.attached'));
      setChosen(null);
    },
  });
  const attached = new Set(data.documents.map((d) => d.id));
  const options = (docs.data?.items ?? []).filter((d) => !attached.has(d.id)).map((d) => ({ value: d.id, label: `${d.positionName} (v${d.version})` }));
  const none = docs.data && options.length === 0 ? t('request-jobs.card.noDocuments', { kind }) : null;
  return (
    <Stack gap="xs">
      <FormError error={attach.error} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return setProblem(t('validation.required'));
          setProblem(null);
          attach.mutate(chosen);
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            style={{ flex: '1 1 18rem' }}
            label={t('request-jobs.card.choose', { kind })}
            placeholder={t('request-jobs.card.choosePlaceholder')}
            data={options}
            value={chosen}
            onChange={setChosen}
            searchable
            nothingFoundMessage={t('request-jobs.card.noDocuments', { kind })}
            disabled={docs.isLoading}
            error={problem ?? none}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" leftSection={<IconLink size={16} aria-hidden />} loading={attach.isPending} disabled={options.length === 0}>
            {t('request-jobs.card.attach')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function Row({ request, doc, mayAttach, onDetach, detaching }: { request: RequestDetail; doc: AttachedJobDocument; mayAttach: boolean; onDetach: () => void; detaching: boolean }) {
  const { t } = useI18n();
  const position = doc.positionName;
  return (
    <Table.Tr data-job-document={doc.id}>
      <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>{position}</Table.Th>
      <Table.Td>
        <Group gap={4} wrap="wrap">
          <Badge variant="light" c="var(--mantine-color-text)" tt="none">{t('request-jobs.card.latest', { version: doc.latestVersion })}</Badge>
          {doc.submittedVersion !== null ? (
            <Badge variant="light" color="teal" c="var(--mantine-color-text)" tt="none">{t('request-jobs.card.submitted', { version: doc.submittedVersion })}</Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        {doc.problems.length === 0 ? (
          <Text size="sm" c="teal.9" fw={600}>{t('request-jobs.card.complete')}</Text>
        ) : (
          <List size="sm" spacing={2} c="red.9" data-job-problems={doc.problems.length}>
            {doc.problems.map((p, i) => <List.Item key={`${p.code}:${i}`}>{p.message}</List.Item>)}
          </List>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEye size={14} aria-hidden />}
            renderRoot={(props) => <Link to="/permohonan/$id/dokumen-jabatan/$documentId" params={{ id: request.id, documentId: doc.id }} {...props} />}
            aria-label={t('request-jobs.card.open', { position })}
          >
            {t('request-jobs.card.open', { position: '' }).trim()}
          </Button>
          {mayAttach ? (
            <>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden />}
                renderRoot={(props) => <Link to="/jabatan/dokumen/$id" params={{ id: doc.id }} {...props} />}
                aria-label={t('request-jobs.card.edit', { position })}
              >
                {t('request-jobs.card.edit', { position: '' }).trim()}
              </Button>
              <Button size="xs" variant="default" c="red.9" leftSection={<IconUnlink size={14} aria-hidden />} loading={detaching} onClick={onDetach}
                aria-label={t('request-jobs.card.detach', { position })}>
                {t('request-jobs.card.detach', { position: '' }).trim()}
              </Button>
            </>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The Anjab, Evjab or SKJ documents a request of a job service carries: their versions, completeness, review page; attach and detach (the unit). */
export function JobDocumentsCard({ request }: { request: RequestDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { refresh } = useRequestCache(request.id);
  const enabled = !!request.jobDocumentKind;
  const jobs = useQuery({ ...requestJobDocumentsQuery(request.id), enabled });
  const detach = useMutation({
    mutationFn: (documentId: string) => detachJobDocument(request.id, documentId),
    onSuccess: (next) => {
      queryClient.setQueryData(requestJobDocumentsKey(request.id), next);
      refresh();
      notifySaved(t('request-jobs.card.detached'));
    },
  });
  if (!request.jobDocumentKind) return null;
  const kind = t(`jobs.kind.${request.jobDocumentKind}`);
  return (
    <Section title={t('request-jobs.card.title', { kind })} description={t('request-jobs.card.description')}>
      <Loaded query={jobs}>
        {(data) => {
          const mayAttach = data.actions.includes('attach');
          return (
            <Stack gap="sm" data-job-documents-card>
              <FormError error={detach.error} />
              {data.documents.length === 0 ? (
                <Text c="dimmed">{t('request-jobs.card.empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs" captionSide="top">
                    <Table.Caption style={{ textAlign: 'start' }}>{t('request-jobs.card.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('request-jobs.col.position')}</Table.Th>
                        <Table.Th scope="col">{t('request-jobs.col.versions')}</Table.Th>
                        <Table.Th scope="col">{t('request-jobs.col.status')}</Table.Th>
                        <Table.Th scope="col">{t('request-jobs.col.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.documents.map((doc) => (
                        <Row key={doc.id} request={request} doc={doc} mayAttach={mayAttach} detaching={detach.isPending && detach.variables === doc.id} onDetach={() => detach.mutate(doc.id)} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {mayAttach && data.kind ? <Chooser request={request} data={data as RequestJobDocuments & { kind: NonNullable<RequestJobDocuments['kind']> }} /> : null}
            </Stack>
          );
        }}
      </Loaded>
    </Section>
  );
}
