import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconEye, IconFilePlus, IconLink, IconPencil } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { linkRequestSop, requestSopQuery } from '../../api/request-sop.ts';
import { createSop, sopsPageQuery } from '../../api/sops.ts';
import type { RequestDetail } from '../../api/types.ts';
import { FormError, notifySaved } from '../../components/forms.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Section } from './Section.tsx';
import { useRequestCache } from './useRequestCache.ts';

/** Where the SOP editor (another team's page) opens an SOP. */
const editorHref = (sopId: string) => `/sop/${sopId}`;

function Chooser({ request, changing, onDone }: { request: RequestDetail; changing: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { refresh } = useRequestCache(request.id);
  const drafts = useQuery(sopsPageQuery({ unitId: request.unitId, pageSize: 100 }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const link = useMutation({
    mutationFn: (sopId: string) => linkRequestSop(request.id, sopId),
    onSuccess: () => {
      refresh();
      notifySaved(t('sop-review.card.linked'));
      onDone();
    },
  });
  const create = useMutation({
    mutationFn: async () => {
      const sop = await createSop({ unitId: request.unitId, title: request.title });
      await linkRequestSop(request.id, sop.id);
      return sop;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sops', 'page'] });
      refresh();
      notifySaved(t('sop-review.card.created'));
      onDone();
    },
  });

  const options = (drafts.data?.items ?? [])
    .filter((s) => s.status === 'draf' && s.id !== request.sop?.id)
    .map((s) => ({ value: s.id, label: s.number ? `${s.title} (${s.number})` : s.title }));

  return (
    <Stack gap="xs">
      <FormError error={link.error ?? create.error} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return setProblem(t('validation.required'));
          setProblem(null);
          link.mutate(chosen);
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            style={{ flex: '1 1 18rem' }}
            label={t('sop-review.card.choose')}
            placeholder={t('sop-review.card.choosePlaceholder')}
            data={options}
            value={chosen}
            onChange={setChosen}
            searchable
            nothingFoundMessage={t('sop-review.card.noDrafts')}
            disabled={drafts.isLoading}
            error={problem ?? (drafts.data && options.length === 0 ? t('sop-review.card.noDrafts') : null)}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" leftSection={<IconLink size={16} aria-hidden />} loading={link.isPending} disabled={options.length === 0}>
            {changing ? t('sop-review.card.change') : t('sop-review.card.link')}
          </Button>
        </Group>
      </form>
      <Group gap="xs">
        <Button variant="light" leftSection={<IconFilePlus size={16} aria-hidden />} loading={create.isPending} onClick={() => create.mutate()}>
          {t('sop-review.card.create')}
        </Button>
        {changing ? (
          <Button variant="subtle" onClick={onDone}>
            {t('sop-review.card.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** The SOP a request of an SOP service carries: choose or create one (the unit), its checker counts, the editor and the review page. */
export function SopCard({ request }: { request: RequestDetail }) {
  const { t } = useI18n();
  const sop = useQuery(requestSopQuery(request.id));
  const [changing, setChanging] = useState(false);
  if (!request.attachesSop) return null;
  return (
    <Section title={t('sop-review.card.title')} description={t('sop-review.card.description')}>
      <Loaded query={sop}>
        {(data) => {
          const mayLink = data.actions.includes('link');
          if (!data.sop) {
            return mayLink ? (
              <Stack gap="xs">
                <Text>{t('sop-review.card.empty')}</Text>
                <Chooser request={request} changing={false} onDone={() => setChanging(false)} />
              </Stack>
            ) : (
              <Text c="dimmed">{t('sop-review.card.emptyReadOnly')}</Text>
            );
          }
          const linked = data.sop;
          return (
            <Stack gap="xs" data-sop-card={linked.id}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {linked.title}
                {linked.number ? ` · ${linked.number}` : ''}
              </Text>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" c="var(--mantine-color-text)" tt="none">
                  {t('sop-review.card.latestVersion', { version: linked.latestVersion })}
                </Badge>
                {data.reviewVersion !== null ? (
                  <Badge variant="light" color="teal" c="var(--mantine-color-text)" tt="none">
                    {t('sop-review.card.submittedVersion', { version: data.reviewVersion })}
                  </Badge>
                ) : null}
              </Group>
              {linked.errorCount > 0 ? (
                <Text c="red.9" fw={600} data-sop-errors={linked.errorCount}>
                  {t('sop-review.card.errors', { count: linked.errorCount })}: {t('sop-review.card.errorsHint')}
                </Text>
              ) : (
                <Text size="sm">{t('sop-review.card.noProblems')}</Text>
              )}
              {linked.warningCount > 0 ? <Text size="sm">{t('sop-review.card.warnings', { count: linked.warningCount })}</Text> : null}
              <Group gap="xs" wrap="wrap">
                {mayLink ? (
                  <Button component="a" href={editorHref(linked.id)} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                    {t('sop-review.card.openEditor')}
                  </Button>
                ) : null}
                <Button renderRoot={(props) => <Link to="/permohonan/$id/sop" params={{ id: request.id }} {...props} />} variant="light" leftSection={<IconEye size={16} aria-hidden />}>
                  {t('sop-review.card.review')}
                </Button>
                {mayLink && !changing ? (
                  <Anchor component="button" type="button" onClick={() => setChanging(true)}>
                    {t('sop-review.card.change')}
                  </Anchor>
                ) : null}
              </Group>
              {mayLink && changing ? <Chooser request={request} changing onDone={() => setChanging(false)} /> : null}
            </Stack>
          );
        }}
      </Loaded>
    </Section>
  );
}
