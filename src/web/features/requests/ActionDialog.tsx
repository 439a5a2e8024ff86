import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError, type FieldError } from '../../api/client.ts';
import { takeAction } from '../../api/requests.ts';
import type { RequestDetail } from '../../api/types.ts';
import { usersPageQuery } from '../../api/users.ts';
import { FormError, notifySaved } from '../../components/forms.tsx';
import { useT } from '../../i18n/index.tsx';
import { actionBody, actionHintKey, actionLabelKey, checkActionInput, dialogFor, REASON_MAX, type ActionProblems } from './actions.ts';
import { useRequestCache } from './useRequestCache.ts';

// White on Mantine's orange fails AA contrast: a warning confirms in the primary colour, a danger in dark red.
const TONE_COLOR = { primary: undefined, warning: undefined, danger: 'red.9' } as const;

interface ActionDialogProps {
  request: RequestDetail;
  action: string | null;
  onClose: () => void;
  /** A refused submission (400 REQUEST_INCOMPLETE): the page lists what is missing. */
  onIncomplete: (fields: FieldError[]) => void;
}

/** The verifikator to choose from: active users holding the role (the list is the administrator's, as is the action). */
function useVerifierOptions(enabled: boolean, current: RequestDetail['assignees']) {
  const users = useQuery({ ...usersPageQuery({ role: 'verifikator', pageSize: 200 }), enabled });
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.unitCode})` }));
  for (const a of current) if (!options.some((o) => o.value === a.id)) options.push({ value: a.id, label: a.name });
  return { options, loading: users.isLoading, error: users.error };
}

function ActionForm({ request, action, onClose, onIncomplete }: ActionDialogProps & { action: string }) {
  const t = useT();
  const spec = dialogFor(action);
  const { refresh, handleConflict } = useRequestCache(request.id);
  const [reason, setReason] = useState('');
  const [verifierIds, setVerifierIds] = useState<string[]>(() => request.assignees.map((a) => a.id));
  const [problems, setProblems] = useState<ActionProblems>({});
  const verifiers = useVerifierOptions(spec.verifiers, request.assignees);

  const mutation = useMutation({
    mutationFn: () => takeAction(request.id, action, actionBody(action, request.version, reason, verifierIds)),
    onSuccess: (updated) => {
      refresh(updated);
      notifySaved(t('req.actionDone', { action: t(actionLabelKey(action)) }));
      onClose();
    },
    onError: (error) => {
      if (handleConflict(error)) return onClose();
      if (isApiError(error) && error.code === 'REQUEST_INCOMPLETE') {
        onIncomplete(error.fields);
        onClose();
      }
    },
  });

  const serverProblem = (path: string) =>
    isApiError(mutation.error) ? mutation.error.fields.filter((f) => f.path === path || f.path.startsWith(`${path}.`)).map((f) => f.message).join(' ') || undefined : undefined;

  const submit = () => {
    const found = checkActionInput(action, reason, verifierIds);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"]')?.focus());
      return;
    }
    mutation.mutate();
  };

  const reasonLabel = spec.reason === 'required' ? t('req.dialog.reason') : t('req.dialog.note');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        <Text>{t(actionHintKey(action))}</Text>
        <FormError error={mutation.error} />
        {spec.verifiers ? (
          <MultiSelect
            label={t('req.dialog.verifiers')}
            description={t('req.dialog.verifiersHint')}
            required
            searchable
            data={verifiers.options}
            value={verifierIds}
            onChange={setVerifierIds}
            nothingFoundMessage={verifiers.loading ? t('state.loading') : t('req.dialog.noVerifiers')}
            error={problems.verifierIds ? t(problems.verifierIds) : serverProblem('verifierIds')}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Textarea
          label={reasonLabel}
          description={spec.reason === 'required' ? t('req.dialog.reasonHint') : t('field.optional')}
          required={spec.reason === 'required'}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems.reason ? t(problems.reason, { max: REASON_MAX }) : serverProblem('reason')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={TONE_COLOR[spec.tone]} loading={mutation.isPending}>
            {t(actionLabelKey(action))}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Asks what a move needs (a reason, the verifikator) and confirms it: every move is recorded for good. */
export function ActionDialog(props: ActionDialogProps) {
  const t = useT();
  const { action, onClose } = props;
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(actionLabelKey(action)) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {action ? <ActionForm key={`${action}:${props.request.version}`} {...props} action={action} /> : null}
    </Modal>
  );
}
