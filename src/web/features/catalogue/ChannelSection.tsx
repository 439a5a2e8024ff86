import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Service } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { ServiceCard } from './ServiceCard.tsx';

/** One channel of the catalogue (Kanal Layanan Utama / Penunjang) as a section of service cards. */
export function ChannelSection({ channel, services }: { channel: 'utama' | 'penunjang'; services: Service[] }) {
  const t = useT();
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id}>
        {t(channel === 'utama' ? 'channel.utama' : 'channel.penunjang')}
      </Title>
      {services.length === 0 ? (
        <Text c="dimmed">{t('services.emptyChannel')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="div">
          {services.map((s) => (
            <ServiceCard key={s.code} service={s} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
