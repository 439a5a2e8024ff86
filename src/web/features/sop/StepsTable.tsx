import {
  ActionIcon, Badge, Box, Button, Group, Modal, MultiSelect, NumberInput, Paper, Radio, Select, SimpleGrid, Stack, Text,
  Textarea, TextInput, Tooltip, VisuallyHidden,
} from '@mantine/core';
import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useVirtualizer, defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { memo, startTransition, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { defaultRelinkTarget, deleteSteps, insertStep, moveStep, newStepId, referrersOf, setSymbol, updateStep, type RelinkChoice } from '../../../domain/sop/edit.ts';
import { TIME_UNITS, type SopActor, type SopContent, type SopStep, type TimeUnit } from '../../../domain/sop/model.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import type { Edit } from './editorState.ts';
import { fieldDomId } from './fields.ts';
import { LocalInput, LocalTextarea } from './LocalFields.tsx';

type Option = { value: string; label: string };

/** What the editor can ask of the table: bring a step into view (the list is virtualised, so it may not be in the DOM). */
export interface StepsTableHandle {
  scrollToStep: (index: number) => void;
}

const END = '__end';
const FOLLOWING = '__following';

/** "3. Periksa berkas": how a step is named in the link pickers and dialogs. */
export const stepLabel = (t: Translate, step: SopStep, index: number) => {
  const text = step.description.trim() || t('sop-editor.step.untitled');
  return `${index + 1}. ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
};

interface RowProps {
  step: SopStep;
  index: number;
  count: number;
  actorOptions: Option[];
  stepOptions: Option[];
  readOnly: boolean;
  selected: boolean;
  edit: Edit;
  onInsertBelow: (index: number) => void;
  onDelete: (id: string) => void;
  onMove: (id: string, to: number) => void;
}

type FieldsProps = Pick<RowProps, 'step' | 'index' | 'actorOptions' | 'stepOptions' | 'readOnly' | 'edit'>;

/** The inputs of one step. */
const StepFields = memo(function StepFields({ step, index, actorOptions, stepOptions, readOnly, edit }: FieldsProps) {
  const { t } = useI18n();
  const id = step.id;
  const at = `steps.${index}`;
  const patch = useCallback((p: Partial<SopStep>) => edit((c) => updateStep(c, id, p)), [edit, id]);
  const commitDescription = useCallback((v: string) => patch({ description: v }), [patch]);
  const commitRequirements = useCallback((v: string) => patch({ requirements: v }), [patch]);
  const commitOutput = useCallback((v: string) => patch({ output: v }), [patch]);
  const commitNotes = useCallback((v: string) => patch({ notes: v }), [patch]);
  const [unit, setUnit] = useState<TimeUnit>(step.time?.unit ?? 'menit');
  const others = useMemo(() => stepOptions.filter((o) => o.value !== id), [stepOptions, id]);
  const nextData = useMemo(
    () => [{ value: FOLLOWING, label: t('sop-editor.step.nextFollowing') }, { value: END, label: t('sop-editor.step.nextEnd') }, ...others],
    [others, t],
  );
  const symbols = useMemo(
    () => [
      { value: 'terminator', label: t('sop-editor.symbol.terminator') },
      { value: 'process', label: t('sop-editor.symbol.process') },
      { value: 'decision', label: t('sop-editor.symbol.decision') },
    ],
    [t],
  );
  const units = useMemo(() => TIME_UNITS.map((u) => ({ value: u, label: t(`sop-editor.unit.${u}`) })), [t]);

  const nextValue = step.next === null ? END : step.next ? step.next : FOLLOWING;
  return (
    <Stack gap="xs">
      <LocalTextarea id={fieldDomId(`${at}.description`)} label={t('sop-editor.step.description')} value={step.description} onCommit={commitDescription} readOnly={readOnly} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <MultiSelect
          id={fieldDomId(`${at}.actorIds`)}
          label={t('sop-editor.step.actors')}
          placeholder={step.actorIds.length === 0 ? t('sop-editor.step.actorsPlaceholder') : undefined}
          data={actorOptions}
          value={step.actorIds}
          onChange={(actorIds) => patch({ actorIds })}
          readOnly={readOnly}
          nothingFoundMessage={t('sop-editor.step.noActors')}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          id={fieldDomId(`${at}.symbol`)}
          label={t('sop-editor.step.symbol')}
          data={symbols}
          value={step.symbol}
          allowDeselect={false}
          onChange={(v) => v && edit((c) => setSymbol(c, id, v as SopStep['symbol']))}
          readOnly={readOnly}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      {step.symbol === 'decision' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            id={fieldDomId(`${at}.yes`)}
            label={t('sop-editor.step.yes')}
            placeholder={t('sop-editor.step.pickStep')}
            data={others}
            value={step.yes ?? null}
            onChange={(v) => patch({ yes: v })}
            searchable
            clearable
            readOnly={readOnly}
            nothingFoundMessage={t('sop-editor.step.noSteps')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            id={fieldDomId(`${at}.no`)}
            label={t('sop-editor.step.no')}
            placeholder={t('sop-editor.step.pickStep')}
            data={others}
            value={step.no ?? null}
            onChange={(v) => patch({ no: v })}
            searchable
            clearable
            readOnly={readOnly}
            nothingFoundMessage={t('sop-editor.step.noSteps')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
      ) : (
        <Select
          id={fieldDomId(`${at}.next`)}
          label={t('sop-editor.step.next')}
          data={nextData}
          value={nextValue}
          allowDeselect={false}
          searchable
          onChange={(v) => {
            if (v === FOLLOWING || v === null) edit((c) => updateStep(c, id, { next: undefined }));
            else patch({ next: v === END ? null : v });
          }}
          readOnly={readOnly}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
        <NumberInput
          id={fieldDomId(`${at}.time`)}
          label={t('sop-editor.step.time')}
          value={step.time?.value ?? ''}
          min={0}
          max={100000}
          decimalScale={2}
          decimalSeparator=","
          allowNegative={false}
          onChange={(v) => {
            const value = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
            patch({ time: Number.isFinite(value) && value > 0 ? { value, unit } : null });
          }}
          readOnly={readOnly}
        />
        <Select
          id={fieldDomId(`${at}.time.unit`)}
          label={t('sop-editor.step.timeUnit')}
          data={units}
          value={step.time?.unit ?? unit}
          allowDeselect={false}
          onChange={(v) => {
            if (!v) return;
            setUnit(v as TimeUnit);
            if (step.time) patch({ time: { value: step.time.value, unit: v as TimeUnit } });
          }}
          readOnly={readOnly}
          comboboxProps={{ withinPortal: true }}
        />
        <Box style={{ gridColumn: 'span 2' }}>
          <LocalInput id={fieldDomId(`${at}.requirements`)} label={t('sop-editor.step.requirements')} value={step.requirements} onCommit={commitRequirements} readOnly={readOnly} />
        </Box>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <LocalInput id={fieldDomId(`${at}.output`)} label={t('sop-editor.step.output')} value={step.output} onCommit={commitOutput} readOnly={readOnly} />
        <LocalInput id={fieldDomId(`${at}.notes`)} label={t('sop-editor.step.notes')} value={step.notes} onCommit={commitNotes} readOnly={readOnly} />
      </SimpleGrid>
    </Stack>
  );
});

const StepRow = memo(function StepRow({ step, index, count, actorOptions, stepOptions, readOnly, selected, edit, onInsertBelow, onDelete, onMove }: RowProps) {
  const { t } = useI18n();
  // Sortable rows re-render whenever the order changes; their fields (StepFields) do not, unless their own step did.
  const sortable = useSortable({ id: step.id, disabled: readOnly });
  const id = step.id;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // A Select's own list uses Alt+Arrow too: leave it its keys while it is open.
    if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    onMove(id, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const number = index + 1;
  return (
    <Paper
      ref={sortable.setNodeRef}
      withBorder
      p="sm"
      role="group"
      aria-label={t('sop-editor.step.rowLabel', { n: number })}
      data-step-row={id}
      data-selected={selected || undefined}
      onKeyDown={onKeyDown}
      style={{
        transform: sortable.transform ? `translate3d(0, ${Math.round(sortable.transform.y)}px, 0)` : undefined,
        transition: sortable.transition,
        zIndex: sortable.isDragging ? 2 : undefined,
        borderColor: selected ? 'var(--mantine-color-blue-6)' : undefined,
        background: 'var(--mantine-color-body)',
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {!readOnly ? (
            <Tooltip label={t('sop-editor.step.drag')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('sop-editor.step.dragLabel', { n: number })} style={{ cursor: 'grab', touchAction: 'none' }} {...sortable.attributes} {...sortable.listeners} tabIndex={-1}>
                <IconGripVertical size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ) : null}
          <Badge variant="light" size="lg" radius="sm">
            {t('sop-editor.step.number', { n: number })}
          </Badge>
        </Group>
        {!readOnly ? (
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" aria-label={t('sop-editor.step.moveUp', { n: number })} disabled={index === 0} onClick={() => onMove(id, index - 1)}>
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={t('sop-editor.step.moveDown', { n: number })} disabled={index === count - 1} onClick={() => onMove(id, index + 1)}>
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={t('sop-editor.step.insertBelow', { n: number })} onClick={() => onInsertBelow(index)}>
              <IconPlus size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('sop-editor.step.delete', { n: number })} onClick={() => onDelete(id)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
      </Group>
      <StepFields step={step} index={index} actorOptions={actorOptions} stepOptions={stepOptions} readOnly={readOnly} edit={edit} />
    </Paper>
  );
});

/** The question asked before deleting a step other steps point to: relink them (to a chosen step) or end the flow there. */
function DeleteDialog({ content, stepId, onCancel, onConfirm }: { content: SopContent; stepId: string | null; onCancel: () => void; onConfirm: (choice: RelinkChoice) => void }) {
  const { t } = useI18n();
  const index = stepId ? content.steps.findIndex((s) => s.id === stepId) : -1;
  const fallback = stepId ? defaultRelinkTarget(content, [stepId]) : null;
  const [kind, setKind] = useState<'relink' | 'end'>('relink');
  const [to, setTo] = useState<string | null>(fallback);
  useEffect(() => {
    setKind(fallback ? 'relink' : 'end');
    setTo(fallback);
  }, [stepId, fallback]);
  if (!stepId || index < 0) return null;
  const referrers = referrersOf(content, [stepId]).filter((r) => !r.implicit);
  const options = content.steps.flatMap((s, i) => (s.id === stepId ? [] : [{ value: s.id, label: stepLabel(t, s, i) }]));
  const exit = (field: string) => (field === 'yes' ? t('sop-editor.step.yes') : field === 'no' ? t('sop-editor.step.no') : t('sop-editor.step.next'));
  return (
    <Modal opened onClose={onCancel} centered size="lg" title={t('sop-editor.delete.title', { step: stepLabel(t, content.steps[index], index) })} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <Stack>
        <Text>{t('sop-editor.delete.referenced')}</Text>
        <Stack gap={2} component="ul" style={{ margin: 0 }}>
          {referrers.map((r) => (
            <li key={`${r.stepId}-${r.field}`}>
              {stepLabel(t, content.steps[r.index], r.index)} ({exit(r.field)})
            </li>
          ))}
        </Stack>
        <Radio.Group value={kind} onChange={(v) => setKind(v as 'relink' | 'end')} label={t('sop-editor.delete.question')}>
          <Stack gap="xs" mt="xs">
            <Radio value="relink" label={t('sop-editor.delete.relink')} disabled={options.length === 0} />
            {kind === 'relink' ? (
              <Select ml="xl" label={t('sop-editor.delete.relinkTo')} data={options} value={to} onChange={setTo} allowDeselect={false} searchable comboboxProps={{ withinPortal: true }} />
            ) : null}
            <Radio value="end" label={t('sop-editor.delete.end')} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button color="red" disabled={kind === 'relink' && !to} onClick={() => onConfirm(kind === 'relink' && to ? { kind: 'relink', to } : { kind: 'end' })}>
            {t('sop-editor.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface StepsTableProps {
  content: SopContent;
  /** The content the link pickers list (deferred: their labels need not follow every keystroke). */
  deferredContent: SopContent;
  actors: SopActor[];
  readOnly: boolean;
  selectedStepId: string | null;
  edit: Edit;
  ref?: Ref<StepsTableHandle>;
}

/**
 * The steps, one card-like row each, virtualised so that a 300-step SOP stays fast: rows are memoised and get stable
 * callbacks; text is typed locally in the row. Rows move by drag (the grip), by the arrow buttons, or with
 * Alt+ArrowUp/Alt+ArrowDown anywhere in the row; a screen reader hears where the step went.
 */
export function StepsTable({ content, deferredContent, actors, readOnly, selectedStepId, edit, ref }: StepsTableProps) {
  const { t } = useI18n();
  const steps = content.steps;
  const scroller = useRef<HTMLDivElement>(null);
  const latest = useRef(content);
  latest.current = content;
  const [announcement, setAnnouncement] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const actorOptions = useMemo(() => actors.map((a) => ({ value: a.id, label: a.name.trim() || t('sop-editor.actors.unnamed') })), [actors, t]);
  const stepOptions = useMemo(() => deferredContent.steps.map((s, i) => ({ value: s.id, label: stepLabel(t, s, i) })), [deferredContent.steps, t]);
  // The same array while the order stays: a new one would re-render every sortable row on each keystroke.
  const idKey = steps.map((s) => s.id).join('\n');
  const ids = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  const activeIndex = activeId ? ids.indexOf(activeId) : -1;

  const virtualizer = useVirtualizer({
    count: steps.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 330,
    overscan: 2,
    getItemKey: (i) => ids[i] ?? i,
    // The dragged row stays mounted while it is dragged out of view.
    rangeExtractor: useCallback((range: Range) => {
      const list = defaultRangeExtractor(range);
      return activeIndex >= 0 && !list.includes(activeIndex) ? [...list, activeIndex].sort((a, b) => a - b) : list;
    }, [activeIndex]),
  });

  const focusLater = useCallback((selector: () => HTMLElement | null, tries = 20) => {
    const attempt = (left: number) => {
      const el = selector();
      if (el) el.focus({ preventScroll: false });
      else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
    };
    requestAnimationFrame(() => attempt(tries));
  }, []);

  useImperativeHandle(ref, () => ({
    scrollToStep: (index: number) => virtualizer.scrollToIndex(index, { align: 'start' }),
  }), [virtualizer]);

  const onMove = useCallback(
    (id: string, to: number) => {
      const c = latest.current;
      const from = c.steps.findIndex((s) => s.id === id);
      if (from < 0 || to < 0 || to >= c.steps.length || to === from) return;
      edit((content) => moveStep(content, from, to));
      setAnnouncement(t('sop-editor.step.moved', { n: from + 1, to: to + 1, total: c.steps.length }));
      virtualizer.scrollToIndex(to, { align: 'auto' });
    },
    [edit, t, virtualizer],
  );

  const onInsertBelow = useCallback(
    (index: number) => {
      const newId = newStepId(latest.current);
      edit((c) => insertStep(c, index, { actorIds: c.steps[index]?.actorIds.slice(0, 1) ?? [] }).content);
      setAnnouncement(t('sop-editor.step.inserted', { n: index + 2 }));
      virtualizer.scrollToIndex(index + 1, { align: 'auto' });
      focusLater(() => document.querySelector<HTMLElement>(`[data-step-row="${newId}"] textarea`));
    },
    [edit, t, virtualizer, focusLater],
  );

  const remove = useCallback(
    (id: string, choice: RelinkChoice) => {
      const c = latest.current;
      const index = c.steps.findIndex((s) => s.id === id);
      edit((content) => deleteSteps(content, [id], choice));
      setAnnouncement(t('sop-editor.step.deleted', { n: index + 1 }));
    },
    [edit, t],
  );

  const onDelete = useCallback(
    (id: string) => {
      const c = latest.current;
      // Only links the user set deserve a question; the step before simply flows on to the one after.
      const explicit = referrersOf(c, [id]).filter((r) => !r.implicit);
      if (explicit.length > 0) setDeleting(id);
      else {
        const to = defaultRelinkTarget(c, [id]);
        remove(id, to ? { kind: 'relink', to } : { kind: 'end' });
      }
    },
    [remove],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    if (!event.over || event.active.id === event.over.id) return;
    const to = latest.current.steps.findIndex((s) => s.id === event.over!.id);
    if (to >= 0) onMove(String(event.active.id), to);
  };

  const addFirst = () => edit((c) => insertStep(c, -1, { symbol: 'terminator', actorIds: c.actors[0] ? [c.actors[0].id] : [] }).content);

  const items = virtualizer.getVirtualItems();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {readOnly ? t('sop-editor.steps.readOnlyHint', { count: steps.length }) : t('sop-editor.steps.hint', { count: steps.length })}
      </Text>
      {steps.length === 0 ? (
        <Paper withBorder p="lg">
          <Stack align="flex-start">
            <Text>{t('sop-editor.steps.empty')}</Text>
            {!readOnly ? (
              <Button id={fieldDomId('steps')} leftSection={<IconPlus size={16} aria-hidden />} onClick={addFirst}>
                {t('sop-editor.steps.addFirst')}
              </Button>
            ) : null}
          </Stack>
        </Paper>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragStart={(e) => setActiveId(String(e.active.id))} onDragCancel={() => setActiveId(null)} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <div
              ref={scroller}
              id={fieldDomId('steps')}
              tabIndex={-1}
              data-testid="steps-scroller"
              data-count={steps.length}
              style={{ height: 'min(75vh, 900px)', overflowY: 'auto', contain: 'strict', position: 'relative' }}
            >
              <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
                {items.map((item) => {
                  const step = steps[item.index];
                  return (
                    <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, paddingBottom: 8 }}>
                      <StepRow
                        step={step}
                        index={item.index}
                        count={steps.length}
                        actorOptions={actorOptions}
                        stepOptions={stepOptions}
                        readOnly={readOnly}
                        selected={step.id === selectedStepId}
                        edit={edit}
                        onInsertBelow={onInsertBelow}
                        onDelete={onDelete}
                        onMove={onMove}
                      />
                    </div>
                  );
                })}
              </div>
            </div>
          </SortableContext>
        </DndContext>
      )}
      {!readOnly && steps.length > 0 ? (
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onInsertBelow(steps.length - 1)}>
            {t('sop-editor.steps.addLast')}
          </Button>
        </Group>
      ) : null}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <DeleteDialog
        content={content}
        stepId={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={(choice) => {
          if (deleting) remove(deleting, choice);
          setDeleting(null);
        }}
      />
    </Stack>
  );
}
