import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencilPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, Navigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { serviceQuery } from '../api/services.ts';
import type { Service } from '../api/types.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { AttachmentList } from '../features/catalogue/AttachmentList.tsx';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { StandardTable } from '../features/catalogue/StandardTable.tsx';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/layanan/$code');

const intakeHref = (code: string) => `/permohonan/baru?layanan=${encodeURIComponent(code)}`;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** "Daftar Sekarang" opens the service's intake form; the public signs in first and comes back to it. */
function RegisterButton({ service }: { service: Service }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const icon = <IconPencilPlus size={18} aria-hidden />;
  return user ? (
    <Button size="md" leftSection={icon} renderRoot={(props) => <Link to="/permohonan/baru" search={{ layanan: service.code }} {...props} />}>
      {t('service.register')}
    </Button>
  ) : (
    <Button size="md" leftSection={icon} renderRoot={(props) => <Link to="/masuk" search={{ next: intakeHref(service.code) }} {...props} />}>
      {t('service.register')}
    </Button>
  );
}

function ServiceDetail({ service }: { service: Service }) {
  const { lang, t } = useI18n();
  const user = useSessionUser();
  return (
    <Page
      title={serviceName(service, lang)}
      description={
        <Group gap="xs" mt={4}>
          <Badge variant="light" tt="none">
            {t(service.channel === 'utama' ? 'channel.utama' : 'channel.penunjang')}
          </Badge>
          {!service.active ? (
            <Badge variant="light" color="gray" tt="none">
              {t('status.inactive')}
            </Badge>
          ) : null}
        </Group>
      }
    >
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Text style={{ whiteSpace: 'pre-line' }}>{service.description}</Text>
          <Group>
            <RegisterButton service={service} />
            {!user ? <Text size="sm" c="dimmed">{t('service.registerSignIn')}</Text> : null}
          </Group>
        </Stack>
      </Paper>

      <Section title={t('service.requirements')}>
        {service.requirements.length ? (
          <List spacing={4}>
            {service.requirements.map((r, i) => (
              <List.Item key={i}>{r}</List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('service.noRequirements')}</Text>
        )}
      </Section>

      <Section title={t('service.attachments')}>
        <AttachmentList attachments={service.requiredAttachments} />
      </Section>

      {service.formFields.length ? (
        <Section title={t('service.formFields')}>
          <List spacing={4}>
            {service.formFields.map((f) => (
              <List.Item key={f.key}>
                {f.label}
                {f.required ? ` (${t('field.required').toLowerCase()})` : ''}
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}

      <Section title={t('service.output')}>
        <Text style={{ whiteSpace: 'pre-line' }}>{service.output || '—'}</Text>
      </Section>

      <Section title={t('service.standard')}>
        <StandardTable days={service.standardDays} />
      </Section>

      <Group>
        <Button component={Link} to="/layanan" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('service.back')}
        </Button>
      </Group>
    </Page>
  );
}

/** `/layanan/$code`: one service of the catalogue. */
export function ServicePage() {
  const { code } = route.useParams();
  const { daftar } = route.useSearch();
  const user = useSessionUser();
  const service = useQuery(serviceQuery(code));
  // The older "?daftar=1" address of Daftar Sekarang (e.g. a sign-in's `next`) now leads to the intake form.
  if (daftar === 1 && user) return <Navigate to="/permohonan/baru" search={{ layanan: code }} replace />;
  return (
    <Loaded query={service} page>
      {(data) => <ServiceDetail service={data} />}
    </Loaded>
  );
}
