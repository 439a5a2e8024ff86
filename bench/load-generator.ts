import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats.ts';

/**
 * The load generator runs in its own process (forked by measure.ts) so that it does not share the server's event
 * loop. It records every response's time itself: autocannon reports p97.5 and p99 but not the p95 we need.
 */

export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  /** Null when no 2xx response came back. */
  summary: LatencySummary | null;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  seconds: number;
}

function fire(spec: LoadSpec, seconds: number, onResponse?: (status: number, ms: number) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: spec.url, connections: spec.connections, duration: seconds, timeout: 30 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

export async function generateLoad(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await fire(spec, spec.warmupSeconds);
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const result = await fire(spec, spec.seconds, (status, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else non2xx++;
  });
  const seconds = (performance.now() - started) / 1000;
  return { summary: latencies.length ? summarize(latencies, seconds) : null, non2xx, errors: result.errors + result.timeouts, seconds };
}

if (process.send) {
  process.on('message', (message: { id: number; spec: LoadSpec }) => {
    generateLoad(message.spec).then(
      (result) => process.send!({ id: message.id, result }),
      (err: Error) => process.send!({ id: message.id, error: err.message }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
