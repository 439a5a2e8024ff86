import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconGitCompare, IconMessagePlus, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { SopContent, SopStep } from '../../domain/sop/model.ts';
import { commentsQuery, requestQuery } from '../api/requests.ts';
import { addStepComment, requestSopQuery, type RequestSop } from '../api/request-sop.ts';
import { sopVersionQuery } from '../api/sops.ts';
import type { RequestComment, RequestDetail } from '../api/types.ts';
import { FormError, notifySaved } from '../components/forms.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { COMMENT_MAX } from '../features/requests/CommentsPanel.tsx';
import { formatWibDateTime } from '../features/requests/format.ts';
import { Section } from '../features/requests/Section.tsx';
import { useRequestCache } from '../features/requests/useRequestCache.ts';
import { SopDiffView } from '../features/sop/SopDiffView.tsx';
import { SopPreview } from '../features/sop/SopPreview.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/permohonan/$id/sop');

function StepCommentForm({ requestId, step, n, onDone }: { requestId: string; step: SopStep; n: number; onDone: () => void }) {
  const { t } = useI18n();
  const { refresh } = useRequestCache(requestId);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (text: string) => addStepComment(requestId, text, step.id),
    onSuccess: () => {
      refresh();
      notifySaved(t('sop-review.steps.sent'));
      onDone();
    },
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const text = body.trim();
        if (!text) return setProblem(t('validation.required'));
        if (text.length > COMMENT_MAX) return setProblem(t('req.form.maxChars', { max: COMMENT_MAX }));
        setProblem(null);
        send.mutate(text);
      }}
    >
      <Stack gap="xs">
        <FormError error={send.error} />
        <Textarea
          label={t('sop-review.steps.commentLabel', { n })}
          required
          autosize
          minRows={2}
          maxRows={8}
          maxLength={COMMENT_MAX}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={problem}
          data-autofocus
        />
        <Group gap="xs">
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={send.isPending}>
            {t('sop-review.steps.send')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('sop-review.card.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StepItem({ requestId, content, step, n, notes, mayComment, selected, onSelect }: {
  requestId: string;
  content: SopContent;
  step: SopStep;
  n: number;
  notes: RequestComment[];
  mayComment: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  const { lang, t } = useI18n();
  const [writing, setWriting] = useState(false);
  const actors = step.actorIds.map((id) => content.actors.find((a) => a.id === id)?.name ?? id).join(', ');
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-step={step.id} style={selected ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={3} size="h5">
              <Text component="button" type="button" onClick={onSelect} fw={700} inherit style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'start' }}>
                {t('sop-review.steps.step', { n })}: {step.description}
              </Text>
            </Title>
            <Text size="sm" c="dimmed">
              {t('sop-review.steps.actors', { names: actors })}
            </Text>
          </div>
          {mayComment && !writing ? (
            <Button size="xs" variant="light" leftSection={<IconMessagePlus size={14} aria-hidden />} onClick={() => setWriting(true)} aria-label={`${t('sop-review.steps.comment')}: ${t('sop-review.steps.step', { n })}`}>
              {t('sop-review.steps.comment')}
            </Button>
          ) : null}
        </Group>
        {writing ? <StepCommentForm requestId={requestId} step={step} n={n} onDone={() => setWriting(false)} /> : null}
        {notes.length ? (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={`${t('sop-review.steps.comments')} (${t('sop-review.steps.step', { n })})`}>
            {notes.map((c) => (
              <Paper component="li" key={c.id} bg="var(--mantine-color-gray-0)" p="xs" radius="sm">
                <Text size="sm">
                  <b>{c.author.name}</b> ·{' '}
                  <Text span size="sm" c="dimmed">
                    {formatWibDateTime(c.at, lang)}
                  </Text>
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {c.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Compare({ sopId, data }: { sopId: string; data: RequestSop }) {
  const { lang, t } = useI18n();
  const submitted = data.submissions.filter((s) => s.sopId === sopId);
  const versions = [...new Map(submitted.map((s) => [s.version, s])).values()].sort((a, b) => a.version - b.version);
  const [from, setFrom] = useState<string | null>(versions.length > 1 ? String(versions[versions.length - 2].version) : null);
  const [to, setTo] = useState<string | null>(versions.length > 1 ? String(versions[versions.length - 1].version) : null);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  if (versions.length < 2) return <Text c="dimmed">{t('sop-review.compare.needTwo')}</Text>;
  const options = versions.map((v) => ({ value: String(v.version), label: t('sop-review.compare.option', { version: v.version, date: formatWibDateTime(v.at, lang) }) }));
  const same = from !== null && from === to;
  return (
    <Stack gap="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to && !same) setShown({ from: Number(from), to: Number(to) });
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select label={t('sop-review.compare.from')} data={options} value={from} onChange={setFrom} allowDeselect={false} error={same ? t('sop-review.compare.same') : null} />
          <Select label={t('sop-review.compare.to')} data={options} value={to} onChange={setTo} allowDeselect={false} />
          <Button type="submit" leftSection={<IconGitCompare size={16} aria-hidden />} disabled={same}>
            {t('sop-review.compare.show')}
          </Button>
        </Group>
      </form>
      {shown ? <SopDiffView sopId={sopId} from={shown.from} to={shown.to} /> : null}
    </Stack>
  );
}

function Review({ request, data }: { request: RequestDetail; data: RequestSop }) {
  const { lang, t } = useI18n();
  const sop = data.sop!;
  const version = data.reviewVersion!;
  const submittedAt = [...data.submissions].reverse().find((s) => s.sopId === sop.id && s.version === version)?.at;
  const content = useQuery(sopVersionQuery(sop.id, version));
  const comments = useQuery(commentsQuery(request.id));
  const [selected, setSelected] = useState<string | null>(null);
  const mayComment = comments.data?.actions.includes('create') ?? false;
  return (
    <Stack gap="md">
      <Text>{t('sop-review.page.version', { version, date: submittedAt ? formatWibDateTime(submittedAt, lang) : '' })}</Text>
      <Loaded query={content}>
        {(v) => (
          <Stack gap="md">
            <Section title={t('sop-review.page.preview')}>
              <div style={{ overflowX: 'auto' }}>
                <SopPreview content={v.content} paper="A4" selectedStepId={selected} onSelectStep={setSelected} />
              </div>
            </Section>
            <Section title={t('sop-review.steps.title')} description={t('sop-review.steps.description')}>
              {!mayComment && comments.data ? <Text size="sm" c="dimmed">{t('sop-review.steps.closed')}</Text> : null}
              <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sop-review.steps.title')}>
                {v.content.steps.map((step, i) => (
                  <StepItem
                    key={step.id}
                    requestId={request.id}
                    content={v.content}
                    step={step}
                    n={i + 1}
                    notes={(comments.data?.items ?? []).filter((c) => c.sopStep?.id === step.id && c.sopStep.sopId === sop.id)}
                    mayComment={mayComment}
                    selected={selected === step.id}
                    onSelect={() => setSelected(step.id)}
                  />
                ))}
              </Stack>
            </Section>
          </Stack>
        )}
      </Loaded>
      <Section title={t('sop-review.compare.title')} description={t('sop-review.compare.description')}>
        <Compare sopId={sop.id} data={data} />
      </Section>
    </Stack>
  );
}

/** `/permohonan/$id/sop`: the SOP version submitted with the request, read-only, with notes per step and a comparison of submitted versions. */
export function RequestSopPage() {
  const { id } = route.useParams();
  const { t } = useI18n();
  const request = useQuery(requestQuery(id));
  const sop = useQuery(requestSopQuery(id));
  return (
    <Loaded query={request} page>
      {(r) => (
        <Page
          title={t('sop-review.page.title', { title: r.sop?.title ?? r.title })}
          documentTitle={t('sop-review.page.documentTitle', { title: r.title })}
          description={`${r.title} · ${r.unitName}`}
          actions={
            <Button renderRoot={(props) => <Link to="/permohonan/$id" params={{ id }} {...props} />} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              {t('sop-review.page.back')}
            </Button>
          }
        >
          <Loaded query={sop}>
            {(data) =>
              !data.sop ? (
                <Alert color="blue" variant="light">{t('sop-review.page.noSop')}</Alert>
              ) : data.reviewVersion === null ? (
                <Alert color="blue" variant="light">{t('sop-review.page.notSubmitted')}</Alert>
              ) : (
                <Review request={r} data={data} />
              )
            }
          </Loaded>
        </Page>
      )}
    </Loaded>
  );
}
