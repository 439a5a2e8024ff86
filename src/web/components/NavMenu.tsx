import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuilding,
  IconBuildingCommunity,
  IconHelp,
  IconHome,
  IconLayoutDashboard,
  IconListDetails,
  IconLogin,
  IconSettings,
  IconSitemap,
  IconUser,
  IconUsers,
  IconUsersGroup,
  IconBriefcase,
  IconCalendarOff,
  IconChartBar,
  IconMail,
  IconNumbers,
  IconFileDescription,
  IconTable,
  IconBook,
  IconHierarchy2,
  IconDatabase,
  IconSchema,
  IconBookmarks,
  IconCalendarRepeat,
  IconChecklist,
  IconClipboardCheck,
} from '@tabler/icons-react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import type { SessionUser } from '../api/types.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';

interface Item {
  to: string;
  label: MessageKey;
  icon: ReactNode;
  /** Active also on the pages below it. */
  prefix?: boolean;
}

const icon = (Icon: typeof IconHome) => <Icon size={18} stroke={1.6} aria-hidden />;

/** The menu fits the session's roles; each page and action is still decided by the server. */
export function menuFor(user: SessionUser | null): { main: Item[]; admin: Item[] } {
  if (!user) {
    return {
      main: [
        { to: '/', label: 'nav.home', icon: icon(IconHome) },
        { to: '/layanan', label: 'nav.services', icon: icon(IconListDetails), prefix: true },
        { to: '/pemantauan', label: 'nav.monitoring', icon: icon(IconTable), prefix: true },
        { to: '/daftar-sop', label: 'registry.nav', icon: icon(IconBook), prefix: true },
        { to: '/bantuan', label: 'nav.help', icon: icon(IconHelp) },
        { to: '/masuk', label: 'nav.signIn', icon: icon(IconLogin) },
      ],
      admin: [],
    };
  }
  const roles = user.roles;
  const main: Item[] = [
    { to: '/beranda', label: 'nav.dashboard', icon: icon(IconLayoutDashboard) },
    { to: '/permohonan', label: 'nav.requests', icon: icon(IconFileDescription), prefix: true },
    { to: '/sop', label: 'sop-docs.nav', icon: icon(IconSchema), prefix: true },
    { to: '/pemantauan', label: 'nav.monitoring', icon: icon(IconTable), prefix: true },
    { to: '/daftar-sop', label: 'registry.nav', icon: icon(IconBook), prefix: true },
    { to: '/monev', label: 'monev.nav', icon: icon(IconClipboardCheck), prefix: true },
    { to: '/layanan', label: 'nav.services', icon: icon(IconListDetails), prefix: true },
    { to: '/jabatan', label: 'jobs.nav', icon: icon(IconHierarchy2), prefix: true },
    { to: '/perlu-dibaca', label: 'review-ack.nav.toRead', icon: icon(IconBookmarks) },
  ];
  // Periodic review: the units' own SOPs, every unit's for the bureau; acknowledgement progress for the bureau.
  main.push({ to: '/tinjauan-sop', label: 'review-ack.nav.reviews', icon: icon(IconCalendarRepeat) });
  if (roles.some((r) => r === 'administrator' || r === 'verifikator' || r === 'kepala_biro')) {
    main.push({ to: '/tanda-baca-sop', label: 'review-ack.nav.overview', icon: icon(IconChecklist), prefix: true });
  }
  if (roles.some((r) => r === 'administrator' || r === 'verifikator' || r === 'kepala_biro')) {
    main.splice(1, 0, { to: '/dasbor', label: 'nav.bureauDashboard', icon: icon(IconChartBar) });
  }
  if (roles.includes('pimpinan_unit')) main.push({ to: '/unit-saya', label: 'nav.myUnit', icon: icon(IconUsersGroup) });
  main.push({ to: '/akun', label: 'nav.account', icon: icon(IconUser), prefix: true });
  main.push({ to: '/bantuan', label: 'nav.help', icon: icon(IconHelp) });
  const admin: Item[] = roles.includes('administrator')
    ? [
        { to: '/admin/pengguna', label: 'nav.admin.users', icon: icon(IconUsers) },
        { to: '/admin/unit', label: 'nav.admin.units', icon: icon(IconSitemap) },
        { to: '/admin/jabatan', label: 'nav.admin.positions', icon: icon(IconBriefcase) },
        { to: '/admin/layanan', label: 'nav.admin.services', icon: icon(IconSettings), prefix: true },
        { to: '/admin/organisasi', label: 'nav.admin.organisation', icon: icon(IconBuildingCommunity) },
        { to: '/admin/hari-libur', label: 'nav.admin.holidays', icon: icon(IconCalendarOff) },
        { to: '/admin/penomoran', label: 'nav.admin.numbering', icon: icon(IconNumbers) },
        { to: '/admin/kotak-keluar', label: 'nav.admin.outbox', icon: icon(IconMail) },
        { to: '/admin/data-induk-jabatan', label: 'jobs.nav.master', icon: icon(IconDatabase) },
      ]
    : [];
  return { main, admin };
}

function isActive(pathname: string, item: Item): boolean {
  if (pathname === item.to) return true;
  return !!item.prefix && pathname.startsWith(`${item.to}/`);
}

function NavList({ items, pathname, onNavigate }: { items: Item[]; pathname: string; onNavigate: () => void }) {
  const t = useT();
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const active = isActive(pathname, item);
        return (
          <li key={item.to}>
            <NavLink
              label={t(item.label)}
              leftSection={item.icon}
              active={active}
              variant="light"
              onClick={onNavigate}
              renderRoot={(props) => <Link to={item.to} {...props} aria-current={active ? 'page' : undefined} />}
            />
          </li>
        );
      })}
    </Stack>
  );
}

export function NavMenu({ user, onNavigate }: { user: SessionUser | null; onNavigate: () => void }) {
  const t = useT();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { main, admin } = menuFor(user);
  const adminLabel = useId();
  return (
    <Stack gap="md">
      <NavList items={main} pathname={pathname} onNavigate={onNavigate} />
      {admin.length > 0 ? (
        <div role="group" aria-labelledby={adminLabel}>
          <Text id={adminLabel} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4}>
            <IconBuilding size={14} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
            {t('nav.admin')}
          </Text>
          <NavList items={admin} pathname={pathname} onNavigate={onNavigate} />
        </div>
      ) : null}
    </Stack>
  );
}
