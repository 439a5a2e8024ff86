import { ActionIcon, Autocomplete, Button, Group, Modal, Paper, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { actorUsers, addActor, moveActor, removeActor, renameActor } from '../../../domain/sop/edit.ts';
import { SOP_LIMITS } from '../../../domain/sop/schema.ts';
import type { SopActor, SopContent } from '../../../domain/sop/model.ts';
import { positionsPageQuery } from '../../api/positions.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Edit } from './editorState.ts';
import { fieldDomId } from './fields.ts';
import { LocalInput } from './LocalFields.tsx';

/**
 * *Pelaksana*: the flowchart's columns. Added from the unit's position catalogue or typed freely; renamed in place;
 * reordered with the arrow buttons or Alt+ArrowUp/Alt+ArrowDown; removed only when no step uses them, or after the
 * user picks who takes over their steps.
 */
export const ActorsEditor = memo(function ActorsEditor({ content, unitId, edit, readOnly }: { content: SopContent; unitId: string; edit: Edit; readOnly: boolean }) {
  const { t } = useI18n();
  const actors = content.actors;
  const positions = useQuery({ ...positionsPageQuery({ unitId, pageSize: 200 }), enabled: !readOnly });
  const [name, setName] = useState('');
  const [removing, setRemoving] = useState<SopActor | null>(null);
  const [reassignTo, setReassignTo] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const catalogue = useMemo(() => (positions.data?.items ?? []).filter((p) => p.active), [positions.data]);
  const suggestions = useMemo(() => {
    const used = new Set(actors.map((a) => a.name.trim().toLowerCase()));
    return [...new Set(catalogue.map((p) => p.name))].filter((n) => !used.has(n.trim().toLowerCase()));
  }, [catalogue, actors]);

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const position = catalogue.find((p) => p.name === trimmed);
    edit((c) => addActor(c, { name: trimmed, positionId: position?.id ?? null }).content);
    setName('');
    setAnnouncement(t('sop-editor.actors.added', { name: trimmed }));
  };

  const move = useCallback(
    (from: number, to: number) => {
      if (to < 0 || to >= actors.length) return;
      edit((c) => moveActor(c, from, to));
      setAnnouncement(t('sop-editor.actors.moved', { name: actors[from].name, to: to + 1, total: actors.length }));
      requestAnimationFrame(() => document.getElementById(fieldDomId(`actors.${to}.name`))?.focus());
    },
    [actors, edit, t],
  );

  const askRemove = (actor: SopActor) => {
    if (actorUsers(content, actor.id).length === 0) {
      edit((c) => {
        const r = removeActor(c, actor.id);
        return r.ok ? r.content : c;
      });
      setAnnouncement(t('sop-editor.actors.removed', { name: actor.name }));
      return;
    }
    setRemoving(actor);
    setReassignTo(actors.find((a) => a.id !== actor.id)?.id ?? null);
  };

  const confirmRemove = () => {
    if (!removing || !reassignTo) return;
    const id = removing.id;
    const to = reassignTo;
    edit((c) => {
      const r = removeActor(c, id, { kind: 'reassign', to });
      return r.ok ? r.content : c;
    });
    setAnnouncement(t('sop-editor.actors.removed', { name: removing.name }));
    setRemoving(null);
  };

  const onRowKey = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const usersOfRemoving = removing ? actorUsers(content, removing.id) : [];
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {readOnly ? t('sop-editor.actors.readOnlyHint') : t('sop-editor.actors.hint')}
      </Text>
      {actors.length === 0 ? <Text>{t('sop-editor.actors.empty')}</Text> : null}
      <Stack gap="xs" id={fieldDomId('actors.list')}>
        {actors.map((actor, i) => (
          <Paper key={actor.id} withBorder p="xs" role="group" aria-label={t('sop-editor.actors.rowLabel', { n: i + 1 })} onKeyDown={onRowKey(i)}>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <Text fw={600} w={28} ta="right" aria-hidden>
                {i + 1}.
              </Text>
              <LocalInput
                id={fieldDomId(`actors.${i}.name`)}
                label={t('sop-editor.actors.name', { n: i + 1 })}
                value={actor.name}
                onCommit={(v) => edit((c) => renameActor(c, actor.id, v))}
                readOnly={readOnly}
                maxLength={300}
                style={{ flex: 1 }}
              />
              {!readOnly ? (
                <>
                  <ActionIcon variant="subtle" size="lg" aria-label={t('sop-editor.actors.moveUp', { name: actor.name || i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" size="lg" aria-label={t('sop-editor.actors.moveDown', { name: actor.name || i + 1 })} disabled={i === actors.length - 1} onClick={() => move(i, i + 1)}>
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('sop-editor.actors.remove', { name: actor.name || i + 1 })} onClick={() => askRemove(actor)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
      {!readOnly ? (
        <Group align="flex-end" gap="xs">
          <Autocomplete
            id={fieldDomId('actors')}
            label={t('sop-editor.actors.new')}
            description={catalogue.length > 0 ? t('sop-editor.actors.newHint') : t('sop-editor.actors.newHintFree')}
            placeholder={t('sop-editor.actors.newPlaceholder')}
            data={suggestions}
            value={name}
            onChange={setName}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.defaultPrevented) {
                e.preventDefault();
                add();
              }
            }}
            maxLength={300}
            comboboxProps={{ withinPortal: true }}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={!name.trim() || actors.length >= SOP_LIMITS.actors}>
            {t('sop-editor.actors.add')}
          </Button>
        </Group>
      ) : null}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} centered title={t('sop-editor.actors.removeTitle', { name: removing?.name ?? '' })} closeButtonProps={{ 'aria-label': t('action.close') }}>
        <Stack>
          <Text>{t('sop-editor.actors.removeUsed', { count: usersOfRemoving.length })}</Text>
          {actors.length > 1 ? (
            <Select
              label={t('sop-editor.actors.reassignTo')}
              data={actors.filter((a) => a.id !== removing?.id).map((a) => ({ value: a.id, label: a.name || '—' }))}
              value={reassignTo}
              onChange={setReassignTo}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <Text c="red">{t('sop-editor.actors.removeNotAllowed')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('action.cancel')}
            </Button>
            <Button color="red" disabled={actors.length <= 1 || !reassignTo} onClick={confirmRemove}>
              {t('sop-editor.actors.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
});
