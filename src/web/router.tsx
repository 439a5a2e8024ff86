import type { QueryClient } from '@tanstack/react-query';
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { sessionQuery } from './api/auth.ts';
import type { Session } from './api/types.ts';
import { Shell } from './components/Shell.tsx';
import { RequireRole } from './components/RequireRole.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { RouteError } from './components/RouteError.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { parseDashboardSearch, parseMonitoringSearch } from './features/monitoring/search.ts';
import { parseRegistrySearch } from './features/registry/search.ts';
import { parseMonevReportSearch } from './features/monev/reports/search.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The session, fetched once and cached; a server that does not answer counts as signed out. */
async function loadSession(queryClient: QueryClient): Promise<Session | null> {
  try {
    return await queryClient.ensureQueryData(sessionQuery);
  } catch {
    return null;
  }
}

const nextSearch = (search: Record<string, unknown>): { next?: string } =>
  typeof search.next === 'string' && search.next ? { next: search.next } : {};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Shell,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
  beforeLoad: async ({ context }) => {
    await loadSession(context.queryClient);
  },
});

const page = <T extends Record<string, unknown>>(importer: () => Promise<T>, name: keyof T & string) =>
  lazyRouteComponent(importer, name as never);

// Public pages
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: page(() => import('./routes/home.tsx'), 'HomePage'),
});
const servicesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/layanan',
  component: page(() => import('./routes/services.tsx'), 'ServicesPage'),
});
const serviceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/layanan/$code',
  validateSearch: (search: Record<string, unknown>): { daftar?: 1 } =>
    search.daftar === 1 || search.daftar === '1' ? { daftar: 1 } : {},
  component: page(() => import('./routes/service.tsx'), 'ServicePage'),
});
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: nextSearch,
  component: page(() => import('./routes/sign-in.tsx'), 'SignInPage'),
});
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lupa-sandi',
  component: page(() => import('./routes/forgot-password.tsx'), 'ForgotPasswordPage'),
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atur-ulang-sandi',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search.token === 'string' && search.token ? { token: search.token } : {},
  component: page(() => import('./routes/reset-password.tsx'), 'ResetPasswordPage'),
});
const helpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bantuan',
  component: page(() => import('./routes/help.tsx'), 'HelpPage'),
});

const monitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pemantauan',
  validateSearch: parseMonitoringSearch,
  component: page(() => import('./routes/monitoring.tsx'), 'MonitoringPage'),
});
const monitoringTimelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pemantauan/$id',
  component: page(() => import('./routes/monitoring-timeline.tsx'), 'MonitoringTimelinePage'),
});

// The public registry of ratified SOPs and the verification of printed ones (modules/registry).
const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/daftar-sop',
  validateSearch: parseRegistrySearch,
  component: page(() => import('./routes/registry.tsx'), 'RegistryPage'),
});
const registrySopRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/daftar-sop/$id',
  component: page(() => import('./routes/registry-sop.tsx'), 'RegistrySopPage'),
});
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi',
  validateSearch: (search: Record<string, unknown>): { nomor?: string } =>
    typeof search.nomor === 'string' && search.nomor.trim() ? { nomor: search.nomor.trim().slice(0, 200) } : typeof search.nomor === 'number' ? { nomor: String(search.nomor) } : {},
  component: page(() => import('./routes/verify.tsx'), 'VerifyPage'),
});
const verifyCodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi/$code',
  component: page(() => import('./routes/verify.tsx'), 'VerifyCodePage'),
});

// Signed-in pages: the public is sent to sign in first; a user who must change the password does that first.
const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const session = await loadSession(context.queryClient);
    if (!session?.user) throw redirect({ to: '/masuk', search: { next: location.href } });
    if (session.user.mustChangePassword && location.pathname !== '/akun/kata-sandi') {
      throw redirect({ to: '/akun/kata-sandi' });
    }
  },
  component: Outlet,
});
const dashboardRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beranda',
  component: page(() => import('./routes/dashboard.tsx'), 'DashboardPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/akun',
  component: page(() => import('./routes/account.tsx'), 'AccountPage'),
});
const passwordRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/akun/kata-sandi',
  component: page(() => import('./routes/change-password.tsx'), 'ChangePasswordPage'),
});
const myUnitRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/unit-saya',
  component: page(() => import('./routes/my-unit.tsx'), 'MyUnitPage'),
});

const requestsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/permohonan',
  component: page(() => import('./routes/requests.tsx'), 'RequestsPage'),
});
const requestNewRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/permohonan/baru',
  validateSearch: (search: Record<string, unknown>): { layanan?: string } =>
    typeof search.layanan === 'string' && search.layanan ? { layanan: search.layanan } : {},
  component: page(() => import('./routes/request-new.tsx'), 'RequestNewPage'),
});
const requestRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/permohonan/$id',
  component: page(() => import('./routes/request.tsx'), 'RequestPage'),
});
const requestSopRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/permohonan/$id/sop',
  component: page(() => import('./routes/request-sop.tsx'), 'RequestSopPage'),
});
// The verifier's read-only view of a job document a request carries (request-job-documents).
const requestJobDocumentRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/permohonan/$id/dokumen-jabatan/$documentId',
  component: page(() => import('./routes/request-job-document.tsx'), 'RequestJobDocumentPage'),
});
// Monitoring and evaluation of effective SOPs (modules/monev).
const monevRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/monev',
  component: page(() => import('./routes/monev.tsx'), 'MonevPage'),
});
const monevReportsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/monev/laporan',
  validateSearch: parseMonevReportSearch,
  component: page(() => import('./routes/monev-reports.tsx'), 'MonevReportsPage'),
});
const monevRoundRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/monev/$id',
  component: page(() => import('./routes/monev.tsx'), 'MonevRoundPage'),
});
const monevSheetRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/monev/$id/unit/$unitId',
  component: page(() => import('./routes/monev.tsx'), 'MonevSheetPage'),
});
const sopsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/sop',
  component: page(() => import('./routes/sops.tsx'), 'SopsPage'),
});
const sopRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/sop/$id',
  component: page(() => import('./routes/sop.tsx'), 'SopEditorPage'),
});
// Periodic review and acknowledgement of SOPs in effect (modules/review-ack).
const sopToReadRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/perlu-dibaca',
  component: page(() => import('./routes/sop-to-read.tsx'), 'SopToReadPage'),
});
const sopReviewsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/tinjauan-sop',
  component: page(() => import('./routes/sop-reviews.tsx'), 'SopReviewsPage'),
});
const sopAcksRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/tanda-baca-sop',
  component: () => (
    <RequireRole roles={['administrator', 'verifikator', 'kepala_biro']}>
      <Outlet />
    </RequireRole>
  ),
});
const sopAcksIndexRoute = createRoute({
  getParentRoute: () => sopAcksRoute,
  path: '/',
  component: page(() => import('./routes/sop-acks.tsx'), 'SopAcksPage'),
});
const sopAckRoute = createRoute({
  getParentRoute: () => sopAcksRoute,
  path: '/$id',
  component: page(() => import('./routes/sop-ack.tsx'), 'SopAckPage'),
});
const notificationsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/notifikasi',
  component: page(() => import('./routes/notifications.tsx'), 'NotificationsPage'),
});
const bureauDashboardRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/dasbor',
  validateSearch: parseDashboardSearch,
  component: page(() => import('./routes/bureau-dashboard.tsx'), 'BureauDashboardPage'),
});

// Administration: the menu hides it from others; reached by URL it says clearly that it is not allowed.
const jobsRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/jabatan',
  component: page(() => import('./routes/jobs.tsx'), 'JobsPage'),
});
const jobDocumentRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/jabatan/dokumen/$id',
  component: page(() => import('./routes/job-document.tsx'), 'JobDocumentPage'),
});
const jobUnitAbkRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/jabatan/unit/$unitId/abk',
  component: page(() => import('./routes/job-unit-abk.tsx'), 'JobUnitAbkPage'),
});
const jobPetaRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/jabatan/unit/$unitId/peta-jabatan',
  component: page(() => import('./routes/job-peta.tsx'), 'JobPetaPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/admin',
  component: () => (
    <RequireRole roles={['administrator']}>
      <Outlet />
    </RequireRole>
  ),
});
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/pengguna' });
  },
});
const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pengguna',
  component: page(() => import('./routes/admin-users.tsx'), 'AdminUsersPage'),
});
const adminUnitsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/unit',
  component: page(() => import('./routes/admin-units.tsx'), 'AdminUnitsPage'),
});
const adminPositionsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/jabatan',
  component: page(() => import('./routes/admin-positions.tsx'), 'AdminPositionsPage'),
});
const adminServicesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/layanan',
  component: page(() => import('./routes/admin-services.tsx'), 'AdminServicesPage'),
});
const adminServiceNewRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/layanan/baru',
  component: page(() => import('./routes/admin-service-edit.tsx'), 'AdminServiceCreatePage'),
});
const adminServiceRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/layanan/$code',
  component: page(() => import('./routes/admin-service-edit.tsx'), 'AdminServiceEditPage'),
});
const adminHolidaysRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/hari-libur',
  component: page(() => import('./routes/admin-holidays.tsx'), 'AdminHolidaysPage'),
});
const adminNumberingRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/penomoran',
  component: page(() => import('./routes/admin-numbering.tsx'), 'AdminNumberingPage'),
});
const adminOutboxRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/kotak-keluar',
  component: page(() => import('./routes/admin-outbox.tsx'), 'AdminOutboxPage'),
});
const adminJobMasterRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/data-induk-jabatan',
  component: page(() => import('./routes/admin-job-master.tsx'), 'AdminJobMasterPage'),
});
const adminOrganisationRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organisasi',
  component: page(() => import('./routes/admin-organisation.tsx'), 'AdminOrganisationPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  servicesRoute,
  serviceRoute,
  signInRoute,
  forgotRoute,
  resetRoute,
  helpRoute,
  monitoringRoute,
  monitoringTimelineRoute,
  registryRoute,
  registrySopRoute,
  verifyRoute,
  verifyCodeRoute,
  authRoute.addChildren([
    dashboardRoute,
    requestsRoute,
    requestNewRoute,
    requestRoute,
    requestSopRoute,
    requestJobDocumentRoute,
    sopsRoute,
    monevRoute,
    monevReportsRoute,
    monevRoundRoute,
    monevSheetRoute,
    sopRoute,
    notificationsRoute,
    sopToReadRoute,
    sopReviewsRoute,
    sopAcksRoute.addChildren([sopAcksIndexRoute, sopAckRoute]),
    bureauDashboardRoute,
    accountRoute,
    passwordRoute,
    myUnitRoute,
    jobsRoute,
    jobDocumentRoute,
    jobUnitAbkRoute,
    jobPetaRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      adminUsersRoute,
      adminUnitsRoute,
      adminPositionsRoute,
      adminServicesRoute,
      adminServiceNewRoute,
      adminServiceRoute,
      adminOrganisationRoute,
      adminHolidaysRoute,
      adminNumberingRoute,
      adminOutboxRoute,
      adminJobMasterRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
