import ExcelJS from 'exceljs';
import { TIME_UNITS, type PageSettings, type SopContent } from '../../../../domain/sop/model.ts';
import { layoutSop, type FlowPage, type LayoutOptions } from '../../../../domain/sop/layout/index.ts';
import { rowPictures } from '../export/row-pictures.ts';
import {
  ACTOR_COLUMNS, ACTOR_FIRST_ROW, ACTOR_HEADER_ROW, ACTOR_LAST_ROW, ACTOR_LIST_RANGE, ACTOR_SEPARATOR, DIAGRAM_COLUMNS, END_WORD,
  FORMAT_NAME, FORMAT_VERSION, GUIDE_LINES, IDENTITY_COLUMNS, IDENTITY_FIELDS, IDENTITY_LISTS, LIST_FIRST_ROW, LIST_HEADER_ROW, LIST_LAST_ROW,
  META_CELLS, SHEETS, STEP_COLUMNS, STEP_FIRST_ROW, STEP_HEADER_ROW, STEP_LAST_ROW, SYMBOL_LABELS, stepCol, type IdentityFieldKey,
} from './template-layout.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
const SYSTEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};

/** exceljs has `dataValidations.add(range, …)` at run time but not in its type declarations. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
const validate = (ws: ExcelJS.Worksheet, range: string, v: ExcelJS.DataValidation) => (ws as WithValidations).dataValidations.add(range, v);

function header(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
  });
}

/** A date cell at UTC midnight (how spreadsheets hold a calendar day), shown as DD-MM-YYYY. */
function dateValue(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function guideSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(SHEETS.guide, { properties: { tabColor: { argb: 'FF1F6FB2' } } });
  ws.getColumn(1).width = 120;
  GUIDE_LINES.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    const heading = line.startsWith('# ');
    cell.value = heading ? line.slice(2) : line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (heading) cell.font = { bold: true, size: i === 0 ? 14 : 12 };
  });
}

function identityValue(content: SopContent | null, key: IdentityFieldKey, unitName: string): string | Date | null {
  if (!content) return key === 'unit' ? unitName || null : null;
  const id = content.identity;
  switch (key) {
    case 'unit': return unitName || null;
    case 'number': return id.number;
    case 'title': return id.title;
    case 'madeOn': return dateValue(id.madeOn);
    case 'revisedOn': return dateValue(id.revisedOn);
    case 'effectiveOn': return dateValue(id.effectiveOn);
    case 'ratifiedBy.position': return id.ratifiedBy.position;
    case 'ratifiedBy.name': return id.ratifiedBy.name;
    case 'ratifiedBy.nip': return id.ratifiedBy.nip;
    case 'warnings': return id.warnings;
  }
}

function identitySheet(wb: ExcelJS.Workbook, content: SopContent | null, unitName: string) {
  const ws = wb.addWorksheet(SHEETS.identity, { views: [{ state: 'frozen', ySplit: 1 }] });
  IDENTITY_LISTS.forEach((l, i) => (ws.getColumn(i + 1).width = l.width));
  ws.getCell(`${IDENTITY_COLUMNS.label}1`).value = 'Isian';
  ws.getCell(`${IDENTITY_COLUMNS.value}1`).value = 'Nilai';
  ws.getCell(`${IDENTITY_COLUMNS.hint}1`).value = 'Petunjuk';
  header(ws.getRow(1));
  for (const f of IDENTITY_FIELDS) {
    const label = ws.getCell(`${IDENTITY_COLUMNS.label}${f.row}`);
    label.value = f.required ? `${f.label} *` : f.label;
    label.font = { bold: true };
    label.border = THIN;
    const cell = ws.getCell(`${IDENTITY_COLUMNS.value}${f.row}`);
    const value = identityValue(content, f.key, unitName);
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (f.kind === 'date') {
      cell.numFmt = 'dd-mm-yyyy';
      validate(ws, cell.address, {
        type: 'date', operator: 'between', allowBlank: true, formulae: [new Date(Date.UTC(1945, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Tanggal', error: 'Tulis tanggal dengan format HH-BB-TTTT, mis. 05-01-2026.',
      });
    }
    if (f.kind === 'nip') cell.numFmt = '@';
    if (f.kind === 'info') cell.fill = SYSTEM_FILL;
    if (value !== null && value !== '') cell.value = value;
    const hint = ws.getCell(`${IDENTITY_COLUMNS.hint}${f.row}`);
    hint.value = f.hint;
    hint.font = { italic: true, color: { argb: 'FF666666' } };
    hint.alignment = { wrapText: true, vertical: 'top' };
  }
  const listRow = ws.getRow(LIST_HEADER_ROW);
  IDENTITY_LISTS.forEach((l) => (ws.getCell(`${l.col}${LIST_HEADER_ROW}`).value = l.label));
  header(listRow);
  for (let r = LIST_FIRST_ROW; r <= LIST_LAST_ROW; r++) {
    for (const l of IDENTITY_LISTS) {
      const cell = ws.getCell(`${l.col}${r}`);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (l.key === 'relatedId') cell.fill = SYSTEM_FILL;
    }
  }
  if (!content) return;
  const id = content.identity;
  const lists: Record<string, string[]> = {
    legalBasis: id.legalBasis,
    qualifications: id.qualifications,
    related: id.related.map((r) => r.title),
    relatedId: id.related.map((r) => r.sopId ?? ''),
    equipment: id.equipment,
    records: id.records,
  };
  for (const l of IDENTITY_LISTS) {
    lists[l.key].forEach((item, i) => {
      if (item !== '') ws.getCell(`${l.col}${LIST_FIRST_ROW + i}`).value = item;
    });
  }
}

function actorsSheet(wb: ExcelJS.Workbook, content: SopContent | null) {
  const ws = wb.addWorksheet(SHEETS.actors, { views: [{ state: 'frozen', ySplit: ACTOR_HEADER_ROW }] });
  const cols = [ACTOR_COLUMNS.no, ACTOR_COLUMNS.name, ACTOR_COLUMNS.positionId];
  cols.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    ws.getCell(`${c.col}${ACTOR_HEADER_ROW}`).value = c.label;
  });
  header(ws.getRow(ACTOR_HEADER_ROW));
  for (let r = ACTOR_FIRST_ROW; r <= ACTOR_LAST_ROW; r++) {
    ws.getCell(`${ACTOR_COLUMNS.no.col}${r}`).value = r - ACTOR_FIRST_ROW + 1;
    ws.getCell(`${ACTOR_COLUMNS.positionId.col}${r}`).fill = SYSTEM_FILL;
  }
  content?.actors.forEach((a, i) => {
    const r = ACTOR_FIRST_ROW + i;
    ws.getCell(`${ACTOR_COLUMNS.name.col}${r}`).value = a.name;
    if (a.positionId) ws.getCell(`${ACTOR_COLUMNS.positionId.col}${r}`).value = a.positionId;
  });
}

function stepsSheet(wb: ExcelJS.Workbook, content: SopContent | null) {
  const ws = wb.addWorksheet(SHEETS.steps, { views: [{ state: 'frozen', ySplit: STEP_HEADER_ROW, xSplit: 1 }] });
  STEP_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    ws.getCell(`${c.col}${STEP_HEADER_ROW}`).value = c.label;
  });
  header(ws.getRow(STEP_HEADER_ROW));
  ws.getRow(STEP_HEADER_ROW).height = 30;
  const range = (key: Parameters<typeof stepCol>[0]) => `${stepCol(key)}${STEP_FIRST_ROW}:${stepCol(key)}${STEP_LAST_ROW}`;
  validate(ws, range('actors'), {
    type: 'list', allowBlank: true, formulae: [ACTOR_LIST_RANGE],
    showInputMessage: true, promptTitle: 'Pelaksana', prompt: `Pilih dari daftar. Beberapa pelaksana: pisahkan dengan "${ACTOR_SEPARATOR}".`,
    // several actors typed by hand are not in the list: a warning the user may accept, not a refusal
    showErrorMessage: true, errorStyle: 'information', errorTitle: 'Pelaksana', error: `Nama tidak ada di lembar ${SHEETS.actors}. Untuk beberapa pelaksana, pisahkan dengan "${ACTOR_SEPARATOR}".`,
  });
  validate(ws, range('symbol'), {
    type: 'list', allowBlank: true, formulae: [`"${Object.values(SYMBOL_LABELS).join(',')}"`],
    showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Simbol', error: 'Pilih Mulai/Selesai, Proses atau Keputusan.',
  });
  validate(ws, range('unit'), {
    type: 'list', allowBlank: true, formulae: [`"${TIME_UNITS.join(',')}"`],
    showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Satuan waktu', error: `Pilih salah satu: ${TIME_UNITS.join(', ')}.`,
  });
  validate(ws, range('time'), {
    type: 'decimal', operator: 'greaterThan', allowBlank: true, formulae: [0],
    showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Waktu', error: 'Tulis angka lebih dari 0, mis. 30 atau 2,5.',
  });
  for (const key of ['no', 'next', 'yes', 'no_'] as const) {
    for (let r = STEP_FIRST_ROW; r <= STEP_LAST_ROW; r++) ws.getCell(`${stepCol(key)}${r}`).alignment = { horizontal: 'center', vertical: 'top' };
  }
  for (const key of ['description', 'actors', 'requirements', 'output', 'notes'] as const) {
    ws.getColumn(stepCol(key)).alignment = { wrapText: true, vertical: 'top' };
  }
  if (!content) return;
  const numberOf = new Map(content.steps.map((s, i) => [s.id, i + 1]));
  const nameOf = new Map(content.actors.map((a) => [a.id, a.name]));
  const target = (id: string | null | undefined) => (id ? numberOf.get(id) ?? null : null);
  content.steps.forEach((s, i) => {
    const r = STEP_FIRST_ROW + i;
    const set = (key: Parameters<typeof stepCol>[0], value: ExcelJS.CellValue) => {
      if (value !== null && value !== undefined && value !== '') ws.getCell(`${stepCol(key)}${r}`).value = value;
    };
    set('no', i + 1);
    set('description', s.description);
    set('actors', s.actorIds.map((a) => nameOf.get(a) ?? a).join(`${ACTOR_SEPARATOR} `));
    set('symbol', SYMBOL_LABELS[s.symbol]);
    if (s.symbol === 'decision') {
      set('yes', target(s.yes));
      set('no_', target(s.no));
    } else {
      set('next', s.next === null ? END_WORD : target(s.next));
    }
    set('requirements', s.requirements);
    if (s.time) {
      set('time', s.time.value);
      set('unit', s.time.unit);
    }
    set('output', s.output);
    set('notes', s.notes);
  });
}

function metaSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  ws.getCell(META_CELLS.name).value = FORMAT_NAME;
  ws.getCell(META_CELLS.version).value = FORMAT_VERSION;
}

/** Points to the pixels (96 per inch) spreadsheet pictures are sized in. */
const px = (pt: number) => Math.round((pt * 4) / 3);
/** A column width in characters (Calibri 11: 7 pixels a character plus 5 of padding) for a width in points. */
const charWidth = (pt: number) => Math.max(1, Math.round(((px(pt) - 5) / 7) * 100) / 100);
/** The tallest row a spreadsheet allows, in points. */
const MAX_ROW_PT = 409;

/**
 * *Diagram Alir*: the flowchart as one picture per step, each anchored in its step's row, the row as tall as the
 * picture; the picture's columns (loop-back lanes, then one per actor) are as wide as in the drawing, so the actor
 * names in the header stand above their lanes.
 */
async function diagramSheet(wb: ExcelJS.Workbook, content: SopContent, settings: PageSettings, opts: LayoutOptions) {
  const layout = layoutSop(content, settings, opts);
  const first = layout.pages.find((p) => p.rows.length > 0) as FlowPage | undefined;
  const ws = wb.addWorksheet(SHEETS.diagram, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.getColumn(1).width = DIAGRAM_COLUMNS.no.width;
  ws.getColumn(2).width = DIAGRAM_COLUMNS.description.width;
  ws.getCell('A1').value = DIAGRAM_COLUMNS.no.label;
  ws.getCell('B1').value = DIAGRAM_COLUMNS.description.label;
  if (!first) {
    header(ws.getRow(1));
    return;
  }
  const pictures = await rowPictures(layout);
  const lanes = first.columns.filter((c) => c.key === 'loops' || c.key.startsWith('actor:'));
  const nameOf = new Map(content.actors.map((a) => [a.id, a.name]));
  lanes.forEach((c, i) => {
    ws.getColumn(3 + i).width = charWidth(c.w);
    ws.getCell(1, 3 + i).value = c.actorId ? nameOf.get(c.actorId) ?? '' : '';
  });
  const after = 3 + lanes.length;
  const tail = [['Kelengkapan', 24], ['Waktu', 12], ['Output', 24], ['Keterangan', 24]] as const;
  tail.forEach(([label, width], i) => {
    ws.getColumn(after + i).width = width;
    ws.getCell(1, after + i).value = label;
  });
  header(ws.getRow(1));
  ws.getRow(1).height = 30;
  content.steps.forEach((s, i) => {
    const r = 2 + i;
    const row = ws.getRow(r);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = s.description;
    row.getCell(after).value = s.requirements || null;
    row.getCell(after + 1).value = s.time ? `${s.time.value} ${s.time.unit}` : null;
    row.getCell(after + 2).value = s.output || null;
    row.getCell(after + 3).value = s.notes || null;
    row.eachCell({ includeEmpty: true }, (c) => (c.alignment = { wrapText: true, vertical: 'top' }));
    const pic = pictures.get(s.id);
    if (!pic) return;
    const fit = Math.min(1, MAX_ROW_PT / pic.heightPt);
    row.height = Math.round(pic.heightPt * fit * 100) / 100;
    const image = wb.addImage({ buffer: pic.png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, {
      tl: { col: 2, row: r - 1 } as ExcelJS.Anchor,
      ext: { width: px(pic.widthPt * fit), height: px(pic.heightPt * fit) },
      editAs: 'oneCell',
    });
  });
  ws.pageSetup = { orientation: 'landscape', paperSize: settings.paper === 'A4' ? 9 : undefined, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export interface WorkbookOptions {
  /** Shown on the identity sheet (informative: an import goes to the unit chosen in the portal). */
  unitName?: string;
  /** The unit block of the layout (the identity page of other outputs); not needed for the flowchart pictures. */
  layout?: LayoutOptions;
  /** Leave out the Diagram Alir sheet (default: included when there is content). */
  diagram?: boolean;
}

/** The template, empty (`content` null) or filled with an SOP, with a *Diagram Alir* sheet for a filled one. */
export async function buildWorkbook(content: SopContent | null, settings: PageSettings, opts: WorkbookOptions = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Manorta';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  guideSheet(wb);
  identitySheet(wb, content, opts.unitName ?? '');
  actorsSheet(wb, content);
  stepsSheet(wb, content);
  if (content && content.steps.length > 0 && opts.diagram !== false) await diagramSheet(wb, content, settings, opts.layout ?? {});
  metaSheet(wb);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: content ? 1 : 0, visibility: 'visible' }];
  return wb;
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The blank template (`GET /api/sops/template.xlsx`). */
export async function templateXlsx(settings: PageSettings): Promise<Buffer> {
  return toBuffer(await buildWorkbook(null, settings));
}

/**
 * An SOP in the template, with its flowchart as pictures on the *Diagram Alir* sheet: what
 * `GET /api/sops/:id/export.xlsx` sends, pure of the database (the benchmark calls it directly).
 */
export async function renderSopXlsx(content: SopContent, settings: PageSettings, opts: WorkbookOptions = {}): Promise<Buffer> {
  return toBuffer(await buildWorkbook(content, settings, opts));
}
