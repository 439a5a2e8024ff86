import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-generator.ts';

export interface LoadGenerator {
  run(spec: LoadSpec): Promise<LoadResult>;
  close(): void;
}

type Reply = { id: number; result: LoadResult } | { id: number; error: string };

/** One child process that runs autocannon for every scenario in turn. */
export function startLoadGenerator(): LoadGenerator {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load-generator.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  child.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(`load generator: ${reply.error}`));
    else waiter.resolve(reply.result);
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load generator exited (${code})`));
    pending.clear();
  });
  return {
    run(spec) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, spec });
      });
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}

export interface Probe {
  status: number;
  /** `total` and the number of `items` when the body is a page of the table. */
  total?: number;
  /** The endpoint stopped counting at `total`. */
  totalCapped?: boolean;
  items?: number;
  ms: number;
  excerpt: string;
}

/** One request before measuring: proves the scenario answers 2xx and shows what it returns. */
export async function probe(url: string): Promise<Probe> {
  const started = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  const ms = performance.now() - started;
  let total: number | undefined;
  let items: number | undefined;
  let totalCapped: boolean | undefined;
  try {
    const body = JSON.parse(text) as { total?: unknown; totalCapped?: unknown; items?: unknown };
    if (typeof body.total === 'number') total = body.total;
    if (body.totalCapped === true) totalCapped = true;
    if (Array.isArray(body.items)) items = body.items.length;
  } catch {
    // not JSON: the excerpt says what came back
  }
  return { status: res.status, total, totalCapped, items, ms, excerpt: text.slice(0, 200) };
}
