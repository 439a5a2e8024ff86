import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organisationQuery } from '../api/organisation.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { OrganisationForm } from '../features/organisation/OrganisationForm.tsx';
import { useT } from '../i18n/index.tsx';

/** `/admin/organisasi`: name, short name, bureau name, address. */
export function AdminOrganisationPage() {
  const t = useT();
  const organisation = useQuery(organisationQuery);
  const [generation, setGeneration] = useState(0);
  return (
    <Page title={t('nav.admin.organisation')} description={t('organisation.intro')}>
      <Loaded query={organisation}>
        {(data) => (
          <OrganisationForm
            key={generation}
            organisation={data}
            onConflict={() => void organisation.refetch().then(() => setGeneration((g) => g + 1))}
          />
        )}
      </Loaded>
    </Page>
  );
}
