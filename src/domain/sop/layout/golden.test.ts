import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS, type PageSettings, type SopContent } from '../model.ts';
import { layoutSop, toSvg } from './index.ts';
import { checkLayout } from './testing/check.ts';
import { PAGED_SOP, SMALL_SOP } from './testing/fixtures.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');
const UNITS = ['Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan', 'Sekretariat Kementerian', 'Biro Organisasi dan Tata Laksana'];

/** All pages of a layout as SVG documents, one after the other. */
function drawing(content: SopContent, settings: PageSettings): string {
  const layout = layoutSop(content, settings, { unitNames: UNITS });
  return [...layout.identity, ...layout.pages].map(toSvg).join('\n\n') + '\n';
}

const CASES: Array<{ name: string; content: SopContent; settings: PageSettings }> = [
  { name: 'small-a4', content: SMALL_SOP, settings: DEFAULT_PAGE_SETTINGS },
  { name: 'paged-f4', content: PAGED_SOP, settings: { ...DEFAULT_PAGE_SETTINGS, paper: 'F4', maxStepsPerPage: 6 } },
];

describe('golden drawings', () => {
  for (const c of CASES) {
    it(`${c.name} draws as stored in __golden__/${c.name}.svg`, () => {
      const file = path.join(DIR, `${c.name}.svg`);
      const actual = drawing(c.content, c.settings);
      if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file, actual);
      }
      const expected = fs.readFileSync(file, 'utf8');
      if (actual !== expected) {
        const a = actual.split('\n');
        const e = expected.split('\n');
        const at = a.findIndex((line, i) => line !== e[i]);
        expect.fail(
          `${c.name}: the drawing changed (first difference at line ${at + 1}):\n  stored: ${e[at]}\n  now:    ${a[at]}\n` +
            'Look at both, and if the new one is right run UPDATE_GOLDEN=1 npx vitest run src/domain/sop/layout/golden.test.ts',
        );
      }
    });

    it(`${c.name} meets the quality bar`, () => {
      const layout = layoutSop(c.content, c.settings, { unitNames: UNITS });
      expect(checkLayout(c.content, c.settings, layout)).toEqual([]);
      // The paged SOP has actor names too long for four lines of their columns.
      if (c.name === 'paged-f4') {
        expect(layout.warnings.every((w) => w.code === 'name-abbreviated')).toBe(true);
        expect(layout.warnings).toContainEqual({ code: 'name-abbreviated', actorId: 'p4', detail: PAGED_SOP.actors[3].name });
      } else {
        expect(layout.warnings).toEqual([]);
      }
    });
  }

  it('the paged SOP breaks into pages joined by off-page connectors A, B, …', () => {
    const layout = layoutSop(PAGED_SOP, CASES[1].settings);
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    const labels = layout.pages.flatMap((p) => p.shapes.filter((s) => s.kind === 'offpage').map((s) => `${p.number}:${s.direction}:${s.label}`));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.some((l) => l.endsWith(':A'))).toBe(true);
  });
});
