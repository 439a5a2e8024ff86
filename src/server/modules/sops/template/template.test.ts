import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '../../../../domain/sop/model.ts';
import { validSop } from '../../../../domain/sop/testing.ts';
import { readSopWorkbook, templateMismatch, type ReadResult } from './read.ts';
import { SHEETS } from './template-layout.ts';
import { renderSopXlsx, templateXlsx } from './write.ts';
import { twelveStepSop } from '../../../../domain/sop/testing.ts';
import { filledTemplate } from './testing.ts';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

async function read(buf: Buffer): Promise<ReadResult> {
  const wb = await load(buf);
  expect(templateMismatch(wb)).toBeNull();
  return readSopWorkbook(wb, 'u1');
}

const problemsOf = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => ({ cell: p.cell, key: p.key, ...(p.params ? { params: p.params } : {}) })));

describe('the blank template', () => {
  it('has the sheets in order, frozen headers, lists, and the hidden format marker', async () => {
    const wb = await load(await templateXlsx(DEFAULT_PAGE_SETTINGS));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEETS.guide, 'visible'], [SHEETS.identity, 'visible'], [SHEETS.actors, 'visible'], [SHEETS.steps, 'visible'], [SHEETS.meta, 'veryHidden'],
    ]);
    const steps = wb.getWorksheet(SHEETS.steps)!;
    expect(steps.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(steps.getRow(1).values).toEqual([undefined, 'No', 'Uraian Kegiatan', 'Pelaksana', 'Simbol', 'Langkah berikutnya', 'Ya →', 'Tidak →', 'Kelengkapan', 'Waktu', 'Satuan waktu', 'Output', 'Keterangan']);
    expect(steps.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Pelaksana'!$B$2:$B$21"] });
    expect(steps.getCell('D301').dataValidation).toMatchObject({ type: 'list', formulae: ['"Mulai/Selesai,Proses,Keputusan"'] });
    expect(steps.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ['"menit,jam,hari,minggu,bulan,tahun"'] });
    expect(steps.getColumn('B').width).toBe(48);
    expect(wb.getWorksheet(SHEETS.identity)!.getCell('B10').numFmt).toBe('@');
    expect(wb.getWorksheet(SHEETS.guide)!.getCell('A1').value).toMatch(/Petunjuk pengisian/);
    expect(templateMismatch(wb)).toBeNull();
  });

  it('imported as it is, says that the SOP needs a name', async () => {
    const r = await read(await templateXlsx(DEFAULT_PAGE_SETTINGS));
    expect(problemsOf(r)).toEqual([{ cell: 'Identitas!B4', key: 'required' }]);
  });
});

describe('export then import', () => {
  it('gives back the same content: 12 steps, two decisions, a loop-back, a multi-actor step, full identity', async () => {
    const sop = twelveStepSop();
    const r = await read(await renderSopXlsx(sop, DEFAULT_PAGE_SETTINGS, { unitName: 'Sekretariat Kompolnas' }));
    expect(r.ok, JSON.stringify(problemsOf(r))).toBe(true);
    expect(r.ok && r.content).toEqual(sop);
  });

  it('adds the Diagram Alir sheet with one picture per step, anchored in its row, the row as tall as the picture', async () => {
    const sop = twelveStepSop();
    const wb = await load(await renderSopXlsx(sop, DEFAULT_PAGE_SETTINGS));
    const ws = wb.getWorksheet(SHEETS.diagram)!;
    const images = ws.getImages();
    expect(images).toHaveLength(12);
    const rows = images.map((i) => i.range.tl.nativeRow).sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const img of images) {
      const row = ws.getRow(img.range.tl.nativeRow + 1);
      expect(img.range.tl.nativeCol).toBe(2);
      expect(row.height).toBeGreaterThan(10);
      const ext = (img.range as unknown as { ext: { height: number } }).ext;
      expect(Math.abs(ext.height - (row.height * 4) / 3)).toBeLessThanOrEqual(1);
    }
    expect(ws.getCell('B2').value).toBe('Menerima permintaan laporan');
    expect(ws.getRow(1).values).toContain('Kepala Biro');
  });

  it('keeps a decision-free SOP equal too (validSop)', async () => {
    const sop = validSop();
    const r = await read(await renderSopXlsx(sop, { ...DEFAULT_PAGE_SETTINGS, paper: 'F4' }));
    expect(r.ok && r.content).toEqual(sop);
  });
});

describe('a filled template with mistakes', () => {
  it('lists every problem with its cell', async () => {
    const buf = await filledTemplate(twelveStepSop(), (wb) => {
      const id = wb.getWorksheet(SHEETS.identity)!;
      id.getCell('B4').value = null; // title
      id.getCell('B5').value = '31-02-2026'; // no such day
      id.getCell('B10').value = 197503151999031000; // NIP typed as a number
      const st = wb.getWorksheet(SHEETS.steps)!;
      st.getCell('C3').value = 'Analis Kinerja; Sekretaris'; // step 2: unknown actor
      st.getCell('D4').value = 'Kotak'; // step 3: unknown symbol
      st.getCell('G5').value = null; // step 4: decision without Tidak
      st.getCell('F8').value = 14; // step 7: Ya → a step that does not exist
      st.getCell('I9').value = 'satu'; // step 8: time not a number
      st.getCell('J10').value = 'detik'; // step 9: unknown unit
      st.getCell('E11').value = 'lanjut'; // step 10: not a step number
      st.getCell('F12').value = 3; // step 11: Ya on a process
      st.getCell('A13').value = 14; // step 12: number out of order
    });
    const r = await read(buf);
    expect(r.ok).toBe(false);
    expect(problemsOf(r)).toEqual([
      { cell: 'Identitas!B4', key: 'required' },
      { cell: 'Identitas!B5', key: 'sop_import_bad_date', params: { value: '31-02-2026' } },
      { cell: 'Identitas!B10', key: 'sop_import_nip_number' },
      { cell: 'Langkah!C3', key: 'sop_import_unknown_actor', params: { name: 'Sekretaris' } },
      { cell: 'Langkah!D4', key: 'sop_import_unknown_symbol', params: { value: 'Kotak' } },
      { cell: 'Langkah!G5', key: 'sop_import_decision_exit_missing', params: { exit: 'Tidak' } },
      { cell: 'Langkah!F8', key: 'sop_import_target_unknown', params: { value: 14 } },
      { cell: 'Langkah!I9', key: 'sop_import_not_number', params: { value: 'satu' } },
      { cell: 'Langkah!J10', key: 'sop_import_unknown_time_unit', params: { value: 'detik' } },
      { cell: 'Langkah!E11', key: 'sop_import_target_not_number', params: { value: 'lanjut' } },
      { cell: 'Langkah!F12', key: 'sop_import_link_not_decision' },
      { cell: 'Langkah!A13', key: 'sop_import_step_number', params: { expected: 12, value: '14' } },
    ]);
  });

  it('reads what people type: text dates, a decimal comma, a NIP with spaces, names in other case, extra blank rows', async () => {
    const buf = await filledTemplate(validSop(), (wb) => {
      const id = wb.getWorksheet(SHEETS.identity)!;
      id.getCell('B5').value = '5 Januari 2026';
      id.getCell('B7').value = '01/02/2026';
      id.getCell('B10').value = '19750315 199903 1 001';
      const st = wb.getWorksheet(SHEETS.steps)!;
      st.getCell('I3').value = '2,5';
      st.getCell('C6').value = 'analis kinerja ;KEPALA BAGIAN';
      st.getCell('D2').value = 'mulai';
      st.getCell('B40').value = null;
    });
    const r = await read(buf);
    expect(r.ok, JSON.stringify(problemsOf(r))).toBe(true);
    if (!r.ok) return;
    expect(r.content.identity).toMatchObject({ madeOn: '2026-01-05', effectiveOn: '2026-02-01', ratifiedBy: { nip: '197503151999031001' } });
    expect(r.content.steps[1].time).toEqual({ value: 2.5, unit: 'hari' });
    expect(r.content.steps[4].actorIds).toEqual(['a1', 'a2']);
  });

  it('maps the schema limits (a text too long) to the cell', async () => {
    const buf = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.steps)!.getCell('B4').value = 'x'.repeat(2001);
    });
    const r = await read(buf);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.cell)).toEqual(['Langkah!B4']);
  });

  it('refuses a workbook without the marker or with another version', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'halo';
    expect(templateMismatch(other)).toMatchObject({ key: 'sop_import_not_template' });
    const wb = await load(await templateXlsx(DEFAULT_PAGE_SETTINGS));
    wb.getWorksheet(SHEETS.meta)!.getCell('B1').value = 9;
    expect(templateMismatch(wb)).toEqual({ key: 'sop_import_template_version', params: { version: '9', expected: 1 } });
  });
});
