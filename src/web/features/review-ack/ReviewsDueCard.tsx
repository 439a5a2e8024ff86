import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { reviewsDueQuery } from '../../api/review-ack.ts';
import { useI18n } from '../../i18n/index.tsx';

/** On the home page: the unit's SOPs whose periodic review is due within 30 days or past due, only when there are any. */
export function ReviewsDueCard() {
  const { t, date } = useI18n();
  const id = useId();
  const query = useQuery(reviewsDueQuery);
  const items = (query.data?.items ?? []).filter((r) => r.actions.length > 0);
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {t('review-ack.due.title')} ({items.length})
        </Title>
        <List size="sm" spacing={4}>
          {items.slice(0, 5).map((r) => (
            <List.Item key={r.registryId}>
              <Text span size="sm" fw={600}>{r.title}</Text>{' '}
              <Text span size="sm">
                — {t('review-ack.dueOn', { date: date(r.dueOn) })} ({r.daysLeft < 0 ? t('review-ack.daysOverdue', { days: -r.daysLeft }) : t('review-ack.daysLeft', { days: r.daysLeft })})
              </Text>
            </List.Item>
          ))}
        </List>
        <Anchor size="sm" renderRoot={(props) => <Link to="/tinjauan-sop" {...props} />}>
          {t('review-ack.due.open')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
