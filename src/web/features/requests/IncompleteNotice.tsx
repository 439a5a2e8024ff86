import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { FieldError } from '../../api/client.ts';
import { requestJobDocumentsQuery } from '../../api/request-job-documents.ts';
import type { RequestDetail, Service } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { describeIncomplete, isComplete, outstanding } from './completeness.ts';

/** The server refused the submission: each missing field and attachment, by its label, in the server's words. */
export function IncompleteAlert({ fields, service, onClose }: { fields: FieldError[]; service: Service | undefined; onClose: () => void }) {
  const t = useT();
  const missing = describeIncomplete(fields, service);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('req.incomplete.title')}
      role="alert"
      withCloseButton
      closeButtonLabel={t('action.close')}
      onClose={onClose}
      tabIndex={-1}
      data-incomplete
    >
      <Text size="sm">{t('req.incomplete.text')}</Text>
      <List size="sm" mt="xs" spacing={2}>
        {missing.map((m, i) => (
          <List.Item key={i}>
            <b>{m.label ?? (m.labelKey ? t(m.labelKey) : t(`req.incomplete.${m.group === 'sop' || m.group === 'jobs' ? 'other' : m.group}`))}</b>: {m.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Before submitting: what the draft still lacks, worked out from the draft (the server checks again). */
export function DraftChecklist({ request, service }: { request: RequestDetail; service: Service }) {
  const t = useT();
  const jobs = useQuery({ ...requestJobDocumentsQuery(request.id), enabled: !!request.jobDocumentKind });
  const o = outstanding(request, service, jobs.data ? { attached: jobs.data.documents.length, incomplete: jobs.data.documents.filter((d) => d.problems.length > 0).length } : undefined);
  if (isComplete(o)) {
    return (
      <Alert color="teal" variant="light" icon={<IconListCheck aria-hidden />} title={t('req.checklist.readyTitle')}>
        {t('req.checklist.ready')}
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" icon={<IconListCheck aria-hidden />} title={t('req.checklist.title')}>
      <List size="sm" spacing={2}>
        {o.fields.map((label) => (
          <List.Item key={`f:${label}`}>{t('req.checklist.field', { label })}</List.Item>
        ))}
        {o.contacts.map((key) => (
          <List.Item key={`c:${key}`}>{t('req.checklist.field', { label: t(key) })}</List.Item>
        ))}
        {o.documents.map((label) => (
          <List.Item key={`d:${label}`}>{t('req.checklist.document', { label })}</List.Item>
        ))}
        {o.sop ? (
          <List.Item key="sop" data-checklist-sop>
            {'errors' in o.sop ? t('sop-review.checklistErrors', { count: o.sop.errors }) : t('sop-review.checklist')}
          </List.Item>
        ) : null}
        {o.jobs ? (
          <List.Item key="jobs" data-checklist-jobs>
            {'incomplete' in o.jobs ? t('request-jobs.checklistProblems', { count: o.jobs.incomplete }) : t('request-jobs.checklist')}
          </List.Item>
        ) : null}
      </List>
    </Alert>
  );
}
