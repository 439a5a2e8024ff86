import { Alert, Button, Group } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/index.tsx';
import { Page } from './Page.tsx';

/** Reached by URL without the role the page needs. */
export function ForbiddenPage() {
  const t = useT();
  return (
    <Page title={t('forbidden.title')}>
      <Alert role="note" color="orange" variant="light" icon={<IconLock aria-hidden />}>
        {t('forbidden.text')}
      </Alert>
      <Group>
        <Button component={Link} to="/beranda">
          {t('forbidden.back')}
        </Button>
      </Group>
    </Page>
  );
}
