import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconCertificate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { sopQuery } from '../api/sops.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useHasRole } from '../features/auth/session.ts';
import { RatifyDialog } from '../features/registry/RatifyDialog.tsx';
import { SopEditor } from '../features/sop/SopEditor.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/sop/$id');

/** `/sop/$id`: one SOP draft in the editor (read-only for those who may not change it, and once it is no longer a draft). */
export function SopEditorPage() {
  const { id } = route.useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const sop = useQuery(sopQuery(id));
  // Ratification is the head of the bureau's and the administrators' (policy 'registry.ratify'; the server decides).
  const mayRatify = useHasRole('administrator', 'kepala_biro');
  const [ratifying, setRatifying] = useState(false);
  return (
    <Loaded query={sop} page>
      {(data) => (
        <Page
          title={t('sop-editor.page.title')}
          documentTitle={t('sop-editor.page.documentTitle', { title: data.title || t('sop-editor.untitled') })}
          actions={
            <Group gap="xs">
              {mayRatify && data.status === 'draf' ? (
                <Button variant="default" leftSection={<IconCertificate size={16} aria-hidden />} onClick={() => setRatifying(true)}>
                  {t('registry-admin.ratify')}
                </Button>
              ) : null}
              <Button component={Link} to="/sop" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
                {t('sop-editor.page.back')}
              </Button>
            </Group>
          }
        >
          {/* Keyed by the SOP and its status: another SOP, or a new draft of a ratified one, starts afresh. */}
          <SopEditor key={`${data.id}:${data.status}`} sop={data} />
          {mayRatify ? (
            <RatifyDialog
              opened={ratifying}
              onClose={() => setRatifying(false)}
              target={{ sopId: data.id, unitId: data.unitId, title: data.title }}
              onRatified={(entry) => void navigate({ to: '/daftar-sop/$id', params: { id: entry.sopId } })}
            />
          ) : null}
        </Page>
      )}
    </Loaded>
  );
}
