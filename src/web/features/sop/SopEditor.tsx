import { Alert, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudUpload, IconHistory, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useReducer, useRef, useState } from 'react';
import { checkSop, type SopProblem } from '../../../domain/sop/checker.ts';
import { mainPath } from '../../../domain/sop/main-path.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { api } from '../../api/client.ts';
import { sopKeys, type Sop } from '../../api/sops.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { ActorsEditor } from './ActorsEditor.tsx';
import { ConflictDialog } from './ConflictDialog.tsx';
import { draftReducer, usePausedValue, type Edit } from './editorState.ts';
import { fieldDomId, sectionOf, stepIndexOf } from './fields.ts';
import { IdentityForm } from './IdentityForm.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { NotDraftBanner } from './NotDraftBanner.tsx';
import { SopDownloads } from './SopDownloads.tsx';
import { SopPreview } from './SopPreview.tsx';
import { StepsTable, type StepsTableHandle } from './StepsTable.tsx';
import { useAutosave, type SaveStatus } from './useAutosave.ts';
import { VersionsDrawer } from './VersionsDrawer.tsx';

type Section = 'identity' | 'actors' | 'steps';

/** "2 hari 1 jam 30 menit" (working days of the main-path convention). */
export function durationText(t: Translate, b: { hari: number; jam: number; menit: number }) {
  const parts = [
    b.hari ? t('sop-editor.duration.days', { n: b.hari }) : '',
    b.jam ? t('sop-editor.duration.hours', { n: b.jam }) : '',
    b.menit ? t('sop-editor.duration.minutes', { n: b.menit }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : t('sop-editor.duration.none');
}

function statusText(t: Translate, status: SaveStatus) {
  switch (status.kind) {
    case 'saved':
      return t('sop-editor.status.saved', { version: status.version });
    case 'saving':
      return t('sop-editor.status.saving');
    case 'pending':
      return t('sop-editor.status.pending');
    case 'retrying':
      return t('sop-editor.status.retrying');
    case 'invalid':
      return t('sop-editor.status.invalid');
    case 'conflict':
      return t('sop-editor.status.conflict');
  }
}

/** The candidates to focus for a problem: its own field, then its parents, then the row's (or list's) first field. */
function focusCandidates(path: string): string[] {
  const parts = path.split('.');
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'));
  const step = stepIndexOf(path);
  if (step !== null) out.splice(out.length - 1, 0, `steps.${step}.description`);
  const actor = /^actors\.(\d+)/.exec(path);
  if (actor) out.unshift(`actors.${actor[1]}.name`);
  return out.map(fieldDomId);
}

/**
 * The SOP editor: identity, actors and steps of a draft, a live flowchart preview and the checker's problems beside
 * them, saved automatically. Without the edit action (a verifier, another unit's reader) it only shows.
 */
export function SopEditor({ sop }: { sop: Sop }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const readOnly = !sop.actions.includes('edit');
  const [state, dispatch] = useReducer(draftReducer, { content: sop.content, revision: 0 });
  const edit: Edit = useCallback((apply: (c: SopContent) => SopContent) => dispatch({ type: 'edit', apply }), []);
  const { content } = state;
  // The preview and checker follow the draft at their own pace: typing never waits for layout.
  const deferred = useDeferredValue(content);
  const problems: SopProblem[] = useMemo(() => checkSop(deferred), [deferred]);
  const path = useMemo(() => mainPath(deferred), [deferred]);
  const settled = usePausedValue(deferred, 400);

  const [section, setSection] = useState<Section>('steps');
  const [selectedStepId, setSelectedStepId] = useState<string | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const table = useRef<StepsTableHandle>(null);

  const onSaved = useCallback(
    (saved: Sop) => {
      queryClient.setQueryData(sopKeys.one(sop.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['sops', 'page'] });
      void queryClient.invalidateQueries({ queryKey: sopKeys.versions(sop.id) });
    },
    [queryClient, sop.id],
  );
  // Ratified meanwhile (409 SOP_NOT_DRAFT): load the SOP again; the page then shows it read-only with its banner.
  const onNotDraft = useCallback(() => void queryClient.invalidateQueries({ queryKey: sopKeys.one(sop.id) }), [queryClient, sop.id]);
  const autosave = useAutosave({ sopId: sop.id, initialVersion: sop.version, content, revision: state.revision, enabled: !readOnly, onSaved, onNotDraft });
  const { status, resolveConflict } = autosave;
  const version = status.kind === 'saved' ? status.version : autosave.version;

  const load = useCallback(
    (fresh: Sop) => {
      dispatch({ type: 'load', content: fresh.content });
      resolveConflict({ kind: 'reload', version: fresh.version, revision: state.revision + 1 });
      onSaved(fresh);
    },
    [resolveConflict, state.revision, onSaved],
  );

  const goTo = useCallback((problem: Pick<SopProblem, 'path'>) => {
    const target = sectionOf(problem.path);
    setSection(target);
    const index = stepIndexOf(problem.path);
    const candidates = focusCandidates(problem.path);
    let scrolled = false;
    const attempt = (left: number) => {
      if (index !== null && !scrolled && table.current) {
        table.current.scrollToStep(index);
        scrolled = true;
      }
      const el = candidates.map((id) => document.getElementById(id)).find((e): e is HTMLElement => e !== null);
      if (el && (index === null || scrolled)) {
        el.focus({ preventScroll: false });
        el.scrollIntoView({ block: 'center' });
      } else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
    };
    requestAnimationFrame(() => attempt(60));
  }, []);

  const onSelectStep = useCallback(
    (stepId: string) => {
      setSelectedStepId(stepId);
      const index = content.steps.findIndex((s) => s.id === stepId);
      if (index >= 0) goTo({ path: `steps.${index}.description` });
    },
    [content.steps, goTo],
  );

  const reloadLatest = async () => {
    setResolving(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ queryKey: sopKeys.one(sop.id), queryFn: () => api.get<Sop>(`/api/sops/${sop.id}`), staleTime: 0 });
      load(fresh);
    } catch (error) {
      setReloadError(error);
    } finally {
      setResolving(false);
    }
  };

  const errors = problems.filter((p) => p.severity === 'error').length;
  const title = content.identity.title.trim() || sop.title || t('sop-editor.untitled');
  const saveColor = status.kind === 'saved' ? 'teal' : status.kind === 'conflict' || status.kind === 'invalid' || status.kind === 'retrying' ? 'red' : 'gray';

  return (
    <Stack>
      {sop.status !== 'draf' ? <NotDraftBanner sop={sop} /> : null}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={2} size="h3">
                {title}
              </Title>
              <Text c="dimmed">{sop.unitName}</Text>
            </Stack>
            <Group gap="xs">
              <SopDownloads sopId={sop.id} version={version} title={title} />
              <Button variant="default" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setVersionsOpen(true)}>
                {t('sop-editor.header.versions')}
              </Button>
              {!readOnly ? (
                <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setImportOpen(true)}>
                  {t('sop-editor.header.import')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <Group gap="md">
            {readOnly ? (
              <Badge variant="light" color="gray">
                {t('sop-editor.status.readOnly', { version: sop.version })}
              </Badge>
            ) : (
              <Group gap={6} role="status" aria-live="polite" data-testid="save-status">
                {status.kind === 'saved' ? <IconCheck size={16} aria-hidden color="var(--mantine-color-teal-7)" /> : status.kind === 'saving' ? <IconCloudUpload size={16} aria-hidden /> : <IconAlertTriangle size={16} aria-hidden />}
                <Text size="sm" c={saveColor === 'gray' ? undefined : `${saveColor}.9`} fw={500}>
                  {statusText(t, status)}
                </Text>
              </Group>
            )}
            <Text size="sm" data-testid="main-path-total">
              {t('sop-editor.header.total', { time: durationText(t, path.breakdown) })}
              {path.untimedStepIds.length > 0 ? ` · ${t('sop-editor.header.untimed', { count: path.untimedStepIds.length })}` : ''}
            </Text>
            <Text size="sm" c={errors > 0 ? 'red.9' : 'teal.9'}>
              {errors > 0 ? t('sop-editor.header.errors', { count: errors }) : t('sop-editor.header.noErrors')}
            </Text>
          </Group>
          {status.kind === 'invalid' ? (
            <Alert color="red" variant="light" title={t('sop-editor.status.invalidTitle')}>
              <Stack gap={4}>
                <Text size="sm">{status.message}</Text>
                {status.fields.map((f) => (
                  <Button key={f.path} variant="subtle" size="compact-sm" onClick={() => goTo({ path: f.path })} style={{ alignSelf: 'flex-start' }}>
                    {f.message}
                  </Button>
                ))}
              </Stack>
            </Alert>
          ) : null}
          {reloadError ? (
            <Alert color="red" variant="light">
              {t('sop-editor.conflict.reloadFailed')}
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Tabs value={section} onChange={(v) => v && setSection(v as Section)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="identity">{t('sop-editor.tab.identity')}</Tabs.Tab>
              <Tabs.Tab value="actors">{t('sop-editor.tab.actors', { count: content.actors.length })}</Tabs.Tab>
              <Tabs.Tab value="steps">{t('sop-editor.tab.steps', { count: content.steps.length })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="identity" pt="md">
              <IdentityForm identity={content.identity} unitName={sop.unitName} edit={edit} readOnly={readOnly} />
            </Tabs.Panel>
            <Tabs.Panel value="actors" pt="md">
              <ActorsEditor content={content} unitId={sop.unitId} edit={edit} readOnly={readOnly} />
            </Tabs.Panel>
            <Tabs.Panel value="steps" pt="md">
              <StepsTable ref={table} content={content} deferredContent={settled} actors={content.actors} readOnly={readOnly} selectedStepId={selectedStepId} edit={edit} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Stack style={{ position: 'sticky', top: 'var(--app-shell-header-offset, 0px)' }}>
            <section aria-label={t('sop-editor.preview.label')} data-testid="sop-preview-region">
              <SopPreview content={settled} paper="A4" selectedStepId={selectedStepId} onSelectStep={onSelectStep} />
            </section>
            <ProblemsPanel content={deferred} problems={problems} mainPath={path} onGoTo={goTo} />
          </Stack>
        </Grid.Col>
      </Grid>

      <ConflictDialog
        conflict={status.kind === 'conflict' ? status.current : null}
        busy={resolving}
        onReload={() => void reloadLatest()}
        onOverwrite={() => status.kind === 'conflict' && resolveConflict({ kind: 'overwrite', version: status.current.version })}
      />
      <VersionsDrawer sopId={sop.id} currentVersion={version} opened={versionsOpen} onClose={() => setVersionsOpen(false)} />
      {!readOnly ? (
        <ImportDialog
          opened={importOpen}
          onClose={() => setImportOpen(false)}
          target={{ sopId: sop.id, version }}
          onImported={(imported: Sop) => {
            setImportOpen(false);
            load(imported);
          }}
        />
      ) : null}
    </Stack>
  );
}
