import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS, type PageSettings, type SopContent } from '../model.ts';
import { actorNameLines, fontSizeFor } from './columns.ts';
import { layoutSop, MIN_FONT_SIZE, toSvg } from './index.ts';
import { checkLayout, sopLinks } from './testing/check.ts';
import { generateSop } from './testing/generate.ts';
import { SMALL_SOP } from './testing/fixtures.ts';
import { ARROW_LENGTH } from './svg.ts';
import { measure } from './text.ts';

const SIZES = [
  { steps: 20, actors: 6 },
  { steps: 100, actors: 10 },
  { steps: 200, actors: 15 },
  { steps: 100, actors: 15 },
  { steps: 200, actors: 6 },
];
const SEEDS = [1, 2, 3, 4];

describe('layout of generated SOPs meets the quality bar', () => {
  for (const paper of ['A4', 'F4'] as const) {
    for (const { steps, actors } of SIZES) {
      it(`${steps} steps × ${actors} actors on ${paper}`, () => {
        const settings: PageSettings = { ...DEFAULT_PAGE_SETTINGS, paper };
        for (const seed of SEEDS) {
          const sop = generateSop({ steps, actors, seed });
          const layout = layoutSop(sop, settings);
          expect(checkLayout(sop, settings, layout), `seed ${seed}`).toEqual([]);
          expect(layout.warnings.filter((w) => w.code !== 'name-abbreviated')).toEqual([]);
        }
      });
    }
  }

  it('the generated SOPs have what the bar is about: decisions, loop-backs, forward jumps, several ends, shared steps, page crossings', () => {
    const sop = generateSop({ steps: 100, actors: 10, seed: 1 });
    const index = new Map(sop.steps.map((s, i) => [s.id, i]));
    const links = sopLinks(sop);
    expect(sop.steps.filter((s) => s.symbol === 'decision').length).toBeGreaterThan(8);
    expect(links.filter((l) => index.get(l.to)! <= index.get(l.from)!).length).toBeGreaterThan(3);
    expect(links.filter((l) => index.get(l.to)! > index.get(l.from)! + 1).length).toBeGreaterThan(3);
    expect(sop.steps.filter((s) => s.symbol === 'terminator' && s.next === null).length).toBeGreaterThan(1);
    expect(sop.steps.filter((s) => s.actorIds.length > 1).length).toBeGreaterThan(3);
    const layout = layoutSop(sop, DEFAULT_PAGE_SETTINGS);
    const offpage = layout.pages.flatMap((p) => p.shapes.filter((s) => s.kind === 'offpage'));
    expect(new Set(offpage.map((s) => s.label)).size).toBeGreaterThan(26);
  });

  it('is deterministic: the same SOP gives the same drawing', () => {
    const sop = generateSop({ steps: 100, actors: 15, seed: 9 });
    const a = layoutSop(sop, DEFAULT_PAGE_SETTINGS);
    const b = layoutSop(structuredClone(sop), DEFAULT_PAGE_SETTINGS);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('the checker catches what it is meant to', () => {
  const settings = DEFAULT_PAGE_SETTINGS;
  const fresh = () => layoutSop(SMALL_SOP, settings);

  it('a connector through a symbol, into the header, or over another one', () => {
    const layout = fresh();
    const page = layout.pages[0];
    const flow = page.connectors.find((c) => c.kind === 'flow')!;
    const other = page.shapes.find((s) => s.stepId !== flow.from && s.stepId !== flow.to)!;
    flow.points.splice(1, 0, { x: flow.points[0].x, y: other.y + other.h / 2 }, { x: other.x + other.w + 5, y: other.y + other.h / 2 }, { x: flow.points[0].x, y: other.y + other.h / 2 });
    expect(checkLayout(SMALL_SOP, settings, layout).join('\n')).toMatch(/passes through/);

    const up = fresh();
    up.pages[0].connectors.find((c) => c.kind === 'flow')!.points.unshift({ x: up.pages[0].headerRect.x + 300, y: up.pages[0].headerRect.y + 5 });
    expect(checkLayout(SMALL_SOP, settings, up).join('\n')).toMatch(/header/);

    const dup = fresh();
    const flows = dup.pages[0].connectors.filter((c) => c.kind === 'flow' && c.to !== dup.pages[0].connectors.find((d) => d.kind === 'flow')!.to);
    dup.pages[0].connectors.push({ ...flows[0], to: 'other' });
    expect(checkLayout(SMALL_SOP, settings, dup).join('\n')).toMatch(/share a run/);
  });

  it('a missing link, overlapping symbols, a symbol out of its column, small text', () => {
    const gone = fresh();
    gone.pages[0].connectors = gone.pages[0].connectors.filter((c) => c.to !== 's5');
    expect(checkLayout(SMALL_SOP, settings, gone).join('\n')).toMatch(/s4→s5 \(yes\) not drawn/);

    const moved = fresh();
    const [a, b] = moved.pages[0].shapes;
    b.x = a.x;
    b.y = a.y;
    expect(checkLayout(SMALL_SOP, settings, moved).join('\n')).toMatch(/overlaps|leaves its/);

    const tiny = fresh();
    tiny.pages[0].texts[0].size = 5.6;
    expect(checkLayout(SMALL_SOP, settings, tiny).join('\n')).toMatch(/5\.6 pt/);
  });

  it('a run along a row border or a column border, a label over a line, an arrowhead with no run to sit on', () => {
    expect(checkLayout(SMALL_SOP, settings, fresh())).toEqual([]);

    // s2 → s3 leaves s2's bottom, turns along its band and drops into s3: lay the turn on the row border.
    const onRow = fresh();
    const run = onRow.pages[0].connectors.find((c) => c.from === 's2' && c.to === 's3')!;
    expect(run.points.length).toBe(4);
    const row = onRow.pages[0].rows.find((r) => r.stepId === 's2')!;
    run.points[1].y = run.points[2].y = row.y + row.height + 0.3;
    expect(checkLayout(SMALL_SOP, settings, onRow).join('\n')).toMatch(/s2→s3 runs along the row border/);

    const onColumn = fresh();
    const down = onColumn.pages[0].connectors.find((c) => c.from === 's3' && c.to === 's4')!;
    const column = onColumn.pages[0].columns.find((c) => c.key === 'actor:a3')!;
    const [a, b] = down.points;
    down.points = [a, { x: a.x, y: a.y + 1 }, { x: column.x - 0.4, y: a.y + 1 }, { x: column.x - 0.4, y: b.y - 1 }, { x: a.x, y: b.y - 1 }, b];
    expect(checkLayout(SMALL_SOP, settings, onColumn).join('\n')).toMatch(/s3→s4 runs along the column border/);

    const overLine = fresh();
    const yes = overLine.pages[0].connectors.find((c) => c.label === 'Ya')!;
    const text = overLine.pages[0].texts.find((t) => t.text === 'Ya' && t.x === yes.labelAt!.x && t.y === yes.labelAt!.y)!;
    text.x = yes.labelAt!.x = yes.points[0].x - 3;
    expect(checkLayout(SMALL_SOP, settings, overLine).join('\n')).toMatch(/label Ya of s4→s5 lies over a connector/);

    const overSymbol = fresh();
    const no = overSymbol.pages[0].connectors.find((c) => c.label === 'Tidak')!;
    const noText = overSymbol.pages[0].texts.find((t) => t.text === 'Tidak' && t.x === no.labelAt!.x && t.y === no.labelAt!.y)!;
    noText.x = no.labelAt!.x = no.points[0].x + 2;
    noText.y = no.labelAt!.y = no.points[0].y + 3;
    expect(checkLayout(SMALL_SOP, settings, overSymbol).join('\n')).toMatch(/label Tidak of s4→s2 lies over decision of s4/);

    const stub = fresh();
    const flow = stub.pages[0].connectors.find((c) => c.from === 's1')!;
    const end = flow.points[flow.points.length - 1];
    flow.points.push({ x: end.x + 1, y: end.y });
    expect(checkLayout(SMALL_SOP, settings, stub).join('\n')).toMatch(/s1→s2: last run 1 pt, shorter than its arrowhead/);
  });
});

describe('connectors on paper', () => {
  it('keep every run off the grid lines and every exit label clear, across paper sizes and actor counts', () => {
    let bands = 0;
    let sideLabels = 0;
    let bottomLabels = 0;
    for (const paper of ['A4', 'F4'] as const) {
      for (const [steps, actors] of [[20, 6], [100, 10], [200, 15]]) {
        const settings = { ...DEFAULT_PAGE_SETTINGS, paper };
        const sop = generateSop({ steps, actors, seed: 7 });
        const layout = layoutSop(sop, settings);
        expect(checkLayout(sop, settings, layout), `${steps}×${actors} ${paper}`).toEqual([]);
        for (const page of layout.pages) {
          const borders = page.rows.map((r) => r.y + r.height);
          for (const c of page.connectors) {
            // Horizontal runs between the rows: each lies strictly inside a row, away from its borders.
            for (let i = 1; i < c.points.length; i++) {
              const [p, q] = [c.points[i - 1], c.points[i]];
              if (p.y === q.y && c.kind === 'flow' && !page.shapes.some((s) => Math.abs(s.y + s.h / 2 - p.y) < 0.01)) {
                bands++;
                for (const y of borders) expect(Math.abs(p.y - y)).toBeGreaterThan(1);
              }
            }
            if (c.label !== undefined) {
              const [p, q] = c.points;
              if (p.x === q.x) bottomLabels++;
              else sideLabels++;
            }
          }
        }
      }
    }
    expect(bands).toBeGreaterThan(100);
    expect(sideLabels).toBeGreaterThan(20);
    expect(bottomLabels).toBeGreaterThan(20);
  });

  it('end every flow connector with an arrowhead, those entering from the side too', () => {
    const layout = layoutSop(generateSop({ steps: 40, actors: 6, seed: 2 }), DEFAULT_PAGE_SETTINGS);
    let sideways = 0;
    for (const page of layout.pages) {
      const svg = toSvg(page);
      const lines = svg.split('\n').filter((l) => l.startsWith('<polyline'));
      const flows = page.connectors.filter((c) => c.kind === 'flow');
      expect(lines.filter((l) => l.includes('marker-end="url(#a)"'))).toHaveLength(flows.length);
      expect(lines.filter((l) => !l.includes('marker-end'))).toHaveLength(page.connectors.length - flows.length);
      for (const c of flows) {
        const [p, q] = c.points.slice(-2);
        if (p.y === q.y) sideways++;
      }
    }
    expect(sideways).toBeGreaterThan(0);
    expect(toSvg(layout.pages[0])).toContain(`markerWidth="${ARROW_LENGTH}"`);
  });
});

describe('columns, text and pages', () => {
  it('shrinks the font with many actors, never below 7.5 pt, the same on every page', () => {
    expect(fontSizeFor(3)).toBe(9);
    expect(fontSizeFor(6)).toBe(9);
    expect(fontSizeFor(10)).toBeLessThan(9);
    expect(fontSizeFor(15)).toBe(MIN_FONT_SIZE);
    expect(fontSizeFor(40)).toBe(MIN_FONT_SIZE);
    const layout = layoutSop(generateSop({ steps: 60, actors: 15, seed: 5 }), DEFAULT_PAGE_SETTINGS);
    expect(new Set(layout.pages.flatMap((p) => p.texts.map((t) => t.size)))).toEqual(new Set([MIN_FONT_SIZE]));
  });

  it('wraps actor names and shortens those still too long, keeping the full name', () => {
    const long = 'Kepala Subbagian Ketatalaksanaan dan Pelayanan Publik pada Biro Organisasi dan Tata Laksana Sekretariat';
    const { lines, abbreviated } = actorNameLines(long, 26, 7.5);
    expect(abbreviated).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(4);
    for (const l of lines) expect(measure(l, 7.5)).toBeLessThanOrEqual(26);
    expect(actorNameLines('Pemohon', 40, 7.5)).toEqual({ lines: ['Pemohon'], abbreviated: false });
    expect(actorNameLines('Pengadministrasi Umum', 26, 7.5).lines.every((l) => l.endsWith('.') || l === 'Umum')).toBe(true);
    const sop: SopContent = { ...SMALL_SOP, actors: SMALL_SOP.actors.map((a, i) => (i === 1 ? { ...a, name: long } : a)) };
    const layout = layoutSop(sop, DEFAULT_PAGE_SETTINGS);
    const cell = layout.pages[0].header.find((c) => c.key === 'actor:a2')!;
    expect(cell.fullText).toBe(long);
    expect(layout.warnings).toContainEqual({ code: 'name-abbreviated', actorId: 'a2', detail: long });
  });

  it('breaks pages by the real row heights, not a fixed count', () => {
    const sop = generateSop({ steps: 24, actors: 4, seed: 3 });
    const short = { ...sop, steps: sop.steps.map((s) => ({ ...s, description: 'Memeriksa', requirements: '', output: '', notes: '' })) };
    const long = { ...sop, steps: sop.steps.map((s) => ({ ...s, description: `${s.description} `.repeat(3) })) };
    const settings = { ...DEFAULT_PAGE_SETTINGS, maxStepsPerPage: 20 };
    const shortPages = layoutSop(short, settings).pages;
    const longPages = layoutSop(long, settings).pages;
    expect(longPages.length).toBeGreaterThan(shortPages.length);
    for (const pages of [shortPages, longPages]) {
      for (const p of pages) {
        const last = p.rows[p.rows.length - 1];
        const bottom = Math.max(last.y + last.height, ...p.strips.map((s) => s.y + s.h));
        expect(bottom).toBeLessThanOrEqual(p.frame.y + p.frame.h);
      }
    }
    expect(checkLayout(long, settings, layoutSop(long, settings))).toEqual([]);
    expect(layoutSop(long, settings).warnings.filter((w) => w.code !== 'name-abbreviated')).toEqual([]);
  });

  it('honours maxStepsPerPage and keeps a decision with its exits when they fit', () => {
    const settings = { ...DEFAULT_PAGE_SETTINGS, maxStepsPerPage: 4 };
    const layout = layoutSop(SMALL_SOP, settings);
    for (const p of layout.pages) expect(p.rows.length).toBeLessThanOrEqual(4);
    // s4 (decision) → s5: the break falls before the decision instead of between it and its "Ya".
    const pageOf = (id: string) => layout.pages.find((p) => p.rows.some((r) => r.stepId === id))!.number;
    expect(pageOf('s4')).toBe(pageOf('s5'));
    expect(checkLayout(SMALL_SOP, settings, layout)).toEqual([]);
  });

  it('repeats the table header on every page', () => {
    const layout = layoutSop(generateSop({ steps: 40, actors: 6, seed: 2 }), DEFAULT_PAGE_SETTINGS);
    expect(layout.pages.length).toBeGreaterThan(2);
    const titles = (i: number) => layout.pages[i].header.flatMap((c) => c.lines.map((l) => l.text));
    expect(titles(0)).toContain('Uraian Kegiatan');
    expect(titles(0)).toContain('Mutu Baku');
    for (let i = 1; i < layout.pages.length; i++) expect(titles(i)).toEqual(titles(0));
  });

  it('reports steps it cannot draw instead of failing', () => {
    const sop: SopContent = {
      ...SMALL_SOP,
      steps: SMALL_SOP.steps.map((s) => (s.id === 's3' ? { ...s, actorIds: ['ghost'] } : s.id === 's4' ? { ...s, no: 'nowhere' } : s)),
    };
    const layout = layoutSop(sop, DEFAULT_PAGE_SETTINGS);
    expect(layout.warnings).toContainEqual({ code: 'unknown-actor', stepId: 's3', actorId: 'ghost' });
    expect(layout.warnings).toContainEqual({ code: 'unknown-target', stepId: 's4', detail: 'nowhere' });
    expect(toSvg(layout.pages[0])).toContain('<svg');
  });
});

describe('identity page', () => {
  it('lays out the unit block, the fields and the three pairs', () => {
    const layout = layoutSop(SMALL_SOP, DEFAULT_PAGE_SETTINGS, { unitNames: ['Kementerian X', 'Biro Organisasi'] });
    expect(layout.identity).toHaveLength(1);
    const page = layout.identity[0];
    const text = page.texts.map((t) => t.text);
    for (const t of ['KEMENTERIAN X', 'Nomor SOP', '001/ORTALA/2024', '7 Maret 2024', 'Tanggal Revisi', '-', 'NIP. 196805121994032001', 'DASAR HUKUM:', 'KUALIFIKASI PELAKSANA:', 'KETERKAITAN:', 'PERALATAN/PERLENGKAPAN:', 'PERINGATAN:', 'PENCATATAN DAN PENDATAAN:', '2. Mampu mengoperasikan komputer']) {
      expect(text).toContain(t);
    }
    const at = (t: string) => page.texts.find((l) => l.text === t)!;
    expect(at('DASAR HUKUM:').x).toBeLessThan(at('KUALIFIKASI PELAKSANA:').x);
    expect(at('DASAR HUKUM:').y).toBeCloseTo(at('KUALIFIKASI PELAKSANA:').y, 5);
    expect(at('KETERKAITAN:').y).toBeGreaterThan(at('DASAR HUKUM:').y);
    expect(at('PERINGATAN:').y).toBeGreaterThan(at('KETERKAITAN:').y);
    expect(page.logo).not.toBeNull();
    expect(layout.pages[0].number).toBe(2);
    expect(text).toContain(`Halaman 1 dari ${1 + layout.pages.length}`);
  });

  it('continues long lists on a second identity page', () => {
    const legalBasis = Array.from({ length: 60 }, (_, i) => `Peraturan nomor ${i + 1} tentang hal yang cukup panjang untuk dibaca`);
    const sop = { ...SMALL_SOP, identity: { ...SMALL_SOP.identity, legalBasis } };
    const layout = layoutSop(sop, DEFAULT_PAGE_SETTINGS);
    expect(layout.identity.length).toBe(2);
    const all = layout.identity.flatMap((p) => p.texts.map((t) => t.text));
    expect(all).toContain('DASAR HUKUM (lanjutan):');
    expect(all).toContain(`60. ${legalBasis[59]}`);
    for (const p of layout.identity) for (const t of p.texts) expect(t.y).toBeLessThanOrEqual(p.frame.y + p.frame.h);
    expect(layout.pages[0].number).toBe(3);
  });
});
