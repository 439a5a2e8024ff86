import { Anchor, Button, FileInput, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addComment, commentFileUrl, commentsQuery } from '../../api/requests.ts';
import type { RequestComment, RequiredAttachment } from '../../api/types.ts';
import { FormError, notifySaved } from '../../components/forms.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { acceptOf, checkFile, COMMENT_FILES_MAX, commentFileRule, typesText } from './files.ts';
import { formatBytes, formatWibDateTime } from './format.ts';
import { UploadProgress } from './UploadProgress.tsx';
import { useRequestCache } from './useRequestCache.ts';
import { useUpload } from './useUpload.ts';

export const COMMENT_MAX = 5000;

function Comment({ requestId, comment }: { requestId: string; comment: RequestComment }) {
  const { lang, t } = useI18n();
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text fw={600} size="sm">
          {comment.author.name}
        </Text>
        <Text size="sm" c="dimmed" component="time" dateTime={comment.at}>
          {formatWibDateTime(comment.at, lang)}
        </Text>
      </Group>
      {comment.sopStep ? (
        <Text mt={4} size="sm" fw={600} data-sop-step={comment.sopStep.id} style={{ overflowWrap: 'anywhere' }}>
          {comment.sopStep.number !== null
            ? t('sop-review.comment.step', { n: comment.sopStep.number, description: comment.sopStep.description })
            : t('sop-review.comment.stepUnknown', { version: comment.sopStep.version })}
        </Text>
      ) : null}
      <Text mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {comment.body}
      </Text>
      {comment.files?.length ? (
        <List size="sm" mt="xs" spacing={2} aria-label={t('req.comments.filesOf', { name: comment.author.name })}>
          {comment.files.map((f) => (
            <List.Item key={f.id} icon={<IconPaperclip size={14} aria-hidden />}>
              <Anchor href={commentFileUrl(requestId, f.id)} download={f.fileName} style={{ overflowWrap: 'anywhere' }}>
                {f.fileName}
              </Anchor>{' '}
              <Text component="span" size="sm" c="dimmed">
                ({formatBytes(f.size, lang)})
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}

function CommentForm({ requestId, attachments }: { requestId: string; attachments: readonly RequiredAttachment[] }) {
  const { t } = useI18n();
  const rule = commentFileRule(attachments);
  const { refresh } = useRequestCache(requestId);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useUpload();

  const send = async () => {
    const text = body.trim();
    if (!text) return setProblem(t('validation.required'));
    if (text.length > COMMENT_MAX) return setProblem(t('req.form.maxChars', { max: COMMENT_MAX }));
    setProblem(null);
    if (fileProblem) return;
    const saved = await upload.run((onProgress) => addComment(requestId, text, files, { onProgress }));
    if (saved) {
      setBody('');
      setFiles([]);
      setFileProblem(null);
      refresh();
      notifySaved(t('req.comments.sent'));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Stack gap="xs">
        <FormError error={upload.error} />
        <Textarea
          label={t('req.comments.label')}
          required
          autosize
          minRows={3}
          maxRows={12}
          maxLength={COMMENT_MAX}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={problem}
        />
        <FileInput
          label={t('req.comments.files')}
          description={t('req.comments.filesHint', { max: COMMENT_FILES_MAX, types: typesText(rule.types), mb: rule.maxMb })}
          multiple
          clearable
          accept={acceptOf(rule.types)}
          value={files}
          onChange={(chosen) => {
            const problems = chosen.flatMap((f) => {
              const p = checkFile(f, rule);
              return p ? [`${f.name}: ${t(p.key, p.params)}`] : [];
            });
            if (chosen.length > COMMENT_FILES_MAX) problems.unshift(t('req.comments.tooManyFiles', { max: COMMENT_FILES_MAX }));
            setFileProblem(problems.length ? problems.join(' ') : null);
            setFiles(chosen);
          }}
          error={fileProblem}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          clearButtonProps={{ 'aria-label': t('req.comments.clearFiles') }}
        />
        {files.length > 0 ? <UploadProgress progress={upload.progress} error={null} label={t('req.comments.label')} /> : null}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={upload.uploading}>
            {t('req.comments.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The discussion between the unit and the bureau, oldest first, with files; writing while the request is open. */
export function CommentsPanel({ requestId, attachments }: { requestId: string; attachments: readonly RequiredAttachment[] }) {
  const { t } = useI18n();
  const comments = useQuery(commentsQuery(requestId));
  return (
    <Loaded query={comments}>
      {(data) => (
        <Stack gap="sm">
          {data.items.length === 0 ? (
            <Text c="dimmed">{t('req.comments.none')}</Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('req.comments.title')}>
              {data.items.map((c) => (
                <Comment key={c.id} requestId={requestId} comment={c} />
              ))}
            </Stack>
          )}
          {data.actions.includes('create') ? <CommentForm requestId={requestId} attachments={attachments} /> : <Text size="sm" c="dimmed">{t('req.comments.closed')}</Text>}
        </Stack>
      )}
    </Loaded>
  );
}
