import { describe, expect, it } from 'vitest';
import { layoutSop } from '../../../../domain/sop/layout/index.ts';
import { DEFAULT_PAGE_SETTINGS, PAPER_POINTS, type PageSettings } from '../../../../domain/sop/model.ts';
import { renderSopDocx } from './docx.ts';
import { exportFileName } from './paint.ts';
import { blankPdfPages, renderSopPdf } from './pdf.ts';
import { rowPictures } from './row-pictures.ts';
import { twelveStepSop } from '../../../../domain/sop/testing.ts';
import { PNG_SIGNATURE, parseDocx, parsePdf } from './testing.ts';

const A4: PageSettings = DEFAULT_PAGE_SETTINGS;
const F4: PageSettings = { ...DEFAULT_PAGE_SETTINGS, paper: 'F4' };
/** Six steps a page: the 12-step SOP then runs over two flowchart pages with off-page connectors. */
const PAGED: PageSettings = { ...DEFAULT_PAGE_SETTINGS, maxStepsPerPage: 6 };
const unitNames = ['Kementerian Uji', 'Sekretariat Jenderal', 'Biro Organisasi dan Tata Laksana'];
const savedAt = new Date('2026-05-04T03:02:01.000Z');

describe('PDF export', () => {
  it('draws the identity and flowchart pages at the paper size, with selectable text in embedded DejaVu Sans', async () => {
    const content = twelveStepSop();
    for (const [settings, paper] of [[A4, 'A4'], [F4, 'F4'], [PAGED, 'A4']] as const) {
      const layout = layoutSop(content, settings, { unitNames });
      const pdf = await parsePdf(await renderSopPdf(content, settings, { unitNames, savedAt }));
      expect(pdf.pages).toHaveLength(layout.identity.length + layout.pages.length);
      for (const page of pdf.pages) {
        expect(page.width).toBeCloseTo(PAPER_POINTS[paper].width, 1);
        expect(page.height).toBeCloseTo(PAPER_POINTS[paper].height, 1);
      }
      const all = pdf.pages.map((p) => p.text).join(' ');
      for (const step of content.steps) expect(all).toContain(step.description);
      expect(pdf.pages[0].text).toContain('BIRO ORGANISASI DAN TATA LAKSANA');
      expect(pdf.pages[0].text).toContain('Penyusunan dan Pengesahan Laporan Kinerja');
      pdf.pages.forEach((p, i) => expect(p.text).toContain(`Halaman ${i + 1} dari ${pdf.pages.length}`));
      expect(all).toContain('Ya');
      expect(all).toContain('Tidak');
      expect(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
      expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    }
  });

  it('runs over several flowchart pages with off-page connectors when the steps do not fit one', async () => {
    const content = twelveStepSop();
    const layout = layoutSop(content, PAGED, { unitNames });
    expect(layout.pages.length).toBeGreaterThan(1);
    const letters = layout.pages.flatMap((p) => p.shapes.filter((s) => s.kind === 'offpage').map((s) => s.label));
    expect(letters.length).toBeGreaterThan(0);
    const pdf = await parsePdf(await renderSopPdf(content, PAGED, { unitNames, savedAt }));
    const flowText = pdf.pages.slice(layout.identity.length).map((p) => p.text).join(' ');
    for (const letter of letters) expect(flowText.split(' ')).toContain(letter);
  });

  it('embeds the font files as TrueType font programs (FontFile2) and dates the document with the save time', async () => {
    const bytes = await renderSopPdf(twelveStepSop(), A4, { unitNames, savedAt });
    const raw = bytes.toString('latin1');
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(2);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    const { info } = await parsePdf(bytes);
    expect(info).toMatchObject({ Title: 'Penyusunan dan Pengesahan Laporan Kinerja', CreationDate: 'D:20260504030201Z', ModDate: 'D:20260504030201Z' });
  });

  it('gives byte-identical output for the same version, and other bytes for another save time', async () => {
    const content = twelveStepSop();
    const a = await renderSopPdf(content, A4, { unitNames, savedAt });
    const b = await renderSopPdf(structuredClone(content), A4, { unitNames: [...unitNames], savedAt: new Date(savedAt) });
    expect(b.equals(a)).toBe(true);
    const c = await renderSopPdf(content, A4, { unitNames, savedAt: new Date('2026-05-04T03:02:02.000Z') });
    expect(c.equals(a)).toBe(false);
  });

  it('writes blank pages of the paper size with the same library (the benchmark baseline)', async () => {
    const pdf = await parsePdf(await blankPdfPages(3, 'F4'));
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0].width).toBeCloseTo(PAPER_POINTS.F4.width, 1);
    expect(pdf.pages.every((p) => p.text === '')).toBe(true);
  });
});

describe('row pictures', () => {
  it('cuts one PNG per step row across the loop lanes and actor columns, rows of a page stacking without gaps', async () => {
    const content = twelveStepSop();
    const layout = layoutSop(content, PAGED, { unitNames });
    const pictures = await rowPictures(layout);
    expect([...pictures.keys()]).toEqual(content.steps.map((s) => s.id));
    for (const page of layout.pages) {
      const onPage = page.rows.map((r) => pictures.get(r.stepId)!);
      const lanes = page.columns.find((c) => c.key === 'loops')!;
      const lastActor = page.columns.filter((c) => c.key.startsWith('actor:')).at(-1)!;
      for (const [i, p] of onPage.entries()) {
        expect(p.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(p.page).toBe(page.number);
        expect(p.x).toBe(lanes.x);
        expect(p.widthPt).toBeCloseTo(lastActor.x + lastActor.w - lanes.x, 1);
        expect(p.widthPx).toBe(Math.round(p.widthPt * 2));
        expect(Math.abs(p.heightPx - p.heightPt * 2)).toBeLessThanOrEqual(1);
        expect(p.columns).toEqual(['loops', ...content.actors.map((a) => `actor:${a.id}`)]);
        if (i > 0) expect(p.y).toBeCloseTo(onPage[i - 1].y + onPage[i - 1].heightPt, 1);
      }
      // The strips of off-page connectors belong to the first and last rows' pictures.
      const top = page.strips.find((s) => s.key === 'strip:top');
      expect(onPage[0].y).toBeCloseTo(top ? top.y : page.rows[0].y, 1);
      expect(onPage[0].stripAbove).toBeCloseTo(top ? top.h : 0, 1);
      // Cut from one picture of the page: together the rows' pixels are exactly the band's.
      const band = onPage.at(-1)!.y + onPage.at(-1)!.heightPt - onPage[0].y;
      expect(onPage.reduce((sum, p) => sum + p.heightPx, 0)).toBe(Math.round(band * 2));
      const bottom = page.strips.find((s) => s.key === 'strip:bottom');
      const last = onPage.at(-1)!;
      const lastRow = page.rows.at(-1)!;
      expect(last.y + last.heightPt).toBeCloseTo(bottom ? bottom.y + bottom.h : lastRow.y + lastRow.height, 1);
    }
  });

  it('gives rows with different symbols and lines different pictures', async () => {
    const pictures = await rowPictures(layoutSop(twelveStepSop(), A4, {}));
    const sizes = new Set([...pictures.values()].map((p) => p.png.toString('base64')));
    expect(sizes.size).toBeGreaterThan(1);
  });
});

describe('Word export', () => {
  it('holds the identity table, the flowchart tables with repeated header rows, and one picture per step row', async () => {
    const content = twelveStepSop();
    for (const settings of [A4, PAGED]) {
      const layout = layoutSop(content, settings, { unitNames });
      const docx = await parseDocx(await renderSopDocx(content, settings, { unitNames, savedAt }));
      const xml = docx.documentXml;
      for (const step of content.steps) expect(docx.cellTexts).toContain(step.description);
      for (const title of ['No', 'Uraian Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan', 'Analis Kinerja', 'Kepala Biro']) {
        expect(docx.cellTexts).toContain(title);
      }
      for (const label of ['Nomor SOP', '007/SOP/SETKOMPOLNAS/XI/2026', 'Nama SOP', 'Penyusunan dan Pengesahan Laporan Kinerja', 'BIRO ORGANISASI DAN TATA LAKSANA']) {
        expect(docx.cellTexts.join('\n')).toContain(label);
      }
      expect(docx.cellTexts).toContain('2 hari');
      // Two header rows per flowchart table, each marked to repeat on every page.
      expect(xml.match(/<w:tblHeader\/>|<w:tblHeader [^>]*\/>/g)).toHaveLength(2 * layout.pages.length);
      expect(xml.match(/<w:tbl>/g)).toHaveLength(1 + layout.pages.length);
      // One picture per step row, each a PNG in the media folder.
      expect(xml.match(/<w:drawing>/g)).toHaveLength(content.steps.length);
      // (docx stores identical pictures once; every row of this SOP differs, so each has its own file.)
      expect(docx.media).toHaveLength(content.steps.length);
      for (const m of docx.media) {
        expect(m.name).toMatch(/\.png$/);
        expect(m.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      }
      // Landscape paper of the settings, in twips.
      const paper = PAPER_POINTS[settings.paper];
      expect(xml).toContain(`w:w="${Math.round(paper.width * 20)}"`);
      expect(xml).toContain(`w:h="${Math.round(paper.height * 20)}"`);
      expect(xml).toContain('w:orient="landscape"');
    }
  });

  it('places each row picture once, in the order of the rows, at the size of its band', async () => {
    const content = twelveStepSop();
    const pictures = [...(await rowPictures(layoutSop(content, A4, { unitNames }))).values()];
    expect(new Set(pictures.map((p) => p.png.toString('base64'))).size).toBe(content.steps.length);
    const docx = await parseDocx(await renderSopDocx(content, A4, { unitNames }));
    const extents = [...docx.documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(pictures.length);
    // 12,700 EMU to the point.
    extents.forEach(([cx, cy], i) => {
      expect(cx / 12700).toBeCloseTo(pictures[i].widthPt, 1);
      expect(cy / 12700).toBeCloseTo(pictures[i].heightPt, 1);
    });
  });
});

describe('file names', () => {
  it('keeps safe characters of the number and title', () => {
    expect(exportFileName('012/SOP/ORT/2026', 'Penataan Organisasi: "Unit" Kerja', 'pdf')).toBe('012-SOP-ORT-2026 Penataan Organisasi Unit Kerja.pdf');
    expect(exportFileName('', '', 'docx')).toBe('SOP.docx');
    expect(exportFileName('../..', 'Évaluasi\r\nKelembagaan', 'pdf')).toBe('Evaluasi Kelembagaan.pdf');
  });
});
