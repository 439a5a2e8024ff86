import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sopDiffQuery, sopVersionQuery } from '../../api/sops.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { identityFieldLabel, stepFieldLabel } from './problems.ts';

/**
 * What changed between two versions of an SOP: steps added, removed, changed (with the fields) and moved; actors
 * and identity fields. Steps are named by number and text (from the version they are in).
 */
export function SopDiffView({ sopId, from, to }: { sopId: string; from: number; to: number }) {
  const t = useT();
  const diff = useQuery(sopDiffQuery(sopId, from, to));
  const before = useQuery(sopVersionQuery(sopId, from));
  const after = useQuery(sopVersionQuery(sopId, to));
  return (
    <Loaded query={diff}>
      {(d) => {
        const oldSteps = before.data?.content.steps ?? [];
        const newSteps = after.data?.content.steps ?? [];
        const oldActors = new Map((before.data?.content.actors ?? []).map((a) => [a.id, a.name]));
        const newActors = new Map((after.data?.content.actors ?? []).map((a) => [a.id, a.name]));
        const stepText = (steps: typeof oldSteps, index: number) => t('sop-docs.diff.step', { n: index + 1, text: steps[index]?.description || '…' });
        const nothing =
          d.identity.length === 0 &&
          d.actors.added.length + d.actors.removed.length + d.actors.renamed.length === 0 &&
          d.steps.added.length + d.steps.removed.length + d.steps.changed.length + d.steps.moved.length === 0;
        return (
          <Stack gap="sm" data-testid="sop-diff">
            <Title order={3} size="h5">
              {t('sop-docs.diff.title', { from: d.from, to: d.to })}
            </Title>
            {nothing ? (
              <Alert color="gray">{t('sop-docs.diff.none')}</Alert>
            ) : (
              <>
                {d.identity.length > 0 ? (
                  <Section title={t('sop-docs.diff.identity')}>
                    <Row kind="changed" text={d.identity.map((f) => identityFieldLabel(f, t)).join(', ')} />
                  </Section>
                ) : null}
                {d.actors.added.length + d.actors.removed.length + d.actors.renamed.length > 0 ? (
                  <Section title={t('sop-docs.diff.actors')}>
                    {d.actors.added.map((a) => (
                      <Row key={`a+${a}`} kind="added" text={newActors.get(a) ?? a} />
                    ))}
                    {d.actors.removed.map((a) => (
                      <Row key={`a-${a}`} kind="removed" text={oldActors.get(a) ?? a} />
                    ))}
                    {d.actors.renamed.map((a) => (
                      <Row key={`a~${a}`} kind="renamed" text={`${oldActors.get(a) ?? a} → ${newActors.get(a) ?? a}`} />
                    ))}
                  </Section>
                ) : null}
                {d.steps.added.length + d.steps.removed.length + d.steps.changed.length + d.steps.moved.length > 0 ? (
                  <Section title={t('sop-docs.diff.steps')}>
                    {d.steps.added.map((s) => (
                      <Row key={`s+${s.id}`} kind="added" text={stepText(newSteps, s.index)} />
                    ))}
                    {d.steps.removed.map((s) => (
                      <Row key={`s-${s.id}`} kind="removed" text={stepText(oldSteps, s.index)} />
                    ))}
                    {d.steps.changed.map((s) => (
                      <Row
                        key={`s~${s.id}`}
                        kind="changed"
                        text={stepText(newSteps, s.toIndex)}
                        detail={t('sop-docs.diff.fields', { fields: s.fields.map((f) => stepFieldLabel(f, t)).join(', ') })}
                      />
                    ))}
                    {d.steps.moved.map((s) => (
                      <Row
                        key={`s>${s.id}`}
                        kind="moved"
                        text={t('sop-docs.diff.stepMoved', { text: `"${newSteps[s.toIndex]?.description || '…'}"`, from: s.fromIndex + 1, to: s.toIndex + 1 })}
                      />
                    ))}
                  </Section>
                ) : null}
              </>
            )}
          </Stack>
        );
      }}
    </Loaded>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fw={700} size="sm">
        {title}
      </Text>
      <List spacing={4} listStyleType="none" p={0} m={0}>
        {children}
      </List>
    </Stack>
  );
}

const KIND_COLORS = { added: 'green', removed: 'red', changed: 'blue', moved: 'grape', renamed: 'blue' } as const;

function Row({ kind, text, detail }: { kind: keyof typeof KIND_COLORS; text: string; detail?: string }) {
  const t = useT();
  return (
    <List.Item data-kind={kind}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Badge size="sm" variant="light" c="var(--mantine-color-text)" color={KIND_COLORS[kind]} style={{ flexShrink: 0 }}>
          {t(`sop-docs.diff.${kind}`)}
        </Badge>
        <Stack gap={0}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Text>
          {detail ? (
            <Text size="xs" c="dimmed">
              {detail}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </List.Item>
  );
}
