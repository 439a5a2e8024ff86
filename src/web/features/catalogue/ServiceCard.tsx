import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { Service } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { serviceName, totalDays } from './catalogue.ts';

/** One service of the catalogue: its name links to the service page. */
export function ServiceCard({ service, headingOrder = 3 }: { service: Service; headingOrder?: 3 | 4 }) {
  const { lang, t } = useI18n();
  return (
    <Card withBorder padding="md" radius="md" className="service-card" component="article">
      <Title order={headingOrder} size="h4" mb={6}>
        <Anchor
          underline="hover"
          c="blue.9"
          renderRoot={(props) => <Link to="/layanan/$code" params={{ code: service.code }} {...props} />}
        >
          {serviceName(service, lang)}
        </Anchor>
      </Title>
      <div style={{ flexGrow: 1 }}>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {service.description}
        </Text>
      </div>
      <Group mt="sm" gap="xs">
        <Badge variant="light" color="blue" tt="none" leftSection={<IconClockHour4 size={12} aria-hidden />}>
          {t('service.totalDays', { days: totalDays(service.standardDays) })}
        </Badge>
      </Group>
    </Card>
  );
}
