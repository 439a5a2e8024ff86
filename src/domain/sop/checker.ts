import type { SopContent, SopStep } from './model.ts';

/**
 * The SOP checker: what stands between a draft and its submission to a facilitation request. Errors block the
 * submission, warnings do not. Pure and linear in the size of the SOP, so the editor can run it on every keystroke.
 * It also accepts content that the schema would refuse (a link to a deleted step), since the editor holds such
 * states while the user types.
 */
export type ProblemSeverity = 'error' | 'warning';

export const PROBLEM_CODES = [
  'identity_required',
  'related_unknown',
  'related_empty',
  'no_actors',
  'no_steps',
  'start_not_terminator',
  'end_not_terminator',
  'terminator_continues',
  'decision_missing_exit',
  'link_unknown',
  'actor_missing',
  'actor_unknown',
  'description_missing',
  'time_missing',
  'actor_unused',
  'unreachable',
  'no_end_reachable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface SopProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** The field at fault, as the API names fields: 'steps.3.actorIds', 'identity.title'. */
  path: string;
  stepId?: string;
  /** For the message: `step` is the displayed step number (1-based), `field`, `actor`, `title` as relevant. */
  params: Record<string, string | number>;
}

export interface CheckOptions {
  /** Ids of the SOPs in the registry; a related SOP naming another id is an error. Without it, ids are not checked. */
  knownSopIds?: ReadonlySet<string>;
}

/** Identity fields a submitted SOP must have. */
export const REQUIRED_IDENTITY = [
  ['unitId', (c: SopContent) => c.identity.unitId],
  ['title', (c: SopContent) => c.identity.title],
  ['ratifiedBy.position', (c: SopContent) => c.identity.ratifiedBy.position],
  ['ratifiedBy.name', (c: SopContent) => c.identity.ratifiedBy.name],
] as const;

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * Where the flow goes from a step: its targets by step index (-1 for a link to an unknown id), and whether the flow
 * ends there. A decision never ends the flow; its missing exits are problems of their own.
 */
export function successors(steps: readonly SopStep[], index: number, indexOf: ReadonlyMap<string, number>): { targets: number[]; ends: boolean } {
  const s = steps[index];
  const resolve = (id: string) => indexOf.get(id) ?? -1;
  if (s.symbol === 'decision') {
    const targets: number[] = [];
    if (!blank(s.yes)) targets.push(resolve(s.yes!));
    if (!blank(s.no)) targets.push(resolve(s.no!));
    return { targets, ends: false };
  }
  if (s.next === null) return { targets: [], ends: true };
  if (s.next === undefined || s.next === '') return index + 1 < steps.length ? { targets: [index + 1], ends: false } : { targets: [], ends: true };
  return { targets: [resolve(s.next)], ends: false };
}

export function checkSop(content: SopContent, options: CheckOptions = {}): SopProblem[] {
  const problems: SopProblem[] = [];
  const add = (severity: ProblemSeverity, code: ProblemCode, path: string, params: Record<string, string | number> = {}, stepId?: string) =>
    problems.push({ severity, code, path, ...(stepId !== undefined ? { stepId } : {}), params });

  for (const [field, value] of REQUIRED_IDENTITY) {
    if (blank(value(content))) add('error', 'identity_required', `identity.${field}`, { field });
  }
  content.identity.related.forEach((r, i) => {
    if (r.sopId) {
      if (options.knownSopIds && !options.knownSopIds.has(r.sopId)) add('error', 'related_unknown', `identity.related.${i}.sopId`, { title: r.title });
    } else if (blank(r.title)) {
      add('error', 'related_empty', `identity.related.${i}.title`);
    }
  });

  const { actors, steps } = content;
  if (actors.length === 0) add('error', 'no_actors', 'actors');
  if (steps.length === 0) {
    add('error', 'no_steps', 'steps');
    return problems;
  }

  const actorIds = new Set(actors.map((a) => a.id));
  const usedActors = new Set<string>();
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });

  const forward: number[][] = [];
  const ends: boolean[] = [];
  steps.forEach((s, i) => {
    const number = i + 1;
    const at = `steps.${i}`;
    if (blank(s.description)) add('error', 'description_missing', `${at}.description`, { step: number }, s.id);
    if (s.actorIds.length === 0) add('error', 'actor_missing', `${at}.actorIds`, { step: number }, s.id);
    s.actorIds.forEach((a, j) => {
      if (actorIds.has(a)) usedActors.add(a);
      else add('error', 'actor_unknown', `${at}.actorIds.${j}`, { step: number }, s.id);
    });
    if (s.symbol !== 'terminator' && s.time === null) add('error', 'time_missing', `${at}.time`, { step: number }, s.id);

    if (s.symbol === 'decision') {
      if (blank(s.yes)) add('error', 'decision_missing_exit', `${at}.yes`, { step: number, exit: 'yes' }, s.id);
      if (blank(s.no)) add('error', 'decision_missing_exit', `${at}.no`, { step: number, exit: 'no' }, s.id);
    }
    for (const link of ['next', 'yes', 'no'] as const) {
      const target = s[link];
      if (!blank(target) && !indexOf.has(target!)) add('error', 'link_unknown', `${at}.${link}`, { step: number }, s.id);
    }

    const next = successors(steps, i, indexOf);
    forward.push(next.targets.filter((t) => t >= 0));
    ends.push(next.ends);
    if (i === 0) {
      if (s.symbol !== 'terminator') add('error', 'start_not_terminator', `${at}.symbol`, { step: number }, s.id);
    } else if (next.ends && s.symbol !== 'terminator') {
      add('error', 'end_not_terminator', `${at}.symbol`, { step: number }, s.id);
    } else if (!next.ends && s.symbol === 'terminator') {
      add('warning', 'terminator_continues', `${at}.next`, { step: number }, s.id);
    }
  });

  actors.forEach((a, i) => {
    if (!usedActors.has(a.id)) add('warning', 'actor_unused', `actors.${i}`, { actor: a.name });
  });

  const reachable = markFrom([0], forward);
  const backward: number[][] = steps.map(() => []);
  forward.forEach((targets, from) => targets.forEach((to) => backward[to].push(from)));
  const endIndexes = ends.flatMap((e, i) => (e ? [i] : []));
  const reachesEnd = markFrom(endIndexes, backward);
  steps.forEach((s, i) => {
    if (!reachable[i]) add('error', 'unreachable', `steps.${i}`, { step: i + 1 }, s.id);
    else if (!reachesEnd[i]) add('error', 'no_end_reachable', `steps.${i}`, { step: i + 1 }, s.id);
  });
  return problems;
}

/** Every node reachable from the starts along the edges. */
function markFrom(starts: number[], edges: number[][]): boolean[] {
  const seen = new Array<boolean>(edges.length).fill(false);
  const stack = [...starts];
  for (const s of starts) seen[s] = true;
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const next of edges[node]) {
      if (!seen[next]) {
        seen[next] = true;
        stack.push(next);
      }
    }
  }
  return seen;
}

export const hasErrors = (problems: readonly SopProblem[]) => problems.some((p) => p.severity === 'error');

export function countProblems(problems: readonly SopProblem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
