import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { servicesQuery } from '../../api/services.ts';
import type { Service } from '../../api/types.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { byChannel, serviceName, totalDays } from '../catalogue/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';

function Choice({ service }: { service: Service }) {
  const { lang, t } = useI18n();
  return (
    <Card withBorder radius="md" padding="md" component="li" className="service-card">
      <Anchor fw={700} c="blue.9" renderRoot={(props) => <Link to="/permohonan/baru" search={{ layanan: service.code }} {...props} />}>
        {serviceName(service, lang)}
      </Anchor>
      <Text size="sm" c="dimmed" lineClamp={2} mt={4}>
        {service.description}
      </Text>
      <Text size="sm" mt={6}>
        {t('service.totalDays', { days: totalDays(service.standardDays) })}
      </Text>
    </Card>
  );
}

function Channel({ title, services }: { title: string; services: Service[] }) {
  const id = useId();
  if (services.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {services.map((s) => (
          <Choice key={s.code} service={s} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Which service to register for, when the address names none (or one that is not open). */
export function ServicePicker() {
  const { t } = useI18n();
  const services = useQuery(servicesQuery());
  return (
    <Loaded query={services}>
      {(data) => {
        const { utama, penunjang } = byChannel(data.items.filter((s) => s.active));
        return (
          <Stack gap="lg">
            <Channel title={t('channel.utama')} services={utama} />
            <Channel title={t('channel.penunjang')} services={penunjang} />
          </Stack>
        );
      }}
    </Loaded>
  );
}
