import { FONT_METRICS, FONT_RANGES, type FaceMetrics } from './font-metrics.ts';
import type { Rect } from './geometry.ts';
import type { TextLine } from './types.ts';

/** Baseline-to-baseline distance as a multiple of the font size. */
export const LINE_HEIGHT_FACTOR = 1.2;

export function lineHeight(size: number): number {
  return size * LINE_HEIGHT_FACTOR;
}

/** Distance from the top of a line box to its baseline. */
export function baselineOffset(size: number): number {
  const { ascent, descent, unitsPerEm } = FONT_METRICS;
  const content = ((ascent - descent) / unitsPerEm) * size;
  return (lineHeight(size) - content) / 2 + (ascent / unitsPerEm) * size;
}

/** Height of DejaVu Sans capitals and ascenders (1556 units), and depth of its descenders (483), per point of size. */
const INK_ASCENT = 1556 / 2048;
const INK_DESCENT = 483 / 2048;

/** The box the glyphs of a line may paint (from the top of its ascenders to the bottom of its descenders). */
export function textBox(t: TextLine): Rect {
  return { x: t.x, y: t.y - INK_ASCENT * t.size, w: measure(t.text, t.size, t.bold), h: (INK_ASCENT + INK_DESCENT) * t.size };
}

function advance(face: FaceMetrics, codePoint: number): number {
  for (let r = 0; r < FONT_RANGES.length; r++) {
    const [from, to] = FONT_RANGES[r];
    if (codePoint >= from && codePoint <= to) return face.widths[r][codePoint - from];
  }
  return face.average;
}

/** Width in points of `text` set in DejaVu Sans at `size` points (no kerning: never narrower than printed). */
export function measure(text: string, size: number, bold = false): number {
  const face = bold ? FONT_METRICS.bold : FONT_METRICS.regular;
  let units = 0;
  for (const ch of text) units += advance(face, ch.codePointAt(0)!);
  return (units * size) / FONT_METRICS.unitsPerEm;
}

/** Splits a word wider than `width` into pieces that fit (at least one character each), without hyphens. */
function breakWord(word: string, width: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch, size, bold) > width) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `width`: breaks at spaces, keeps explicit line breaks, and cuts a word
 * longer than the width where it must (no hyphen). An empty text gives no lines.
 */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
    if (words.length === 0) {
      if (lines.length > 0 || paragraph !== '') lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measure(word, size, bold) <= width) {
        line = word;
      } else {
        const pieces = breakWord(word, width, size, bold);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1];
      }
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
