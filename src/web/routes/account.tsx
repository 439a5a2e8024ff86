import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RoleBadges } from '../components/Badges.tsx';
import { Page } from '../components/Page.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { useT } from '../i18n/index.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} component="div">
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** `/akun`: the own profile. Changes to name, unit and roles are made by an administrator. */
export function AccountPage() {
  const t = useT();
  const user = useSessionUser();
  if (!user) return null;
  return (
    <Page title={t('account.title')} description={t('account.intro')}>
      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" component="dl" m={0}>
          <Item label={t('field.name')}>{user.name}</Item>
          <Item label={t('field.email')}>{user.email}</Item>
          <Item label={t('field.unit')}>
            {user.unitName} ({user.unitCode})
          </Item>
          <Item label={t('field.roles')}>
            <RoleBadges roles={user.roles} />
          </Item>
        </SimpleGrid>
      </Card>
      <Group>
        <Button component={Link} to="/akun/kata-sandi" leftSection={<IconKey size={18} aria-hidden />}>
          {t('nav.changePassword')}
        </Button>
      </Group>
    </Page>
  );
}
