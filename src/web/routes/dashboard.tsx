import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconChartBar,
  IconFileDescription,
  IconHelp,
  IconListDetails,
  IconSettings,
  IconSitemap,
  IconTable,
  IconUser,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import type { SessionUser } from '../api/types.ts';
import { RoleBadges } from '../components/Badges.tsx';
import { Page } from '../components/Page.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { ReviewsDueCard } from '../features/review-ack/ReviewsDueCard.tsx';
import { ToReadCard } from '../features/review-ack/ToReadCard.tsx';
import { useT, type MessageKey } from '../i18n/index.tsx';

interface Shortcut {
  to: string;
  title: MessageKey;
  text: MessageKey;
  icon: ReactNode;
}

const ic = (Icon: typeof IconUser) => <Icon size={22} aria-hidden />;

/** The shortcuts fit the roles (a menu: the server still decides every action). */
function shortcutsFor(user: SessionUser): Shortcut[] {
  const list: Shortcut[] = [
    { to: '/permohonan', title: 'nav.requests', text: 'req.shortcut.requests', icon: ic(IconFileDescription) },
    { to: '/pemantauan', title: 'nav.monitoring', text: 'req.shortcut.monitoring', icon: ic(IconTable) },
  ];
  if (user.roles.some((r) => r === 'administrator' || r === 'verifikator' || r === 'kepala_biro')) {
    list.push({ to: '/dasbor', title: 'nav.bureauDashboard', text: 'req.shortcut.bureau', icon: ic(IconChartBar) });
  }
  list.push({ to: '/layanan', title: 'nav.services', text: 'dashboard.sc.services', icon: ic(IconListDetails) });
  if (user.roles.includes('pimpinan_unit')) list.push({ to: '/unit-saya', title: 'nav.myUnit', text: 'dashboard.sc.myUnit', icon: ic(IconUsersGroup) });
  if (user.roles.includes('administrator')) {
    list.push(
      { to: '/admin/pengguna', title: 'nav.admin.users', text: 'dashboard.sc.users', icon: ic(IconUsers) },
      { to: '/admin/unit', title: 'nav.admin.units', text: 'dashboard.sc.units', icon: ic(IconSitemap) },
      { to: '/admin/jabatan', title: 'nav.admin.positions', text: 'dashboard.sc.positions', icon: ic(IconBriefcase) },
      { to: '/admin/layanan', title: 'nav.admin.services', text: 'dashboard.sc.catalogue', icon: ic(IconSettings) },
      { to: '/admin/organisasi', title: 'nav.admin.organisation', text: 'dashboard.sc.organisation', icon: ic(IconBuildingCommunity) },
    );
  }
  list.push(
    { to: '/akun', title: 'nav.account', text: 'dashboard.sc.account', icon: ic(IconUser) },
    { to: '/bantuan', title: 'nav.help', text: 'dashboard.sc.help', icon: ic(IconHelp) },
  );
  return list;
}

function ShortcutCard({ item }: { item: Shortcut }) {
  const t = useT();
  return (
    <Card withBorder radius="md" padding="md" component={Link} to={item.to} className="service-card">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" size={40} radius="md">
          {item.icon}
        </ThemeIcon>
        <div>
          <Text fw={700} c="blue.9">
            {t(item.title)}
          </Text>
          <Text size="sm" c="dimmed">
            {t(item.text)}
          </Text>
        </div>
      </Group>
    </Card>
  );
}

/** `/beranda`: greeting, the user's unit and roles, and shortcuts. */
export function DashboardPage() {
  const t = useT();
  const user = useSessionUser();
  const shortcutsId = useId();
  if (!user) return null;
  return (
    <Page title={t('dashboard.greeting', { name: user.name })} documentTitle={t('nav.dashboard')}>
      <Card withBorder radius="md" padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('field.unit')}
            </Text>
            <Text fw={600}>
              {user.unitName} ({user.unitCode})
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('field.roles')}
            </Text>
            <RoleBadges roles={user.roles} />
          </Stack>
        </SimpleGrid>
      </Card>

      <ToReadCard />
      <ReviewsDueCard />

      <Stack component="section" aria-labelledby={shortcutsId} gap="sm">
        <Title order={2} id={shortcutsId}>
          {t('dashboard.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {shortcutsFor(user).map((item) => (
            <ShortcutCard key={item.to} item={item} />
          ))}
        </SimpleGrid>
      </Stack>
    </Page>
  );
}
