import type { Database, Db } from '../../../db/open.ts';
import { DEFAULT_PAGE_SETTINGS, type PaperSize } from '../../../../domain/sop/model.ts';
import type { Actor } from '../../../policy/policy.ts';
import { getUnit } from '../../units/units.repo.ts';
import type { SopsService } from '../sops.service.ts';
import { renderSopDocx } from './docx.ts';
import { exportFileName } from './paint.ts';
import { renderSopPdf } from './pdf.ts';

export type SopExportFormat = 'pdf' | 'docx';

const CONTENT_TYPES: Record<SopExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The unit block of the identity page: the unit and its ancestors, from the top of the hierarchy down. */
export async function unitNamesOf(db: Db, unitId: string): Promise<string[]> {
  const names: string[] = [];
  const seen = new Set<string>();
  let id: string | null = unitId;
  while (id && !seen.has(id) && names.length < 20) {
    seen.add(id);
    const unit = await getUnit(db, id);
    if (!unit) break;
    if (unit.name.trim() !== '') names.unshift(unit.name);
    id = unit.parentId;
  }
  return names;
}

/**
 * SOP documents (PDF, Word) drawn on the server from the layout engine. The reads happen first and hold no
 * transaction; the rendering afterwards touches no database.
 */
export function createSopExportService({ database, sops }: { database: Database; sops: SopsService }) {
  const { db } = database;
  return {
    async render(actor: Actor | null, id: string, q: { version?: number; paper: PaperSize }, format: SopExportFormat) {
      const { sop, version } = await sops.readVersion(actor, id, q.version);
      const unitNames = await unitNamesOf(db, sop.unitId);
      const settings = { ...DEFAULT_PAGE_SETTINGS, paper: q.paper };
      const opts = { unitNames, savedAt: version.savedAt };
      const body = format === 'pdf' ? await renderSopPdf(version.content, settings, opts) : await renderSopDocx(version.content, settings, opts);
      const identity = version.content.identity;
      return {
        body,
        contentType: CONTENT_TYPES[format],
        fileName: exportFileName(identity.number, identity.title || sop.title, format),
        version: version.number,
      };
    },
  };
}

export type SopExportService = ReturnType<typeof createSopExportService>;
