import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { servicesQuery } from '../../api/services.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { byChannel } from './catalogue.ts';
import { ChannelSection } from './ChannelSection.tsx';

/** Both channels with their active services. */
export function Catalogue() {
  const services = useQuery(servicesQuery());
  return (
    <Loaded query={services}>
      {(data) => {
        const { utama, penunjang } = byChannel(data.items.filter((s) => s.active));
        return (
          <Stack gap="xl">
            <ChannelSection channel="utama" services={utama} />
            <ChannelSection channel="penunjang" services={penunjang} />
          </Stack>
        );
      }}
    </Loaded>
  );
}
