import { ActionIcon, Box, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { memo, startTransition, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { layoutSop, toSvg, type FlowPage, type IdentityPage } from '../../../domain/sop/layout/index.ts';
import { DEFAULT_PAGE_SETTINGS, type PaperSize, type SopContent } from '../../../domain/sop/model.ts';
import { useT } from '../../i18n/index.tsx';

interface SopPreviewProps {
  content: SopContent;
  paper: PaperSize;
  selectedStepId?: string | null;
  onSelectStep?: (stepId: string) => void;
}

/** Page widths as a share of the preview's width: 100% fits the width, more scrolls sideways. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
const FIT = 2;

/**
 * The SOP as it will be printed: the identity page and the flowchart pages, drawn in the browser from the same
 * layout as the PDF. The layout follows the content through a deferred value (typing stays responsive), and a page
 * is turned into SVG only while it is on screen, so a 100-step SOP does not repaint every page per keystroke.
 */
export function SopPreview({ content, paper, selectedStepId = null, onSelectStep }: SopPreviewProps) {
  const t = useT();
  // While the user types, the preview waits for a pause, then lays out in a transition: keystrokes never wait for it.
  const deferred = useDeferredValue(useSettled(content));
  const deferredPaper = useDeferredValue(paper);
  const layout = useMemo(() => layoutSop(deferred, { ...DEFAULT_PAGE_SETTINGS, paper: deferredPaper }), [deferred, deferredPaper]);
  const pages: Array<FlowPage | IdentityPage> = useMemo(() => [...layout.identity, ...layout.pages], [layout]);
  const stepTexts = useMemo(() => new Map(deferred.steps.map((s, i) => [s.id, { n: i + 1, text: s.description }])), [deferred]);
  const [zoom, setZoom] = useState(FIT);
  const scroller = useRef<HTMLDivElement>(null);
  const stale = deferred !== content || deferredPaper !== paper;

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" style={{ visibility: stale ? 'visible' : 'hidden' }}>
          {t('sop-docs.preview.updating')}
        </Text>
        <Group gap={4}>
          <Tooltip label={t('sop-docs.preview.zoomOut')}>
            <ActionIcon variant="default" aria-label={t('sop-docs.preview.zoomOut')} disabled={zoom === 0} onClick={() => setZoom((z) => Math.max(0, z - 1))}>
              <IconZoomOut size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" w={48} ta="center" aria-label={t('sop-docs.preview.zoomLevel', { percent: ZOOMS[zoom] * 100 })}>
            {ZOOMS[zoom] * 100}%
          </Text>
          <Tooltip label={t('sop-docs.preview.zoomIn')}>
            <ActionIcon variant="default" aria-label={t('sop-docs.preview.zoomIn')} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}>
              <IconZoomIn size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('sop-docs.preview.zoomFit')}>
            <ActionIcon variant="default" aria-label={t('sop-docs.preview.zoomFit')} disabled={zoom === FIT} onClick={() => setZoom(FIT)}>
              <IconZoomReset size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Box
        ref={scroller}
        role="region"
        aria-label={t('sop-docs.preview.label')}
        tabIndex={0}
        data-testid="sop-preview"
        style={{ maxHeight: '75vh', overflow: 'auto', background: 'var(--mantine-color-gray-1)', padding: 8, borderRadius: 4 }}
      >
        <Stack gap="md" style={{ width: `${ZOOMS[zoom] * 100}%`, margin: ZOOMS[zoom] < 1 ? '0 auto' : undefined }}>
          {pages.map((page, i) => (
            <PreviewPage
              key={page.number}
              page={page}
              label={t('sop-docs.preview.pageOf', { n: i + 1, total: pages.length })}
              placeholder={t('sop-docs.preview.loadingPage', { n: i + 1 })}
              root={scroller}
              selectedStepId={selectedStepId}
              onSelectStep={onSelectStep}
              stepTexts={stepTexts}
              stepLabel={(n, text) => t('sop-docs.preview.step', { n, text })}
            />
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}

/** The value once it has not changed for `delay` ms (the first value at once): a burst of keystrokes lays out once. */
export function useSettled<T>(value: T, delay = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}

interface PreviewPageProps {
  page: FlowPage | IdentityPage;
  label: string;
  placeholder: string;
  root: React.RefObject<HTMLDivElement | null>;
  selectedStepId: string | null;
  onSelectStep?: (stepId: string) => void;
  stepTexts: Map<string, { n: number; text: string }>;
  stepLabel: (n: number, text: string) => string;
}

/** Whether the element is within (or near) the scrolling preview; pages out of sight stay empty boxes. */
function useNearView(ref: React.RefObject<HTMLElement | null>, root: React.RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { root: root.current, rootMargin: '300px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, root]);
  return visible;
}

const PreviewPage = memo(function PreviewPage({ page, label, placeholder, root, selectedStepId, onSelectStep, stepTexts, stepLabel }: PreviewPageProps) {
  const box = useRef<HTMLDivElement>(null);
  const visible = useNearView(box, root);
  const { width, height } = page.size;
  return (
    <Paper withBorder shadow="xs" p={0} data-page={page.number} component="figure" m={0} aria-label={label}>
      <div ref={box} style={{ position: 'relative', width: '100%', aspectRatio: `${width} / ${height}`, background: '#fff' }}>
        {visible ? (
          <PageDrawing page={page} selectedStepId={selectedStepId} onSelectStep={onSelectStep} stepTexts={stepTexts} stepLabel={stepLabel} />
        ) : (
          <Text size="xs" c="dimmed" p="sm">
            {placeholder}
          </Text>
        )}
      </div>
      <Text component="figcaption" size="xs" c="dimmed" ta="center" py={4}>
        {label}
      </Text>
    </Paper>
  );
});

function PageDrawing({ page, selectedStepId, onSelectStep, stepTexts, stepLabel }: Omit<PreviewPageProps, 'label' | 'placeholder' | 'root'>) {
  // The drawing itself depends on the page only; the highlight and the click targets are an overlay above it.
  const svg = useMemo(() => toSvg(page), [page]);
  const { width, height } = page.size;
  const shapes = 'shapes' in page ? page.shapes.filter((s) => s.kind !== 'offpage') : [];
  const activate = (stepId: string) => onSelectStep?.(stepId);
  const onKey = (event: KeyboardEvent, stepId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(stepId);
    }
  };
  return (
    <>
      <div aria-hidden style={{ position: 'absolute', inset: 0 }} className="sop-preview-svg" dangerouslySetInnerHTML={{ __html: svg.replace('<svg ', '<svg style="width:100%;height:100%;display:block" ') }} />
      {shapes.length > 0 ? (
        <svg viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}>
          <style>{'.sop-preview-step{outline:none}.sop-preview-step:focus-visible rect{stroke:#1864ab;stroke-width:2.5px;stroke-dasharray:4 2}'}</style>
          {shapes.map((s, i) => {
            const selected = s.stepId === selectedStepId;
            const step = stepTexts.get(s.stepId);
            const name = step ? stepLabel(step.n, step.text) : s.stepId;
            const pad = 3;
            const rect = (
              <rect
                x={s.x - pad}
                y={s.y - pad}
                width={s.w + 2 * pad}
                height={s.h + 2 * pad}
                rx={3}
                fill={selected ? 'rgba(34,139,230,0.18)' : 'transparent'}
                stroke={selected ? '#1c7ed6' : 'transparent'}
                strokeWidth={selected ? 2 : 0}
              />
            );
            return onSelectStep ? (
              <g
                key={`${s.stepId}-${i}`}
                role="button"
                tabIndex={0}
                aria-label={name}
                aria-pressed={selected}
                data-step-id={s.stepId}
                data-selected={selected || undefined}
                style={{ cursor: 'pointer' }}
                className="sop-preview-step"
                onClick={() => activate(s.stepId)}
                onKeyDown={(e) => onKey(e, s.stepId)}
              >
                <title>{name}</title>
                {rect}
              </g>
            ) : (
              <g key={`${s.stepId}-${i}`} data-step-id={s.stepId} data-selected={selected || undefined} aria-hidden>
                {rect}
              </g>
            );
          })}
        </svg>
      ) : null}
    </>
  );
}
