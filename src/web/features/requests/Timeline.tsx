import { Anchor, Badge, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconFileText, IconFileUpload, IconMessage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { commentFileUrl, documentUrl, timelineQuery } from '../../api/requests.ts';
import type { Person, RequestPosition, RequestState, TimelineEntry } from '../../api/types.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { didKey } from './actions.ts';
import { formatWibDateTime } from './format.ts';
import { stagePhrase, STATES, stateKey } from './labels.ts';
import { actorName, assignedNames, documentNumberOf, newestFirst } from './timeline.ts';

function PositionText({ position }: { position: RequestPosition }) {
  const { lang, t } = useI18n();
  const state = (STATES as readonly string[]).includes(position.state) ? (position.state as RequestState) : null;
  if (!state) return <>{position.state}</>;
  const phrase = stagePhrase(state, position.stage, lang);
  return <>{`${t(stateKey(state))} · ${t(phrase.key, phrase.params)}`}</>;
}

function Entry({ requestId, entry, assignees }: { requestId: string; entry: TimelineEntry; assignees: readonly Person[] }) {
  const { lang, t } = useI18n();
  const who = actorName(entry.actor, t('req.timeline.system'));
  const when = (
    <Text size="sm" c="dimmed" component="time" dateTime={entry.at}>
      {formatWibDateTime(entry.at, lang)}
    </Text>
  );
  if (entry.kind === 'transition') {
    const moved = entry.from.state !== entry.to.state || entry.from.stage !== entry.to.stage;
    const names = entry.action === 'assign' ? assignedNames(entry.data, assignees) : [];
    const number = documentNumberOf(entry.data);
    return (
      <Stack gap={2}>
        <Text fw={600}>
          <IconArrowRight size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
          {t(didKey(entry.action), { who })}
        </Text>
        {when}
        {moved ? (
          <Text size="sm">
            {t('req.timeline.from')} <PositionText position={entry.from} /> → {t('req.timeline.to')} <PositionText position={entry.to} />
          </Text>
        ) : null}
        {names.length ? <Text size="sm">{t('req.timeline.assigned', { names: names.join(', ') })}</Text> : null}
        {number ? <Text size="sm">{t('req.timeline.number', { number })}</Text> : null}
        {entry.reason ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            <b>{t('req.timeline.reason')}:</b> {entry.reason}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (entry.kind === 'comment') {
    return (
      <Stack gap={2}>
        <Text fw={600}>
          <IconMessage size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
          {t('req.timeline.commented', { who })}
        </Text>
        {when}
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} lineClamp={6}>
          {entry.body}
        </Text>
        {entry.files?.length ? (
          <Text size="sm">
            {t('req.timeline.files')}{' '}
            {entry.files.map((f, i) => (
              <span key={f.id}>
                {i > 0 ? ', ' : ''}
                <Anchor href={commentFileUrl(requestId, f.id)} download={f.fileName} style={{ overflowWrap: 'anywhere' }}>
                  {f.fileName}
                </Anchor>
              </span>
            ))}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (entry.kind === 'sop') {
    return (
      <Stack gap={2}>
        <Text fw={600}>
          <IconFileText size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
          {t(entry.event === 'linked' ? 'sop-review.timeline.linked' : 'sop-review.timeline.submitted', { who, title: entry.sop.title, version: entry.version })}
        </Text>
        {when}
      </Stack>
    );
  }
  if (entry.kind === 'job_document') {
    const params = { who, kind: t(`jobs.kind.${entry.document.kind}`), position: entry.document.positionName, version: entry.version };
    return (
      <Stack gap={2}>
        <Text fw={600}>
          <IconFileText size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
          {t(`request-jobs.timeline.${entry.event}`, params)}
        </Text>
        {when}
      </Stack>
    );
  }
  const doc = entry.document;
  return (
    <Stack gap={2}>
      <Text fw={600}>
        <IconFileUpload size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
        {t('req.timeline.uploaded', { who, label: doc.label, version: doc.version })}
      </Text>
      {when}
      <Text size="sm">
        <Anchor href={documentUrl(requestId, doc.id)} download={doc.fileName} style={{ overflowWrap: 'anywhere' }}>
          {doc.fileName}
        </Anchor>{' '}
        {doc.revisi > 0 ? (
          <Badge size="sm" variant="light" c="var(--mantine-color-text)" tt="none">
            {t('req.revisiN', { n: doc.revisi })}
          </Badge>
        ) : null}
      </Text>
    </Stack>
  );
}

/** Linimasa: every move, note and document version, newest first, with who, when, from where to where and why. */
export function Timeline({ requestId, assignees }: { requestId: string; assignees: readonly Person[] }) {
  const { t } = useI18n();
  const timeline = useQuery(timelineQuery(requestId));
  return (
    <Loaded query={timeline}>
      {(data) =>
        data.items.length === 0 ? (
          <Text c="dimmed">{t('req.timeline.none')}</Text>
        ) : (
          <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('req.timeline.order')}
          </Text>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('req.timeline.title')}>
            {newestFirst(data.items).map((entry, i) => (
              <Paper component="li" key={`${entry.kind}:${entry.at}:${i}`} withBorder radius="md" p="sm" style={{ borderInlineStartWidth: 4 }}>
                <Entry requestId={requestId} entry={entry} assignees={assignees} />
              </Paper>
            ))}
          </Stack>
          </Stack>
        )
      }
    </Loaded>
  );
}
