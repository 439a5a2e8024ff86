import { describe, expect, it } from 'vitest';
import { formatTable, withRatios, type ScenarioOutcome } from './report.ts';
import type { LatencySummary } from './stats.ts';

const summary = (rps: number, p95: number): LatencySummary => ({ requests: rps * 5, rps, p50: p95 / 2, p95, p99: p95 * 2, mean: p95 / 2, max: p95 * 3 });
const outcome = (db: 'pglite' | 'postgres', scenario: string, s: LatencySummary | null, baseline = false): ScenarioOutcome => ({
  db, scenario, path: '/x', baseline, connections: 10, seconds: 5, summary: s, non2xx: 0, errors: 0,
});

describe('ratios to the baseline', () => {
  it('compares each scenario with the baseline of its own database', () => {
    const rows = withRatios([
      outcome('postgres', 'baseline', summary(10_000, 2), true),
      outcome('postgres', 'table', summary(2_500, 8)),
      outcome('pglite', 'baseline', summary(8_000, 1), true),
      outcome('pglite', 'table', summary(400, 10)),
    ]);
    expect(rows.map((r) => [r.db, r.scenario, r.rpsRatio, r.p95Ratio])).toEqual([
      ['postgres', 'baseline', 1, 1],
      ['postgres', 'table', 0.25, 4],
      ['pglite', 'baseline', 1, 1],
      ['pglite', 'table', 0.05, 10],
    ]);
  });

  it('leaves the ratios empty without a measured baseline or for an unmeasured scenario', () => {
    const rows = withRatios([outcome('postgres', 'baseline', null, true), outcome('postgres', 'table', summary(100, 5)), outcome('pglite', 'table', null)]);
    expect(rows.map((r) => [r.rpsRatio, r.p95Ratio])).toEqual([[null, null], [null, null], [null, null]]);
  });
});

describe('formatTable', () => {
  it('prints one aligned line per scenario and lists what could not be measured', () => {
    const rows = withRatios([
      outcome('postgres', 'baseline /healthz', summary(12_345, 1.234), true),
      outcome('postgres', 'table: search', summary(456.7, 21.5)),
      { ...outcome('postgres', 'table: deep page', null), non2xx: 1, failure: 'GET /x answered 404' },
    ]);
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^Database \| Scenario +\| Conns \| +Req\/s \| p50 ms \| p95 ms \| p99 ms \| Req\/s vs base \| p95 vs base \| Non-2xx$/);
    expect(lines[2]).toMatch(/^postgres \| baseline \/healthz +\| +10 \| +12345 \| +0\.62 \| +1\.23 \| +2\.47 \| +1\.0× \| +1\.0× \| +0$/);
    expect(lines[3]).toMatch(/\| +457 \| +10\.8 \| +21\.5 \| +43\.0 \| +0\.037× \| +17\.4× \| +0$/);
    expect(lines[4]).toMatch(/table: deep page +\| +10 \| +failed \|/);
    expect(lines.slice(-2)).toEqual(['Not measured:', '  postgres / table: deep page: GET /x answered 404']);
    expect(new Set(lines.slice(0, 4).map((l) => l.length)).size).toBe(1);
  });
});
