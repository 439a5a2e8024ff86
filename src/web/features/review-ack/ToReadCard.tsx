import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { toReadQuery } from '../../api/review-ack.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ToReadList } from './ToReadList.tsx';

/** On the home page of signed-in users: the SOPs they are asked to read, only when there are any. */
export function ToReadCard() {
  const { t } = useI18n();
  const id = useId();
  const query = useQuery(toReadQuery);
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {t('review-ack.toRead.title')} ({items.length})
        </Title>
        <ToReadList items={items.slice(0, 5)} caption={t('review-ack.toRead.caption')} />
        <Anchor size="sm" renderRoot={(props) => <Link to="/perlu-dibaca" {...props} />}>
          {t('review-ack.toRead.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
