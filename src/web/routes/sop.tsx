import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { sopQuery } from '../api/sops.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { SopEditor } from '../features/sop/SopEditor.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/sop/$id');

/** `/sop/$id`: one SOP draft in the editor (read-only for those who may not change it). */
export function SopEditorPage() {
  const { id } = route.useParams();
  const { t } = useI18n();
  const sop = useQuery(sopQuery(id));
  return (
    <Loaded query={sop} page>
      {(data) => (
        <Page
          title={t('sop-editor.page.title')}
          documentTitle={t('sop-editor.page.documentTitle', { title: data.title || t('sop-editor.untitled') })}
          actions={
            <Button component={Link} to="/sop" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              {t('sop-editor.page.back')}
            </Button>
          }
        >
          {/* Keyed by the SOP: another SOP starts a fresh draft. */}
          <SopEditor key={data.id} sop={data} />
        </Page>
      )}
    </Loaded>
  );
}
