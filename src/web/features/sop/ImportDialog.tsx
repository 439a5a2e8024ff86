import { Alert, Anchor, Button, FileInput, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { importSopTemplate, SOP_TEMPLATE_URL, sopKeys, type Sop } from '../../api/sops.ts';
import { errorText } from '../../components/errors.ts';
import { useT } from '../../i18n/index.tsx';
import { cellName, importProblems, isXlsxName } from './importProblems.ts';

interface ImportDialogProps {
  opened: boolean;
  onClose: () => void;
  target: { unitId: string } | { sopId: string; version: number };
  onImported: (sop: Sop) => void;
}

/**
 * Uploads a filled template: a new SOP of a unit, or a new version of an SOP. The server takes all or nothing; a
 * refused file comes back with every problem by sheet and cell, shown as a table to fix the spreadsheet by.
 */
export function ImportDialog({ opened, onClose, target, onImported }: ImportDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const upload = useMutation({
    mutationFn: (chosen: File) => importSopTemplate(chosen, target, { onProgress: (f) => setProgress(f) }),
    onSuccess: (sop) => {
      void queryClient.invalidateQueries({ queryKey: sopKeys.all });
      notifications.show({ color: 'green', message: t('sop-docs.import.done', { title: sop.title }) });
      reset();
      onImported(sop);
    },
    onSettled: () => setProgress(null),
  });

  const reset = () => {
    setFile(null);
    setFileError(null);
    setProgress(null);
    upload.reset();
  };
  const close = () => {
    if (upload.isPending) return;
    reset();
    onClose();
  };

  const choose = (chosen: File | null) => {
    upload.reset();
    setFile(chosen);
    setFileError(chosen && !isXlsxName(chosen.name) ? t('sop-docs.import.notXlsx') : null);
  };
  const submit = () => {
    if (!file) return setFileError(t('sop-docs.import.required'));
    if (!isXlsxName(file.name)) return setFileError(t('sop-docs.import.notXlsx'));
    upload.mutate(file);
  };

  const problems = importProblems(upload.error);
  const percent = progress === null ? null : Math.round(progress * 100);

  return (
    <Modal opened={opened} onClose={close} title={t('sop-docs.import.title')} size="xl" closeOnClickOutside={!upload.isPending} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">{'unitId' in target ? t('sop-docs.import.intro') : t('sop-docs.import.introVersion')}</Text>
          <Anchor href={SOP_TEMPLATE_URL} download size="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden />
              {t('sop-docs.import.template')}
            </Group>
          </Anchor>
          <FileInput
            label={t('sop-docs.import.file')}
            placeholder={t('sop-docs.import.filePlaceholder')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={file}
            onChange={choose}
            error={fileError}
            clearable
            clearButtonProps={{ 'aria-label': t('sop-docs.import.clearFile') }}
            disabled={upload.isPending}
            withAsterisk
          />
          {upload.isPending ? (
            <Stack gap={4}>
              <Text size="sm" aria-live="polite">
                {percent !== null && percent < 100 ? t('sop-docs.import.progress', { percent }) : t('sop-docs.import.checking')}
              </Text>
              <Progress value={percent ?? 100} animated={percent === null || percent >= 100} aria-label={t('sop-docs.import.progress', { percent: percent ?? 100 })} />
            </Stack>
          ) : null}
          {upload.isError ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title={problems.length > 0 ? t('sop-docs.import.refused') : undefined}>
              {problems.length > 0 ? (
                <Table.ScrollContainer minWidth={480} mah={320}>
                  <Table striped withTableBorder data-testid="import-problems">
                    <Table.Caption>{t('sop-docs.import.problemsCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('sop-docs.import.col.sheet')}</Table.Th>
                        <Table.Th scope="col">{t('sop-docs.import.col.cell')}</Table.Th>
                        <Table.Th scope="col">{t('sop-docs.import.col.reason')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {problems.map((p, i) => (
                        <Table.Tr key={`${p.cell}-${i}`}>
                          <Table.Td>{p.sheet || '—'}</Table.Td>
                          <Table.Td>{cellName(p.cell) || '—'}</Table.Td>
                          <Table.Td>{p.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                errorText(upload.error, t)
              )}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={upload.isPending}>
              {t('sop-docs.import.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t('sop-docs.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
