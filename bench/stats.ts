/** Nearest-rank percentile of values sorted ascending: the smallest value with at least p % of all at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1];
}

export interface LatencySummary {
  /** Completed 2xx responses. */
  requests: number;
  /** 2xx responses per second of measurement. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** `latenciesMs` are the 2xx response times of one measurement lasting `seconds`. */
export function summarize(latenciesMs: readonly number[], seconds: number): LatencySummary {
  if (!(seconds > 0)) throw new RangeError(`seconds must be positive, got ${seconds}`);
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** The middle value by nearest rank (the lower of the two middles for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  return percentile([...values].sort((a, b) => a - b), 50);
}
