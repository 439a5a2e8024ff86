import { Alert, Anchor, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { isApiError } from '../api/client.ts';
import { serviceQuery } from '../api/services.ts';
import type { Service, SessionUser } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Page } from '../components/Page.tsx';
import { PageLoader } from '../components/PageLoader.tsx';
import { RequireRole } from '../components/RequireRole.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { NewRequestForm } from '../features/requests/NewRequestForm.tsx';
import { ServicePicker } from '../features/requests/ServicePicker.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/permohonan/baru');

/** No service named, or one that is unknown or closed: choose among the open ones. */
function PickService({ notice }: { notice?: string }) {
  const { t } = useI18n();
  return (
    <Page title={t('req.new.pickTitle')} description={t('req.new.pickIntro')}>
      {notice ? (
        <Alert role="note" color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {notice}
        </Alert>
      ) : null}
      <ServicePicker />
    </Page>
  );
}

function RegisterFor({ service, user }: { service: Service; user: SessionUser }) {
  const { lang, t } = useI18n();
  return (
    <Page
      title={t('req.new.title', { service: serviceName(service, lang) })}
      documentTitle={t('req.new.documentTitle')}
      description={
        <>
          {t('req.new.intro')}{' '}
          <Anchor renderRoot={(props) => <Link to="/layanan/$code" params={{ code: service.code }} {...props} />}>{t('req.new.serviceInfo')}</Anchor>
        </>
      }
      actions={
        <Button component={Link} to="/permohonan/baru" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('req.new.otherService')}
        </Button>
      }
    >
      <NewRequestForm key={service.code} service={service} user={user} isAdmin={user.roles.includes('administrator')} />
    </Page>
  );
}

function IntakePage({ code, user }: { code: string; user: SessionUser }) {
  const { t } = useI18n();
  const service = useQuery(serviceQuery(code));
  if (service.data) {
    if (!service.data.active) return <PickService notice={t('req.new.inactive')} />;
    return <RegisterFor service={service.data} user={user} />;
  }
  if (service.isError) {
    if (isApiError(service.error) && service.error.status === 404) return <PickService notice={t('req.new.unknown', { code })} />;
    return (
      <Page title={t('req.new.documentTitle')}>
        <ErrorAlert error={service.error} onRetry={() => void service.refetch()} />
        <Group>
          <Button component={Link} to="/permohonan" variant="default">
            {t('req.list.title')}
          </Button>
        </Group>
      </Page>
    );
  }
  return <PageLoader />;
}

/** `/permohonan/baru?layanan=CODE`: the intake form of a service, or a choice of service. */
export function RequestNewPage() {
  const { layanan } = route.useSearch();
  const user = useSessionUser();
  if (!user) return null;
  return (
    <RequireRole roles={['pemrakarsa', 'pimpinan_unit', 'administrator']}>
      {layanan ? <IntakePage code={layanan} user={user} /> : <PickService />}
    </RequireRole>
  );
}
