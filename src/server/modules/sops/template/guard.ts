import { StringDecoder } from 'node:string_decoder';
import path from 'node:path/posix';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../http/errors.ts';
import type { MessageKey } from '../../../http/messages.ts';
import { colNumber } from './template-layout.ts';

/**
 * The checks an uploaded workbook passes before a spreadsheet library parses it: the zip is read from its central
 * directory first (sizes as declared, nothing unpacked), then only the small parts that say what the workbook holds
 * (its sheet list, the relationships) and the sheets themselves, streamed through a SAX parser that stops at the
 * first excess. Every unpacked byte is counted against the declared size (yauzl's validateEntrySizes), so a zip that
 * lies about its sizes fails too.
 */
export const IMPORT_LIMITS = {
  /** The upload itself, counted while it streams in. */
  uploadBytes: 10 * 1024 * 1024,
  /** All parts unpacked together. */
  uncompressedBytes: 20 * 1024 * 1024,
  /** A part above `ratioFloorBytes` that unpacks to more than this many times its packed size is a bomb. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  entries: 1000,
  sheets: 20,
  /** Rows and columns of any sheet. */
  rows: 2000,
  columns: 100,
  /** How many formula cells a refusal names at most. */
  formulasNamed: 50,
} as const;

export const importRefusal = (status: number, code: string, key: MessageKey, params: Record<string, string | number> = {}, fields: { path: string; key: MessageKey; params?: Record<string, string | number> }[] = []) =>
  new AppError(status, code, key, params, (fields.length ? fields : [{ path: 'file', key, params }]).map((f) => ({ path: f.path, messageKey: f.key, params: f.params ?? params })));

const notXlsx = () => importRefusal(400, 'SOP_IMPORT_NOT_XLSX', 'sop_import_not_xlsx');
const bomb = () => importRefusal(400, 'SOP_IMPORT_ZIP_BOMB', 'sop_import_zip_bomb', { maxMb: IMPORT_LIMITS.uncompressedBytes / 1024 / 1024 });
const external = () => importRefusal(400, 'SOP_IMPORT_EXTERNAL_LINK', 'sop_import_external_link');

/** A part that inflates past its declared size is a bomb; any other unpacking failure, a broken file. */
const unpackError = (e: unknown) => (e instanceof Error && /too many bytes/i.test(e.message) ? bomb() : notXlsx());

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const HYPERLINK = /\/relationships\/hyperlink$/;

function openZip(buf: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false }, (err, zip) => (err || !zip ? reject(notXlsx()) : resolve(zip)));
  });
}

/** The central directory: every entry's name and sizes, without unpacking anything. */
function entriesOf(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const out: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      out.push(e);
      if (out.length > IMPORT_LIMITS.entries) {
        zip.close();
        reject(bomb());
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', () => reject(notXlsx()));
    zip.readEntry();
  });
}

/**
 * Streams one part through a SAX parser. `onTag` may throw an AppError to stop at once; a part that unpacks to more
 * than it declared, or is not well-formed XML, is not a workbook.
 */
function parsePart(zip: ZipFile, entry: Entry, onTag: (tag: SaxesTagPlain, local: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(notXlsx());
      const parser = new SaxesParser();
      const decoder = new StringDecoder('utf8');
      let failure: unknown = null;
      const fail = (e: unknown) => {
        if (failure) return;
        failure = e instanceof AppError ? e : notXlsx();
        stream.destroy();
        reject(failure);
      };
      parser.on('opentag', (tag) => {
        try {
          onTag(tag as SaxesTagPlain, tag.name.slice(tag.name.indexOf(':') + 1));
        } catch (e) {
          fail(e);
        }
      });
      parser.on('error', fail);
      stream.on('data', (chunk: Buffer) => {
        if (failure) return;
        try {
          parser.write(decoder.write(chunk));
        } catch (e) {
          fail(e);
        }
      });
      stream.on('error', (e) => fail(unpackError(e)));
      stream.on('end', () => {
        if (failure) return;
        try {
          parser.write(decoder.end());
          parser.close();
          resolve();
        } catch (e) {
          fail(e);
        }
      });
    });
  });
}

/** Unpacks one part into nothing: yauzl counts the bytes against the declared size and fails on a lie. */
function drain(zip: ZipFile, entry: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(notXlsx());
      stream.on('error', (e) => reject(unpackError(e)));
      stream.on('end', resolve);
      stream.resume();
    });
  });
}

const attr = (tag: SaxesTagPlain, name: string) => {
  const found = Object.entries(tag.attributes).find(([k]) => k === name || k.endsWith(`:${name}`));
  return found ? String(found[1]) : undefined;
};

/** The relationships file of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
const relsOf = (part: string) => path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);

export interface InspectedWorkbook {
  /** Sheet names in workbook order. */
  sheets: string[];
}

/**
 * Refuses, with the code the API answers, what is not a plain workbook of reasonable size: not a zip or not a
 * spreadsheet (SOP_IMPORT_NOT_XLSX), a zip bomb (SOP_IMPORT_ZIP_BOMB), macros (SOP_IMPORT_MACRO), links to other
 * files or data sources (SOP_IMPORT_EXTERNAL_LINK; plain hyperlinks in cells are allowed), too many rows or
 * columns (SOP_IMPORT_SHEET_TOO_LARGE), formulas (SOP_IMPORT_FORMULA, naming the cells).
 */
export async function inspectXlsx(buf: Buffer): Promise<InspectedWorkbook> {
  if (buf.length < 22 || !buf.subarray(0, 4).equals(ZIP_MAGIC)) throw notXlsx();
  const zip = await openZip(buf);
  try {
    const entries = await entriesOf(zip);
    const byName = new Map<string, Entry>();
    let total = 0;
    for (const e of entries) {
      const name = e.fileName;
      if (byName.has(name)) throw notXlsx();
      byName.set(name, e);
      if ((e.generalPurposeBitFlag & 1) !== 0 || ![0, 8].includes(e.compressionMethod)) throw notXlsx();
      total += e.uncompressedSize;
      if (total > IMPORT_LIMITS.uncompressedBytes) throw bomb();
      if (e.uncompressedSize > IMPORT_LIMITS.ratioFloorBytes && e.uncompressedSize > IMPORT_LIMITS.ratio * Math.max(1, e.compressedSize)) throw bomb();
    }
    if (!byName.has('[Content_Types].xml') || !byName.has('xl/workbook.xml')) throw notXlsx();
    for (const name of byName.keys()) {
      if (name.startsWith('xl/externalLinks/') || name === 'xl/connections.xml') throw external();
      if (/vbaProject\.bin$/i.test(name) || /\.bin$/i.test(name) && name.startsWith('xl/activeX')) throw importRefusal(400, 'SOP_IMPORT_MACRO', 'sop_import_macro');
    }

    // Relationships pointing outside the file (other workbooks, data sources, OLE links); hyperlinks are text.
    const targets = new Map<string, string>();
    for (const [name, entry] of byName) {
      if (!name.endsWith('.rels')) continue;
      const owner = name === '_rels/.rels' ? '' : path.join(path.dirname(path.dirname(name)), path.basename(name, '.rels'));
      await parsePart(zip, entry, (tag, local) => {
        if (local !== 'Relationship') return;
        const type = attr(tag, 'Type') ?? '';
        if (attr(tag, 'TargetMode')?.toLowerCase() === 'external') {
          if (!HYPERLINK.test(type)) throw external();
          return;
        }
        if (owner === 'xl/workbook.xml') {
          const id = attr(tag, 'Id');
          const target = attr(tag, 'Target') ?? '';
          if (id) targets.set(id, target.startsWith('/') ? target.slice(1) : path.join('xl', target));
        }
      });
    }

    const sheets: { name: string; part: string }[] = [];
    await parsePart(zip, byName.get('xl/workbook.xml')!, (tag, local) => {
      if (local === 'externalReference') throw external();
      if (local !== 'sheet') return;
      const rid = attr(tag, 'id');
      const part = rid ? targets.get(rid) : undefined;
      if (!part) throw notXlsx();
      sheets.push({ name: attr(tag, 'name') ?? '', part });
      if (sheets.length > IMPORT_LIMITS.sheets) throw importRefusal(400, 'SOP_IMPORT_SHEET_TOO_LARGE', 'sop_import_too_many_sheets', { max: IMPORT_LIMITS.sheets });
    });

    const formulas: string[] = [];
    for (const sheet of sheets) {
      const entry = byName.get(sheet.part);
      if (!entry) throw notXlsx();
      let rows = 0;
      let column = 0;
      let cell = '';
      const tooLarge = () => importRefusal(400, 'SOP_IMPORT_SHEET_TOO_LARGE', 'sop_import_sheet_too_large', { sheet: sheet.name, rows: IMPORT_LIMITS.rows, cols: IMPORT_LIMITS.columns });
      await parsePart(zip, entry, (tag, local) => {
        if (local === 'row') {
          rows++;
          column = 0;
          const r = Number(attr(tag, 'r'));
          if (rows > IMPORT_LIMITS.rows || (Number.isFinite(r) && r > IMPORT_LIMITS.rows)) throw tooLarge();
        } else if (local === 'c') {
          const ref = attr(tag, 'r');
          const letters = ref ? /^([A-Z]{1,3})\d+$/.exec(ref)?.[1] : undefined;
          column = letters ? colNumber(letters) : column + 1;
          cell = ref ?? '';
          if (column > IMPORT_LIMITS.columns) throw tooLarge();
        } else if (local === 'f') {
          if (formulas.length < IMPORT_LIMITS.formulasNamed) formulas.push(`${sheet.name}!${cell}`);
        }
      });
    }
    // The parts the spreadsheet library will unpack and nobody above did (shared strings, styles…): a part that
    // declares a small size but inflates without end stops here, at its declared size.
    const parsed = new Set([...byName.keys()].filter((n) => n.endsWith('.rels')).concat('xl/workbook.xml', ...sheets.map((s) => s.part)));
    for (const [name, entry] of byName) {
      if (!parsed.has(name) && !name.endsWith('/')) await drain(zip, entry);
    }
    if (formulas.length) {
      throw importRefusal(400, 'SOP_IMPORT_FORMULA', 'sop_import_formulas', { cells: formulas.join(', ') }, formulas.map((f) => ({ path: f, key: 'sop_import_formula' })));
    }
    return { sheets: sheets.map((s) => s.name) };
  } finally {
    zip.close();
  }
}
