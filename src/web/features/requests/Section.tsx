import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of a request page or form; `actions` are buttons beside the title. */
export function Section({ title, children, description, actions, order = 2 }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; order?: 2 | 3 }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={order} size="h3" id={id}>
              {title}
            </Title>
            {description ? (
              <Text size="sm" c="dimmed" mt={2} component="div">
                {description}
              </Text>
            ) : null}
          </div>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
