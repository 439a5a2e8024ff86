import { AppShell, Box, Burger, Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { organisationQuery } from '../api/organisation.ts';
import { useSessionUser } from '../features/auth/session.ts';
import { useT } from '../i18n/index.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavMenu } from './NavMenu.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Header (portal name, language, notifications, user), the role-fitted menu (behind a burger on small screens), and the page. */
export function Shell() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const user = useSessionUser();
  const organisation = useQuery(organisationQuery);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // Below the `sm` breakpoint the closed menu slides off-screen: keep its links out of the tab order too.
  const narrow = useMediaQuery('(max-width: 47.99em)') ?? false;
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && opened) {
      close();
      document.querySelector<HTMLElement>('[aria-controls="main-nav"]')?.focus();
    }
  });

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          const main = document.getElementById('main-content');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('shell.skip')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 6, xs: 'sm' }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
                aria-expanded={opened}
                aria-controls="main-nav"
              />
              <Link to="/" className="header-title">
                <Text component="span" fw={700} fz={{ base: 'sm', sm: 'md' }} display="block" lh={1.2}>
                  {t('app.name')}
                </Text>
                {organisation.data?.shortName ? (
                  <Text component="span" fz={{ base: 11, sm: 'xs' }} c="dimmed" display="block" truncate lh={1.3}>
                    {organisation.data.shortName}
                  </Text>
                ) : null}
              </Link>
            </Group>
            <Group gap={6} wrap="nowrap">
              <LanguageSwitch />
              {user ? (
                <Group gap={2} wrap="nowrap">
                  <NotificationBell />
                  <UserMenu user={user} />
                </Group>
              ) : pathname !== '/masuk' ? (
                <Button component={Link} to="/masuk" size="xs" visibleFrom="sm">
                  {t('nav.signIn')}
                </Button>
              ) : null}
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" id="main-nav" component="nav" aria-label={t('shell.nav')} inert={narrow && !opened}>
          {/* The bureau's menu is longer than a laptop screen is high: it scrolls on its own. */}
          <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars>
            <NavMenu user={user} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" tabIndex={-1}>
          <Stack maw={1200} mx="auto" gap="xl" pb="xl">
            <Outlet />
          </Stack>
          {organisation.data ? (
            <Box component="footer" maw={1200} mx="auto" pt="md" pb="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" fw={600}>
                {organisation.data.bureauName}
              </Text>
              <Text size="sm" c="dimmed">
                {organisation.data.name}
              </Text>
              {organisation.data.address ? (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {organisation.data.address}
                </Text>
              ) : null}
            </Box>
          ) : null}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
