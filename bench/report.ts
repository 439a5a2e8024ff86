import type { DbKind } from './args.ts';
import type { LatencySummary } from './stats.ts';

export interface ScenarioOutcome {
  db: DbKind;
  scenario: string;
  path: string;
  /** The trivial endpoint every other scenario of the same database is compared with. */
  baseline: boolean;
  connections: number;
  seconds: number;
  /** Null when the scenario could not be measured (see `failure`). */
  summary: LatencySummary | null;
  non2xx: number;
  errors: number;
  failure?: string;
}

export interface ReportRow extends ScenarioOutcome {
  /** Throughput as a fraction of the baseline's (0.25 = a quarter of the trivial endpoint's requests/s). */
  rpsRatio: number | null;
  /** p95 latency as a multiple of the baseline's. */
  p95Ratio: number | null;
}

export function withRatios(outcomes: readonly ScenarioOutcome[]): ReportRow[] {
  const baselineOf = new Map<DbKind, LatencySummary>();
  for (const o of outcomes) if (o.baseline && o.summary) baselineOf.set(o.db, o.summary);
  return outcomes.map((o) => {
    const base = baselineOf.get(o.db);
    const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
    return { ...o, rpsRatio: ratio(o.summary?.rps, base?.rps), p95Ratio: ratio(o.summary?.p95, base?.p95) };
  });
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const rps = (v: number) => (v < 100 ? v.toFixed(1) : Math.round(v).toString());
const times = (v: number | null) => (v === null ? '-' : `${v < 10 ? v.toPrecision(2) : v.toFixed(1)}×`);

const HEADERS = ['Database', 'Scenario', 'Conns', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Req/s vs base', 'p95 vs base', 'Non-2xx'];
/** Numbers read best right-aligned. */
const RIGHT = [false, false, true, true, true, true, true, true, true, true];

export function formatTable(rows: readonly ReportRow[]): string {
  const cells = rows.map((r) => {
    const s = r.summary;
    const head = [r.db, r.scenario, String(r.connections)];
    if (!s) return [...head, 'failed', '-', '-', '-', '-', '-', String(r.non2xx)];
    return [...head, rps(s.rps), ms(s.p50), ms(s.p95), ms(s.p99), times(r.rpsRatio), times(r.p95Ratio), String(r.non2xx + r.errors)];
  });
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) => c.map((v, i) => (RIGHT[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const failures = rows.filter((r) => r.failure).map((r) => `  ${r.db} / ${r.scenario}: ${r.failure}`);
  return [line(HEADERS), rule, ...cells.map(line), ...(failures.length ? ['', 'Not measured:', ...failures] : [])].join('\n');
}
