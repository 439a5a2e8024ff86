import { describe, expect, it } from 'vitest';
import { rectInside, rectsOverlap, segmentCrossesRect, segmentsOf, sharedLength } from './geometry.ts';
import { offPageLabel } from './labels.ts';

const box = { x: 10, y: 10, w: 20, h: 10 };
const seg = (ax: number, ay: number, bx: number, by: number) => ({ a: { x: ax, y: ay }, b: { x: bx, y: by } });

describe('segmentCrossesRect', () => {
  it('sees a segment through the inside', () => {
    expect(segmentCrossesRect(seg(0, 15, 40, 15), box)).toBe(true);
    expect(segmentCrossesRect(seg(20, 0, 20, 30), box)).toBe(true);
    expect(segmentCrossesRect(seg(15, 12, 16, 12), box)).toBe(true);
  });

  it('does not count a segment ending on the border, running along it, or passing beside it', () => {
    expect(segmentCrossesRect(seg(20, 0, 20, 10), box)).toBe(false);
    expect(segmentCrossesRect(seg(0, 10, 40, 10), box)).toBe(false);
    expect(segmentCrossesRect(seg(31, 0, 31, 40), box)).toBe(false);
    expect(segmentCrossesRect(seg(0, 0, 9, 40), box)).toBe(false);
  });
});

describe('sharedLength', () => {
  it('measures the common stretch of collinear segments', () => {
    expect(sharedLength(seg(0, 5, 10, 5), seg(4, 5, 20, 5))).toBe(6);
    expect(sharedLength(seg(3, 0, 3, 10), seg(3, 12, 3, 8))).toBe(2);
  });

  it('is zero for parallel, touching or crossing segments', () => {
    expect(sharedLength(seg(0, 5, 10, 5), seg(0, 6, 10, 6))).toBe(0);
    expect(sharedLength(seg(0, 5, 10, 5), seg(10, 5, 20, 5))).toBe(0);
    expect(sharedLength(seg(0, 5, 10, 5), seg(5, 0, 5, 10))).toBe(0);
  });
});

describe('rectangles and polylines', () => {
  it('tells overlap and containment, borders touching allowed', () => {
    expect(rectsOverlap(box, { x: 29, y: 19, w: 5, h: 5 })).toBe(true);
    expect(rectsOverlap(box, { x: 30, y: 10, w: 5, h: 5 })).toBe(false);
    expect(rectInside({ x: 10, y: 10, w: 5, h: 10 }, box)).toBe(true);
    expect(rectInside({ x: 9, y: 10, w: 5, h: 5 }, box)).toBe(false);
  });

  it('drops zero-length segments', () => {
    expect(segmentsOf([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 5 }])).toHaveLength(1);
  });
});

describe('offPageLabel', () => {
  it('counts A…Z, then AA…AZ, BA…, ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(offPageLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives every index its own label, in order', () => {
    const labels = Array.from({ length: 800 }, (_, i) => offPageLabel(i));
    expect(new Set(labels).size).toBe(800);
    const key = (s: string) => [s.length, s] as const;
    for (let i = 1; i < labels.length; i++) {
      const [la, sa] = key(labels[i - 1]);
      const [lb, sb] = key(labels[i]);
      expect(la < lb || (la === lb && sa < sb)).toBe(true);
    }
  });

  it('refuses a negative or fractional index', () => {
    expect(() => offPageLabel(-1)).toThrow(RangeError);
    expect(() => offPageLabel(1.5)).toThrow(RangeError);
  });
});
