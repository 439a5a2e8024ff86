import type { FieldError } from '../../api/client.ts';
import type { FormField, RequestDetail, RequiredAttachment } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/index.tsx';

export interface Missing {
  group: 'field' | 'contact' | 'document' | 'sop' | 'jobs' | 'other';
  /** The catalogue's label of the field or attachment, when there is one. */
  label: string | null;
  /** For the contact person's inputs, which have no catalogue label. */
  labelKey: MessageKey | null;
  message: string;
}

const CONTACT_LABELS: Record<string, MessageKey> = {
  contactName: 'req.field.contactName',
  contactPhone: 'req.field.contactPhone',
  contactEmail: 'req.field.contactEmail',
  title: 'req.field.title',
};

/** Names each field error of a refused submission (400 REQUEST_INCOMPLETE): which field, which attachment. */
export function describeIncomplete(
  fields: readonly FieldError[],
  service: { formFields: readonly FormField[]; requiredAttachments: readonly RequiredAttachment[] } | undefined,
): Missing[] {
  return fields.map((f) => {
    const [head, key] = f.path.split('.', 2);
    if (head === 'formValues') {
      return { group: 'field', label: service?.formFields.find((x) => x.key === key)?.label ?? key, labelKey: null, message: f.message };
    }
    if (head === 'documents') {
      return { group: 'document', label: service?.requiredAttachments.find((x) => x.key === key)?.label ?? key, labelKey: null, message: f.message };
    }
    if (head === 'sop') return { group: 'sop', label: null, labelKey: 'sop-review.sop', message: f.message };
    if (head === 'jobDocuments') return { group: 'jobs', label: null, labelKey: 'request-jobs.label', message: f.message };
    if (CONTACT_LABELS[f.path]) return { group: 'contact', label: null, labelKey: CONTACT_LABELS[f.path], message: f.message };
    return { group: 'other', label: null, labelKey: null, message: f.message };
  });
}

export interface Outstanding {
  fields: string[];
  contacts: MessageKey[];
  documents: string[];
  /** For a service that attaches SOPs: none linked yet, or the linked SOP's latest version has errors. */
  sop?: { missing: true } | { errors: number };
  /** For a service that attaches job documents: none attached yet, or how many attached ones are incomplete. */
  jobs?: { missing: true } | { incomplete: number };
}

/** What the job documents card knows (GET /api/requests/:id/job-documents), as far as the checklist needs it. */
export interface JobsState {
  attached: number;
  incomplete: number;
}

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * What a draft still lacks before it can be submitted, worked out from the draft itself: shown ahead of the
 * server's own check, which has the last word.
 */
export function outstanding(
  request: Pick<RequestDetail, 'contactName' | 'contactPhone' | 'contactEmail' | 'formValues' | 'documents' | 'attachesSop' | 'sop' | 'jobDocumentKind'>,
  service: { formFields: readonly FormField[]; requiredAttachments: readonly RequiredAttachment[] },
  jobsState?: JobsState,
): Outstanding {
  const uploaded = new Set(request.documents.map((d) => d.key));
  const sop = !request.attachesSop ? undefined : !request.sop ? { missing: true as const } : request.sop.errorCount > 0 ? { errors: request.sop.errorCount } : undefined;
  // Until the card's data is there, nothing is claimed about the job documents (the server checks anyway).
  const jobs = !request.jobDocumentKind || !jobsState ? undefined
    : jobsState.attached === 0 ? { missing: true as const } : jobsState.incomplete > 0 ? { incomplete: jobsState.incomplete } : undefined;
  return {
    ...(sop ? { sop } : {}),
    ...(jobs ? { jobs } : {}),
    fields: service.formFields.filter((f) => f.required && empty(request.formValues[f.key])).map((f) => f.label),
    contacts: (['contactName', 'contactPhone', 'contactEmail'] as const).filter((k) => empty(request[k])).map((k) => CONTACT_LABELS[k]),
    documents: service.requiredAttachments.filter((a) => a.required && !uploaded.has(a.key)).map((a) => a.label),
  };
}

export const isComplete = (o: Outstanding) => o.fields.length === 0 && o.contacts.length === 0 && o.documents.length === 0 && !o.sop && !o.jobs;
