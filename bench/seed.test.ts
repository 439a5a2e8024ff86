import { describe, expect, it } from 'vitest';
import { EXTRA_UNITS, serviceThresholds } from './seed.ts';
import { DEMO_UNITS } from '../src/server/db/seed/demo.ts';
import { ZUnitCodePattern } from '../src/domain/organisation/unit.ts';

describe('bench data set', () => {
  it('splits requests over the catalogue with cumulative thresholds, one fewer than the services', () => {
    const t = serviceThresholds(['SOP', 'MONEV-SOP', 'ANJAB', 'ABK', 'SKJ', 'EVJAB', 'PROBIS', 'TND', 'PEDOMAN']);
    expect(t).toHaveLength(8);
    expect(t[0]).toBeCloseTo(0.3);
    expect(t[7]).toBeCloseTo(0.93);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
  });

  it('gives services it does not know the share the known ones leave', () => {
    expect(serviceThresholds(['SOP', 'BARU'])).toEqual([30 / 100]);
    expect(serviceThresholds(['X', 'Y'])).toEqual([0.5]);
  });

  it('widens the demo organisation with valid, distinct unit codes whose parents exist', () => {
    const known = new Set(DEMO_UNITS.map((u) => u.code));
    for (const unit of EXTRA_UNITS) {
      expect(unit.code).toMatch(ZUnitCodePattern);
      expect(known.has(unit.parent), `${unit.code}'s parent ${unit.parent}`).toBe(true);
      known.add(unit.code);
    }
    expect(new Set(EXTRA_UNITS.map((u) => u.code)).size).toBe(EXTRA_UNITS.length);
    expect(EXTRA_UNITS.length).toBeGreaterThanOrEqual(50);
  });
});
