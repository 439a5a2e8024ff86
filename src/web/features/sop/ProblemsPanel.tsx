import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { countProblems, type SopProblem } from '../../../domain/sop/checker.ts';
import type { MainPath } from '../../../domain/sop/main-path.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDuration, problemMessage, sortProblems } from './problems.ts';

interface ProblemsPanelProps {
  content: SopContent;
  problems: SopProblem[];
  mainPath: MainPath;
  onGoTo: (problem: SopProblem) => void;
}

/** What the checker found, errors first, each with a button to the field at fault; and the main path's total time. */
export function ProblemsPanel({ content, problems, mainPath, onGoTo }: ProblemsPanelProps) {
  const t = useT();
  const sorted = useMemo(() => sortProblems(problems), [problems]);
  const counts = countProblems(problems);
  const stepCount = content.steps.length;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sop-problems-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="sop-problems-title">
            {t('sop-docs.problems.title')}
          </Title>
          <Group gap={6} aria-live="polite">
            <Badge color={counts.errors > 0 ? 'red' : 'gray'} variant="light" c="var(--mantine-color-text)" data-testid="sop-error-count">
              {t('sop-docs.list.errors', { count: counts.errors })}
            </Badge>
            <Badge color={counts.warnings > 0 ? 'yellow.9' : 'gray'} variant="light" c="var(--mantine-color-text)">
              {t('sop-docs.list.warnings', { count: counts.warnings })}
            </Badge>
          </Group>
        </Group>

        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconClock size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={0}>
            <Text size="sm" fw={600} data-testid="sop-main-path-total">
              {t('sop-docs.problems.total', { time: formatDuration(mainPath.breakdown, t) })}
            </Text>
            {mainPath.untimedStepIds.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('sop-docs.problems.untimed', { count: mainPath.untimedStepIds.length })}
              </Text>
            ) : null}
            {!mainPath.complete && stepCount > 0 ? (
              <Text size="xs" c="dimmed">
                {t('sop-docs.problems.incomplete')}
              </Text>
            ) : null}
          </Stack>
        </Group>

        {sorted.length === 0 ? (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="sop-all-clear">
            {t('sop-docs.problems.allClear')}
          </Alert>
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {t('sop-docs.problems.counts', { errors: counts.errors, warnings: counts.warnings })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('sop-docs.problems.explain')}
            </Text>
            <ProblemList title={t('sop-docs.problems.errors')} severity="error" problems={sorted.filter((p) => p.severity === 'error')} onGoTo={onGoTo} />
            <ProblemList title={t('sop-docs.problems.warnings')} severity="warning" problems={sorted.filter((p) => p.severity === 'warning')} onGoTo={onGoTo} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ProblemList({ title, severity, problems, onGoTo }: { title: string; severity: 'error' | 'warning'; problems: SopProblem[]; onGoTo: (p: SopProblem) => void }) {
  const t = useT();
  if (problems.length === 0) return null;
  const Icon = severity === 'error' ? IconAlertCircle : IconAlertTriangle;
  const color = severity === 'error' ? 'red.8' : 'yellow.9';
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700} c={color}>
        {title} ({problems.length})
      </Text>
      <List spacing={4} listStyleType="none" p={0} m={0} data-severity={severity}>
        {problems.map((p, i) => {
          const message = problemMessage(p, t);
          return (
            <List.Item key={`${p.code}-${p.path}-${i}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Icon size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3, color: `var(--mantine-color-${color.replace('.', '-')})` }} />
                <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                  {message}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => onGoTo(p)} aria-label={t('sop-docs.problems.goToLabel', { message })}>
                  {t('sop-docs.problems.goTo')}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
