import { useQuery } from '@tanstack/react-query';
import { toReadQuery } from '../api/review-ack.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { ToReadList } from '../features/review-ack/ToReadList.tsx';
import { useT } from '../i18n/index.tsx';

/** `/perlu-dibaca`: the SOP versions in effect the user's unit carries out and the user has not acknowledged yet. */
export function SopToReadPage() {
  const t = useT();
  const query = useQuery(toReadQuery);
  return (
    <Page title={t('review-ack.toRead.title')} description={t('review-ack.toRead.intro')}>
      <Loaded query={query}>{(data) => <ToReadList items={data.items} caption={t('review-ack.toRead.caption')} />}</Loaded>
    </Page>
  );
}
