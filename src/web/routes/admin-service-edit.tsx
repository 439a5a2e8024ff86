import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { serviceQuery } from '../api/services.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { ServiceEditor } from '../features/catalogue/editor/ServiceEditor.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/admin/layanan/$code');

/** `/admin/layanan/$code`: edit one service. After someone else's change (409) the form reloads. */
export function AdminServiceEditPage() {
  const { lang, t } = useI18n();
  const { code } = route.useParams();
  const navigate = useNavigate();
  const service = useQuery(serviceQuery(code));
  // After a version conflict the service is loaded again and the editor starts afresh from it.
  const [generation, setGeneration] = useState(0);
  return (
    <Loaded query={service} page>
      {(data) => (
        <Page title={t('editor.editTitle', { name: serviceName(data, lang) })} description={t('editor.intro')}>
          <ServiceEditor
            key={`${data.code}:${generation}`}
            service={data}
            onSaved={() => undefined}
            onCancel={() => void navigate({ to: '/admin/layanan' })}
            onConflict={() => void service.refetch().then(() => setGeneration((g) => g + 1))}
          />
        </Page>
      )}
    </Loaded>
  );
}

/** `/admin/layanan/baru`: a new service. */
export function AdminServiceCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page title={t('editor.createTitle')} description={t('editor.intro')}>
      <ServiceEditor
        service={null}
        onSaved={(saved) => void navigate({ to: '/admin/layanan/$code', params: { code: saved.code } })}
        onCancel={() => void navigate({ to: '/admin/layanan' })}
      />
    </Page>
  );
}
