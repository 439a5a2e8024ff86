import { Button, Modal, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { FieldError } from '../api/client.ts';
import { requestQuery } from '../api/requests.ts';
import { serviceQuery } from '../api/services.ts';
import type { RequestDetail } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { ActionBar } from '../features/requests/ActionBar.tsx';
import { ActionDialog } from '../features/requests/ActionDialog.tsx';
import { ClockPanel } from '../features/requests/ClockPanel.tsx';
import { CommentsPanel } from '../features/requests/CommentsPanel.tsx';
import { DocumentsPanel } from '../features/requests/DocumentsPanel.tsx';
import { DraftChecklist, IncompleteAlert } from '../features/requests/IncompleteNotice.tsx';
import { RequestDetails } from '../features/requests/RequestDetails.tsx';
import { RequestHeader } from '../features/requests/RequestHeader.tsx';
import { Section } from '../features/requests/Section.tsx';
import { JobDocumentsCard } from '../features/requests/JobDocumentsCard.tsx';
import { SopCard } from '../features/requests/SopCard.tsx';
import { Timeline } from '../features/requests/Timeline.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/permohonan/$id');

// Only a draft's own unit edits it: the form and its checks load when asked for.
const DraftEditForm = lazy(() => import('../features/requests/IntakeForm.tsx').then((m) => ({ default: m.DraftEditForm })));

function RequestView({ request }: { request: RequestDetail }) {
  const { lang, t } = useI18n();
  const service = useQuery(serviceQuery(request.serviceCode));
  const [action, setAction] = useState<string | null>(null);
  const [incomplete, setIncomplete] = useState<FieldError[] | null>(null);
  const [editing, setEditing] = useState(false);
  const serviceLabel = lang === 'en' && request.serviceNameEn ? request.serviceNameEn : request.serviceName;

  useEffect(() => {
    if (incomplete) document.querySelector<HTMLElement>('[data-incomplete]')?.focus();
  }, [incomplete]);
  useEffect(() => {
    if (request.state !== 'draf') setIncomplete(null);
  }, [request.state]);

  return (
    <Page
      title={request.title}
      documentTitle={t('req.page.documentTitle', { title: request.title })}
      description={`${serviceLabel} · ${request.unitName}`}
      actions={
        <Button component={Link} to="/permohonan" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('req.list.title')}
        </Button>
      }
    >
      <RequestHeader request={request} serviceLabel={serviceLabel} />
      <ActionBar request={request} onAction={setAction} />
      {incomplete ? <IncompleteAlert fields={incomplete} service={service.data} onClose={() => setIncomplete(null)} /> : null}
      {request.state === 'draf' && request.actions.includes('submit') && service.data ? <DraftChecklist request={request} service={service.data} /> : null}

      <Section
        title={t('req.section.details')}
        actions={
          request.actions.includes('edit') && service.data ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('req.editDraft')}
            </Button>
          ) : null
        }
      >
        {service.data ? <RequestDetails request={request} fields={service.data.formFields} /> : service.isError ? <ErrorAlert error={service.error} onRetry={() => void service.refetch()} /> : <Text>{t('state.loading')}</Text>}
      </Section>

      <SopCard request={request} />
      <JobDocumentsCard request={request} />

      <Section title={t('req.section.documents')}>
        {service.data ? <DocumentsPanel request={request} attachments={service.data.requiredAttachments} /> : <Text>{t('state.loading')}</Text>}
      </Section>

      {request.stage !== null ? (
        <Section title={t('service.standard')}>
          <ClockPanel request={request} />
        </Section>
      ) : null}

      <Section title={t('req.section.discussion')}>
        <CommentsPanel requestId={request.id} attachments={service.data?.requiredAttachments ?? []} />
      </Section>

      <Section title={t('req.timeline.title')}>
        <Timeline requestId={request.id} assignees={request.assignees} />
      </Section>

      <ActionDialog request={request} action={action} onClose={() => setAction(null)} onIncomplete={setIncomplete} />
      <Modal
        opened={editing && !!service.data}
        onClose={() => setEditing(false)}
        title={t('req.editTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        {editing && service.data ? (
          <Suspense fallback={<Text>{t('state.loading')}</Text>}>
            <Stack>
              <DraftEditForm key={request.version} request={request} service={service.data} onClose={() => setEditing(false)} />
            </Stack>
          </Suspense>
        ) : null}
      </Modal>
    </Page>
  );
}

/** `/permohonan/$id`: one request, its documents, service-standard clock, the moves the caller may make, discussion and history. */
export function RequestPage() {
  const { id } = route.useParams();
  const request = useQuery(requestQuery(id));
  return (
    <Loaded query={request} page>
      {(data) => <RequestView request={data} />}
    </Loaded>
  );
}
