import { List, Stack, Text, Title } from '@mantine/core';
import type { SopContent } from '../../../domain/sop/model.ts';
import { useT } from '../../i18n/index.tsx';
import { SopPreview } from '../sop/SopPreview.tsx';

/**
 * The ratified SOP as printed (identity and flowchart pages, drawn in the browser by the same layout as the frozen
 * PDF, on its A4 paper), with the steps as a list after it for screen readers and small screens.
 */
export function Flowchart({ content, headingId }: { content: SopContent; headingId: string }) {
  const t = useT();
  const actorName = new Map(content.actors.map((a) => [a.id, a.name]));
  return (
    <Stack gap="sm" aria-labelledby={headingId} component="section">
      <Title order={2} size="h3" id={headingId}>
        {t('registry.sop.flowchart')}
      </Title>
      <SopPreview content={content} paper="A4" />
      <Title order={3} size="h4">
        {t('registry.sop.steps')}
      </Title>
      <List type="ordered" spacing={4}>
        {content.steps.map((s) => (
          <List.Item key={s.id}>
            <Text size="sm" span>
              {s.description}
            </Text>{' '}
            <Text size="xs" c="dimmed" span>
              {t('registry.sop.stepActors', { actors: s.actorIds.map((a) => actorName.get(a) ?? a).join(', ') })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
