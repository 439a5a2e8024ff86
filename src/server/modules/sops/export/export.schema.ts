import { z } from 'zod';
import { PAPER_SIZES } from '../../../../domain/sop/model.ts';

/** An empty query value (`?version=`) means the default, as a cleared form field sends it. */
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const ZSopExportQuery = z.object({
  /** The version to export; the latest without it. */
  version: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'sop_export_version_invalid' }).int({ message: 'sop_export_version_invalid' })
      .min(1, { message: 'sop_export_version_invalid' }).max(1_000_000, { message: 'sop_export_version_invalid' }).optional(),
  ),
  /** Landscape A4 (default) or F4 (folio). Case does not matter. */
  paper: z.preprocess(
    (v) => (typeof v === 'string' ? (v === '' ? undefined : v.toUpperCase()) : v),
    z.enum(PAPER_SIZES, { message: 'sop_export_paper_invalid' }).default('A4'),
  ),
});
export type TSopExportQuery = z.infer<typeof ZSopExportQuery>;
