import { Page } from '../components/Page.tsx';
import { Catalogue } from '../features/catalogue/Catalogue.tsx';
import { useT } from '../i18n/index.tsx';

/** `/layanan`: Layanan Tata Laksana, both channels. */
export function ServicesPage() {
  const t = useT();
  return (
    <Page title={t('nav.services')} description={t('services.intro')}>
      <Catalogue />
    </Page>
  );
}
