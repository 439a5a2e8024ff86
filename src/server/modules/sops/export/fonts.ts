import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of the DejaVu TrueType files (npm package `dejavu-fonts-ttf`, the fonts the layout measures with). */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Sans regular and bold: the only faces SOP documents use. */
export const FONT_FILES = {
  regular: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
} as const;

export const FONT_FAMILY = 'DejaVu Sans';

let cache: { regular: Buffer; bold: Buffer } | null = null;

/** The two font files' bytes, read once per process. */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  cache ??= { regular: fs.readFileSync(FONT_FILES.regular), bold: fs.readFileSync(FONT_FILES.bold) };
  return cache;
}
