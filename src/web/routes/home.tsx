import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLayoutDashboard, IconLogin, IconTable } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { organisationQuery } from '../api/organisation.ts';
import { Page } from '../components/Page.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { Catalogue } from '../features/catalogue/Catalogue.tsx';
import { useT } from '../i18n/index.tsx';

/** `/`: the portal's front page: who runs it, what it does, the catalogue, and the way in. */
export function HomePage() {
  const t = useT();
  const user = useSessionUser();
  const organisation = useQuery(organisationQuery);
  const org = organisation.data;
  const bureau = org?.bureauName || t('home.bureauFallback');
  const orgName = org?.name ?? '';

  return (
    <Page
      title={t('app.name')}
      documentTitle=""
      description={
        orgName ? (
          <>
            <Text component="span" fw={600} c="var(--mantine-color-text)" display="block">
              {orgName}
            </Text>
            {org?.bureauName ? <Text component="span" display="block">{org.bureauName}</Text> : null}
          </>
        ) : null
      }
    >
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg="blue.0">
        <Stack gap="sm" maw={760}>
          <Text>{t('home.p1', { bureau, org: orgName || t('home.orgFallback') })}</Text>
          <Text>{t('home.p2')}</Text>
          <Text>{t('home.p3')}</Text>
          <Group mt="xs">
            {user ? (
              <Button component={Link} to="/beranda" leftSection={<IconLayoutDashboard size={18} aria-hidden />}>
                {t('home.toDashboard')}
              </Button>
            ) : (
              <Button component={Link} to="/masuk" leftSection={<IconLogin size={18} aria-hidden />}>
                {t('home.signIn')}
              </Button>
            )}
            <Button component={Link} to="/bantuan" variant="default">
              {t('nav.help')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper component="section" aria-labelledby="home-monitoring" withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon variant="light" size={44} radius="md" visibleFrom="xs">
            <IconTable size={24} aria-hidden />
          </ThemeIcon>
          <Stack gap="xs" maw={760}>
            <Title order={2} id="home-monitoring">
              {t('monitoring.home.title')}
            </Title>
            <Text>{t('monitoring.home.text')}</Text>
            <Group>
              <Button component={Link} to="/pemantauan" variant="light" leftSection={<IconTable size={18} aria-hidden />}>
                {t('monitoring.home.open')}
              </Button>
            </Group>
          </Stack>
        </Group>
      </Paper>

      <Catalogue />
    </Page>
  );
}
