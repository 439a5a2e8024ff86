import { Badge, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconPaperclip, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import type { RequiredAttachment } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { acceptOf, typesText } from './files.ts';
import { formatBytes } from './format.ts';
import { UploadProgress } from './UploadProgress.tsx';

export interface PickedFile {
  file: File | null;
  /** The browser's check of type and size, or the server's refusal, in words. */
  problem: string | null;
  progress: number | null;
  uploaded: boolean;
}

export const NO_FILE: PickedFile = { file: null, problem: null, progress: null, uploaded: false };

/** Chooses the file of one attachment before the draft exists; it is sent once the draft is saved. */
export function AttachmentPicker({ spec, value, disabled, onPick }: { spec: RequiredAttachment; value: PickedFile; disabled: boolean; onPick: (file: File | null) => void }) {
  const { lang, t } = useI18n();
  const reset = useRef<() => void>(null);
  const problemId = `attachment-${spec.key}-problem`;
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={spec.label}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text fw={600}>{spec.label}</Text>
          <Badge size="sm" variant="light" color={spec.required ? 'red' : 'gray'} c="var(--mantine-color-text)" tt="none">
            {spec.required ? t('req.form.requiredToSubmit') : t('field.optional')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('service.attachmentRule', { types: typesText(spec.types), mb: spec.maxMb })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <FileButton
            onChange={(f) => {
              reset.current?.();
              if (f) onPick(f);
            }}
            accept={acceptOf(spec.types)}
            resetRef={reset}
            disabled={disabled}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="sm"
                leftSection={<IconPaperclip size={16} aria-hidden />}
                aria-label={`${t(value.file ? 'req.upload.replace' : 'req.upload.choose')}: ${spec.label}`}
                aria-describedby={value.problem ? problemId : undefined}
              >
                {t(value.file ? 'req.upload.replace' : 'req.upload.choose')}
              </Button>
            )}
          </FileButton>
          {value.file ? (
            <>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {value.uploaded ? <IconCheck size={14} aria-hidden color="var(--mantine-color-teal-9)" /> : null} {value.file.name} ({formatBytes(value.file.size, lang)})
                {value.uploaded ? ` — ${t('req.upload.sent')}` : ''}
              </Text>
              {!disabled ? (
                <Button variant="default" size="compact-sm" leftSection={<IconX size={14} aria-hidden />} onClick={() => onPick(null)} aria-label={`${t('req.upload.remove')}: ${spec.label}`}>
                  {t('req.upload.remove')}
                </Button>
              ) : null}
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('req.upload.noneChosen')}
            </Text>
          )}
        </Group>
        <div id={problemId}>
          <UploadProgress progress={value.progress} error={value.problem} label={spec.label} />
        </div>
      </Stack>
    </Paper>
  );
}
