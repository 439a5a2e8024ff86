import type { SopContent, SopStep } from './model.ts';

export const STEP_FIELDS = ['description', 'actorIds', 'symbol', 'requirements', 'time', 'output', 'notes', 'next', 'yes', 'no'] as const;
export type StepField = (typeof STEP_FIELDS)[number];

/** Indexes are places in the list (0-based; the displayed number is index + 1). */
export interface StepsDiff {
  added: { id: string; index: number }[];
  removed: { id: string; index: number }[];
  changed: { id: string; fromIndex: number; toIndex: number; fields: StepField[] }[];
  /** Steps kept whose order relative to the other kept steps changed (the fewest such steps). */
  moved: { id: string; fromIndex: number; toIndex: number }[];
}

export interface SopDiff {
  steps: StepsDiff;
  actors: { added: string[]; removed: string[]; renamed: string[] };
  /** Identity fields that differ, e.g. ['title', 'ratifiedBy']. */
  identity: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** An absent `next` (the following step) and null (the end) mean different things, so they compare apart. */
const fieldValue = (s: SopStep, f: StepField) => (f === 'next' && s.next === undefined ? '(following)' : s[f]);

export function diffSteps(from: readonly SopStep[], to: readonly SopStep[]): StepsDiff {
  const fromIndex = new Map(from.map((s, i) => [s.id, i]));
  const toIndex = new Map(to.map((s, i) => [s.id, i]));
  const added = to.flatMap((s, i) => (fromIndex.has(s.id) ? [] : [{ id: s.id, index: i }]));
  const removed = from.flatMap((s, i) => (toIndex.has(s.id) ? [] : [{ id: s.id, index: i }]));
  const changed: StepsDiff['changed'] = [];
  const kept: { id: string; fromIndex: number; toIndex: number }[] = [];
  from.forEach((s, i) => {
    const j = toIndex.get(s.id);
    if (j === undefined) return;
    kept.push({ id: s.id, fromIndex: i, toIndex: j });
    const fields = STEP_FIELDS.filter((f) => !same(fieldValue(s, f), fieldValue(to[j], f)));
    if (fields.length > 0) changed.push({ id: s.id, fromIndex: i, toIndex: j, fields });
  });
  const inOrder = longestIncreasing(kept.map((k) => k.toIndex));
  const moved = kept.filter((_, i) => !inOrder.has(i)).sort((a, b) => a.toIndex - b.toIndex);
  return { added, removed, changed, moved };
}

export function diffSop(from: SopContent, to: SopContent): SopDiff {
  const fromActors = new Map(from.actors.map((a) => [a.id, a.name]));
  const toActors = new Map(to.actors.map((a) => [a.id, a.name]));
  const keys = new Set([...Object.keys(from.identity), ...Object.keys(to.identity)]) as Set<keyof SopContent['identity']>;
  return {
    steps: diffSteps(from.steps, to.steps),
    actors: {
      added: to.actors.filter((a) => !fromActors.has(a.id)).map((a) => a.id),
      removed: from.actors.filter((a) => !toActors.has(a.id)).map((a) => a.id),
      renamed: to.actors.filter((a) => fromActors.has(a.id) && fromActors.get(a.id) !== a.name).map((a) => a.id),
    },
    identity: [...keys].filter((k) => !same(from.identity[k], to.identity[k])),
  };
}

/** Positions (into `values`) of one longest strictly increasing subsequence, in O(n log n). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const result = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) result.add(i);
  return result;
}
