import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('picks the value at the rank ceil(p/100 × n)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
  });

  it('gives the only value of a single sample and NaN for none', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile(hundred, 0)).toThrow(RangeError);
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts the latencies itself and divides the count by the measured seconds', () => {
    const latencies = [5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const s = summarize(latencies, 4);
    expect(s.requests).toBe(20);
    expect(s.rps).toBe(5);
    expect(s.p50).toBe(10);
    expect(s.p95).toBe(19);
    expect(s.p99).toBe(100);
    expect(s.max).toBe(100);
    expect(s.mean).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / 20);
    expect(latencies[0]).toBe(5);
  });

  it('reports no throughput and NaN latencies when nothing succeeded', () => {
    const s = summarize([], 5);
    expect(s.requests).toBe(0);
    expect(s.rps).toBe(0);
    expect(s.p95).toBeNaN();
  });

  it('refuses a measurement without duration', () => {
    expect(() => summarize([1], 0)).toThrow(RangeError);
  });
});

describe('median', () => {
  it('takes the middle of unsorted values, the lower middle for an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([40, 10, 30, 20])).toBe(20);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});
