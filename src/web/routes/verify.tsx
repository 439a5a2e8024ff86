import { Button, FileInput, Group, Paper, SimpleGrid, Stack, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconFileUpload, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { verifyCodeQuery, verifyFile, verifyNumberQuery, type VerifyResult } from '../api/registry.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Page } from '../components/Page.tsx';
import { PageLoader } from '../components/PageLoader.tsx';
import { VerifyVerdict } from '../features/registry/VerifyResult.tsx';
import { useT } from '../i18n/index.tsx';

const listRoute = getRouteApi('/verifikasi');
const codeRoute = getRouteApi('/verifikasi/$code');

/** `/verifikasi?nomor=…`: check a number, or upload a PDF. */
export function VerifyPage() {
  const { nomor } = listRoute.useSearch();
  return <Verify number={nomor} />;
}

/** `/verifikasi/$code`: where a printed SOP's QR code leads. */
export function VerifyCodePage() {
  const { code } = codeRoute.useParams();
  return <Verify code={code} />;
}

function Verify({ number, code }: { number?: string; code?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const numberId = useId();
  const fileId = useId();
  const resultId = useId();
  const [numberText, setNumberText] = useState(number ?? '');
  const [numberError, setNumberError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  useEffect(() => setNumberText(number ?? ''), [number]);

  const byCode = useQuery({ ...verifyCodeQuery(code ?? ''), enabled: !!code });
  const byNumber = useQuery({ ...verifyNumberQuery(number ?? ''), enabled: !!number && !code });
  const upload = useMutation({ mutationFn: verifyFile });

  const lookup = code ? byCode : number ? byNumber : null;
  let result: { data: VerifyResult; source: 'number' | 'file' } | null = null;
  if (upload.data) result = { data: upload.data, source: 'file' };
  else if (lookup?.data) result = { data: lookup.data, source: 'number' };

  const submitNumber = (ev: FormEvent) => {
    ev.preventDefault();
    const value = numberText.trim();
    if (!value) {
      setNumberError(t('registry.verify.numberRequired'));
      return;
    }
    setNumberError(null);
    upload.reset();
    void navigate({ to: '/verifikasi', search: { nomor: value } });
  };
  const submitFile = (ev: FormEvent) => {
    ev.preventDefault();
    if (!file) {
      setFileError(t('registry.verify.fileRequired'));
      return;
    }
    setFileError(null);
    upload.mutate(file);
  };

  return (
    <Page title={t('registry.verify.title')} description={t('registry.verify.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby={numberId}>
          <form onSubmit={submitNumber} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h3" id={numberId}>
                {t('registry.verify.byNumber')}
              </Title>
              <TextInput
                label={t('registry.verify.number')}
                description={t('registry.verify.numberHint')}
                value={numberText}
                onChange={(e) => setNumberText(e.currentTarget.value)}
                error={numberError}
                autoComplete="off"
              />
              <Group>
                <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />}>
                  {t('registry.verify.check')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby={fileId}>
          <form onSubmit={submitFile} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h3" id={fileId}>
                {t('registry.verify.byFile')}
              </Title>
              <FileInput
                label={t('registry.verify.file')}
                description={t('registry.verify.fileHint')}
                accept="application/pdf,.pdf"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  upload.reset();
                }}
                error={fileError ?? (upload.error && 'fields' in upload.error ? (upload.error as { fields: { message: string }[] }).fields[0]?.message : null)}
                clearable
                clearButtonProps={{ 'aria-label': t('registry.verify.clearFile') }}
              />
              <Group>
                <Button type="submit" loading={upload.isPending} leftSection={<IconFileUpload size={18} aria-hidden />}>
                  {t('registry.verify.checkFile')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </SimpleGrid>
      <section aria-labelledby={resultId} aria-live="polite">
        <VisuallyHidden>
          <Title order={2} id={resultId}>
            {t('registry.verify.result')}
          </Title>
        </VisuallyHidden>
        {upload.isPending || lookup?.isFetching ? <PageLoader /> : null}
        {lookup?.isError ? <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} /> : null}
        {upload.isError && !(upload.error && 'fields' in upload.error && (upload.error as { fields: unknown[] }).fields.length) ? <ErrorAlert error={upload.error} /> : null}
        {result ? <VerifyVerdict result={result.data} source={result.source} /> : null}
      </section>
    </Page>
  );
}
