import { Anchor, Badge, Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck, IconFilePencil } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { recordNoChange, reviewAckKeys, reviewsQuery, startVersionFromReview, type Review, type ReviewState } from '../api/review-ack.ts';
import { sopKeys } from '../api/sops.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { FormError, notifySaved, useApiErrorHandler } from '../components/forms.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const STATE_COLOR: Record<ReviewState, string> = { ok: 'gray', due_soon: 'yellow', due_very_soon: 'orange', overdue: 'red', new_version: 'blue' };

/** `/tinjauan-sop`: the periodic reviews of the unit's SOPs in effect (every unit's for the bureau), soonest due first. */
export function SopReviewsPage() {
  const { t } = useI18n();
  const query = useQuery(reviewsQuery);
  return (
    <Page title={t('review-ack.reviews.title')} description={t('review-ack.reviews.intro')}>
      <Loaded query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('review-ack.reviews.empty')}</Text>
          ) : (
            <Stack gap="md">
              {data.items.map((r) => (
                <ReviewCard key={r.registryId} review={r} />
              ))}
            </Stack>
          )
        }
      </Loaded>
    </Page>
  );
}

function ReviewCard({ review: r }: { review: Review }) {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [noteOpen, setNoteOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const headingId = `review-${r.registryId}`;
  const days =
    r.state === 'new_version'
      ? t('review-ack.state.new_version', { version: r.newVersion?.version ?? '' })
      : r.daysLeft < 0
        ? t('review-ack.daysOverdue', { days: -r.daysLeft })
        : t('review-ack.daysLeft', { days: r.daysLeft });
  const newVersion = useMutation({
    mutationFn: () => startVersionFromReview(r.registryId),
    onSuccess: async (result) => {
      setConfirmOpen(false);
      notifySaved(t('review-ack.newVersion.done', { version: result.version }));
      void queryClient.invalidateQueries({ queryKey: reviewAckKeys.all });
      await queryClient.invalidateQueries({ queryKey: sopKeys.one(result.sopId) });
      await navigate({ to: '/sop/$id', params: { id: result.sopId } });
    },
    onError: (error) => {
      setConfirmOpen(false);
      handleError(error);
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-registry-id={r.registryId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              <Anchor inherit renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: r.sopId }} {...props} />}>
                {r.title}
              </Anchor>
            </Title>
            <Text size="sm">
              {r.number} · {r.unitLabel} · {t('review-ack.effectiveOn', { date: date(r.effectiveOn) })}
            </Text>
          </Stack>
          <Badge color={STATE_COLOR[r.state]} variant="light" size="lg" c="var(--mantine-color-text)" tt="none">
            {t(`review-ack.state.${r.state}` as MessageKey, { version: r.newVersion?.version ?? '' })}
          </Badge>
        </Group>
        <Text size="sm" fw={600}>
          {t('review-ack.dueOn', { date: date(r.dueOn) })} — {days}
        </Text>
        {r.actions.length ? (
          <Group gap="sm">
            {r.actions.includes('noChange') ? (
              <Button variant="light" leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setNoteOpen(true)}>
                {t('review-ack.noChange.button')}
              </Button>
            ) : null}
            {r.actions.includes('newVersion') ? (
              <Button variant="default" leftSection={<IconFilePencil size={18} aria-hidden />} onClick={() => setConfirmOpen(true)}>
                {t('review-ack.newVersion.button')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {r.decisions.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('review-ack.history')}
            </Text>
            <List size="sm">
              {r.decisions.map((d, i) => (
                <List.Item key={i}>
                  {d.outcome === 'no_change'
                    ? t('review-ack.history.noChange', { date: date(d.decidedAt), name: d.decidedBy.name, note: d.note, from: date(d.dueOnBefore), to: date(d.dueOnAfter) })
                    : t('review-ack.history.newVersion', { date: date(d.decidedAt), name: d.decidedBy.name, version: d.sopVersion ?? '' })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
      <NoChangeDialog review={r} opened={noteOpen} onClose={() => setNoteOpen(false)} />
      <ConfirmDialog
        opened={confirmOpen}
        title={t('review-ack.newVersion.button')}
        confirmLabel={t('review-ack.newVersion.button')}
        loading={newVersion.isPending}
        onConfirm={() => newVersion.mutate()}
        onClose={() => setConfirmOpen(false)}
      >
        {t('review-ack.newVersion.confirm', { title: r.title })}
      </ConfirmDialog>
    </Paper>
  );
}

function NoChangeDialog({ review, opened, onClose }: { review: Review; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => recordNoChange(review.registryId, note.trim(), review.reviewVersion),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewAckKeys.reviews });
      notifySaved(t('review-ack.noChange.done'));
      setNote('');
      onClose();
    },
    onError: (error) => handleError(error, { reload: [reviewAckKeys.reviews] }),
  });
  const submit = () => {
    if (!note.trim()) {
      setProblem(t('review-ack.noChange.noteRequired'));
      return;
    }
    setProblem(null);
    save.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('review-ack.noChange.button')} centered closeButtonProps={{ 'aria-label': t('action.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('review-ack.noChange.explain', { title: review.title })}</Text>
          <FormError error={save.error} />
          <Textarea
            label={t('review-ack.noChange.note')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={problem}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('review-ack.noChange.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
