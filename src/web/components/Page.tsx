import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

let firstPage = true;

/** Sets the browser tab's title: "<page> · <portal>". */
export function useDocumentTitle(title: string) {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

interface PageProps {
  /** The page's one h1, also its document title. */
  title: string;
  /** Document title when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  /** Buttons beside the heading (e.g. "Tambah"). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every page: one h1, the document title, and focus moved to the heading after a client-side page change so that
 * screen readers announce the new page.
 */
export function Page({ title, documentTitle, description, actions, children }: PageProps) {
  useDocumentTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, [title]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Box style={{ minWidth: 0, flex: '1 1 18rem' }}>
          <Title order={1} ref={heading} tabIndex={-1} data-focus-target className="page-title">
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" mt={4} component="div">
              {description}
            </Text>
          ) : null}
        </Box>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
}
