/**
 * `npm run bench:layout`: time of the SOP layout engine (identity + flowchart pages) on generated SOPs with 15
 * actors, median of repeated runs after a warm-up, and how it grows from 20 to 200 steps (linear would be 10×).
 */
import { layoutSop } from '../src/domain/sop/layout/index.ts';
import { generateSop } from '../src/domain/sop/layout/testing/generate.ts';
import { DEFAULT_PAGE_SETTINGS } from '../src/domain/sop/model.ts';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 41);
const SIZES = [20, 50, 100, 200];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const results = new Map<number, number>();
console.log(`SOP layout, 15 actors, A4, median of ${RUNS} runs (Node ${process.version})`);
for (const steps of SIZES) {
  const sop = generateSop({ steps, actors: 15, seed: 1 });
  for (let i = 0; i < 5; i++) layoutSop(sop, DEFAULT_PAGE_SETTINGS);
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    pages = layoutSop(sop, DEFAULT_PAGE_SETTINGS).pages.length;
    times.push(performance.now() - t0);
  }
  results.set(steps, median(times));
  console.log(`${String(steps).padStart(4)} steps: ${median(times).toFixed(2).padStart(7)} ms  (p90 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)].toFixed(2)} ms, ${pages} flowchart pages)`);
}
console.log(`growth 200/20 steps: ${(results.get(200)! / results.get(20)!).toFixed(1)}× (linear: 10×)`);
