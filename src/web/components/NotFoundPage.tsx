import { Button, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/index.tsx';
import { Page } from './Page.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <Text>{t('notFound.text')}</Text>
      <Group>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
        <Button component={Link} to="/layanan" variant="default">
          {t('nav.services')}
        </Button>
      </Group>
    </Page>
  );
}
