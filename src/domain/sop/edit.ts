import type { SopActor, SopContent, SopStep } from './model.ts';

/**
 * Edits of an SOP's actors and steps, as the editor makes them. Pure: each returns new content and leaves the
 * argument untouched. No edit leaves a dangling link or an orphaned actor: deleting a referenced step or removing a
 * used actor first tells the caller who refers to it (`referrersOf`, `actorUsers`), and then applies the user's choice.
 */

type LinkField = 'next' | 'yes' | 'no';
const LINK_FIELDS: readonly LinkField[] = ['next', 'yes', 'no'];

/** A link from one step to another: the step at `index` points with `field` to the step being asked about. */
export interface Referrer {
  stepId: string;
  index: number;
  field: LinkField;
  /** The step has no link of its own and simply flows on to the next in the list; it keeps doing so after a deletion. */
  implicit?: true;
}

/** What becomes of the links to deleted steps: they go to another step, or the flow ends there. */
export type RelinkChoice = { kind: 'relink'; to: string } | { kind: 'end' };

const nextNumber = (ids: readonly string[], prefix: string) =>
  ids.reduce((max, id) => {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0) + 1;

/** A step id not used in the SOP: s<largest number + 1>. */
export const newStepId = (content: SopContent) => `s${nextNumber(content.steps.map((s) => s.id), 's')}`;
/** An actor id not used in the SOP: a<largest number + 1>. */
export const newActorId = (content: SopContent) => `a${nextNumber(content.actors.map((a) => a.id), 'a')}`;

export function blankStep(id: string, actorIds: string[] = []): SopStep {
  return { id, description: '', actorIds, symbol: 'process', requirements: '', time: null, output: '', notes: '' };
}

/**
 * Where a non-decision step's flow goes, as an id: the step's own link, the following step when it has none, or null
 * when the flow ends there. Decisions are left out (their exits are always explicit).
 */
function effectiveNext(steps: readonly SopStep[], index: number): string | null {
  const step = steps[index];
  if (step.next === null) return null;
  if (step.next !== undefined && step.next !== '') return step.next;
  return steps[index + 1]?.id ?? null;
}

/**
 * Makes every implicit `next` explicit, for the steps whose following step changes between `before` and `after`
 * (same steps, another order or set), so that the flow the user saw stays as it was.
 */
function keepImplicitLinks(before: readonly SopStep[], after: SopStep[], removed: ReadonlySet<string> = new Set()): SopStep[] {
  const followerBefore = new Map<string, string | null>();
  before.forEach((s, i) => followerBefore.set(s.id, before[i + 1]?.id ?? null));
  return after.map((step, i) => {
    if (step.symbol === 'decision' || (step.next !== undefined && step.next !== '')) return step;
    const was = followerBefore.get(step.id) ?? null;
    const now = after[i + 1]?.id ?? null;
    if (was === now) return step;
    // Its follower was deleted: the caller's relink choice decides (below); leave it implicit for now.
    if (was !== null && removed.has(was)) return step;
    return { ...step, next: was };
  });
}

/** Inserts a blank (or given) step after `index` (-1: at the top); the flow through the steps around it is kept as seen. */
export function insertStep(content: SopContent, index: number, step?: Partial<SopStep>): { content: SopContent; id: string } {
  const id = newStepId(content);
  const inserted: SopStep = { ...blankStep(id), ...step, id };
  const at = Math.max(-1, Math.min(index, content.steps.length - 1)) + 1;
  const steps = [...content.steps.slice(0, at), inserted, ...content.steps.slice(at)];
  // The new step sits between `at - 1` and its old follower: the previous step flows into it (its implicit link now
  // reaches the new step) and the new step flows on to the old follower, which is what inserting "below" means.
  return { content: { ...content, steps }, id };
}

/** The links from the other steps to any of `ids`, in list order (a link from a deleted step to another is left out). */
export function referrersOf(content: SopContent, ids: readonly string[]): Referrer[] {
  const target = new Set(ids);
  const out: Referrer[] = [];
  content.steps.forEach((s, index) => {
    if (target.has(s.id)) return;
    for (const field of LINK_FIELDS) {
      const value = s[field];
      if (typeof value === 'string' && target.has(value)) out.push({ stepId: s.id, index, field });
    }
    // An implicit next into a deleted step: the list moves on, the flow silently changes. Report it too.
    if (s.symbol !== 'decision' && (s.next === undefined || s.next === '')) {
      const follower = content.steps[index + 1];
      if (follower && target.has(follower.id)) out.push({ stepId: s.id, index, field: 'next', implicit: true });
    }
  });
  return out;
}

/**
 * The step the flow reached after the deleted ones: the default target of a relink. The first step after the last
 * deleted one that is not itself deleted, or null when none follows.
 */
export function defaultRelinkTarget(content: SopContent, ids: readonly string[]): string | null {
  const target = new Set(ids);
  let last = -1;
  content.steps.forEach((s, i) => {
    if (target.has(s.id)) last = i;
  });
  for (let i = last + 1; i < content.steps.length; i++) if (!target.has(content.steps[i].id)) return content.steps[i].id;
  return null;
}

/**
 * Deletes steps; every link set into them follows `choice` (relink to a surviving step, or end the flow there). A step
 * without a link of its own keeps flowing on to the next step in the list, which is now the one after the deleted.
 */
export function deleteSteps(content: SopContent, ids: readonly string[], choice: RelinkChoice): SopContent {
  const removed = new Set(ids);
  if (choice.kind === 'relink' && removed.has(choice.to)) throw new Error('relink target is being deleted');
  const referrers = referrersOf(content, ids);
  const replaceWith = choice.kind === 'relink' ? choice.to : null;
  const changed = new Map<string, Partial<SopStep>>();
  for (const r of referrers) {
    if (r.implicit) continue;
    const step = content.steps[r.index];
    const patch = changed.get(step.id) ?? {};
    if (r.field === 'next') patch.next = replaceWith;
    else patch[r.field] = replaceWith;
    changed.set(step.id, patch);
  }
  const patched = content.steps.map((s) => (changed.has(s.id) ? { ...s, ...changed.get(s.id) } : s));
  const survivors = patched.filter((s) => !removed.has(s.id));
  let steps = keepImplicitLinks(patched, survivors, removed);
  // A relink that lands on the step that now follows in the list needs no explicit link: keep the list readable.
  steps = steps.map((s, i) => (s.next !== undefined && s.next !== null && s.next === steps[i + 1]?.id && changed.has(s.id) && s.symbol !== 'decision' ? withoutNext(s) : s));
  return { ...content, steps };
}

function withoutNext(step: SopStep): SopStep {
  const { next: _next, ...rest } = step;
  return rest;
}

/**
 * Moves the step at `from` to `to` (indexes in the list before the move). Steps whose implicit "next step in the list"
 * would change get an explicit link, so the flow stays what the user saw; the moved step too keeps where it went.
 */
export function moveStep(content: SopContent, from: number, to: number): SopContent {
  const n = content.steps.length;
  if (from < 0 || from >= n) return content;
  const target = Math.max(0, Math.min(n - 1, to));
  if (target === from) return content;
  const moved = [...content.steps];
  const [step] = moved.splice(from, 1);
  moved.splice(target, 0, step);
  return { ...content, steps: simplify(keepImplicitLinks(content.steps, moved)) };
}

/** Drops an explicit `next` that only names the following step in the list (the implicit link says the same). */
function simplify(steps: SopStep[]): SopStep[] {
  return steps.map((s, i) => (s.symbol !== 'decision' && typeof s.next === 'string' && s.next !== '' && s.next === steps[i + 1]?.id ? withoutNext(s) : s));
}

export const moveStepUp = (content: SopContent, index: number) => moveStep(content, index, index - 1);
export const moveStepDown = (content: SopContent, index: number) => moveStep(content, index, index + 1);

/** Replaces fields of one step (by id). */
export function updateStep(content: SopContent, id: string, patch: Partial<Omit<SopStep, 'id'>>): SopContent {
  return { ...content, steps: content.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Sets a decision's exits; `undefined` leaves an exit as it is, null clears it. */
export function setDecisionTargets(content: SopContent, id: string, targets: { yes?: string | null; no?: string | null }): SopContent {
  return {
    ...content,
    steps: content.steps.map((s) => {
      if (s.id !== id) return s;
      const next: SopStep = { ...s, symbol: 'decision' };
      if (targets.yes !== undefined) next.yes = targets.yes;
      if (targets.no !== undefined) next.no = targets.no;
      return next;
    }),
  };
}

/** Changes a step's symbol; a decision loses `next` (its exits are yes/no) and the others lose yes/no. */
export function setSymbol(content: SopContent, id: string, symbol: SopStep['symbol']): SopContent {
  return {
    ...content,
    steps: content.steps.map((s, i) => {
      if (s.id !== id || s.symbol === symbol) return s;
      if (symbol === 'decision') {
        const { next: _n, ...rest } = s;
        const follower = s.next === undefined || s.next === '' ? (content.steps[i + 1]?.id ?? null) : s.next;
        return { ...rest, symbol, yes: s.yes ?? follower, no: s.no ?? null };
      }
      const { yes, no: _no, ...rest } = s;
      if (s.symbol === 'decision') {
        const follower = content.steps[i + 1]?.id ?? null;
        return yes && yes !== follower ? { ...rest, symbol, next: yes } : { ...rest, symbol };
      }
      return { ...rest, symbol };
    }),
  };
}

// ---- actors ----

export function addActor(content: SopContent, actor: { name: string; positionId?: string | null }): { content: SopContent; id: string } {
  const id = newActorId(content);
  const added: SopActor = { id, name: actor.name, ...(actor.positionId ? { positionId: actor.positionId } : {}) };
  return { content: { ...content, actors: [...content.actors, added] }, id };
}

export function renameActor(content: SopContent, id: string, name: string): SopContent {
  return { ...content, actors: content.actors.map((a) => (a.id === id ? { ...a, name } : a)) };
}

export function moveActor(content: SopContent, from: number, to: number): SopContent {
  const n = content.actors.length;
  if (from < 0 || from >= n) return content;
  const target = Math.max(0, Math.min(n - 1, to));
  if (target === from) return content;
  const actors = [...content.actors];
  const [a] = actors.splice(from, 1);
  actors.splice(target, 0, a);
  return { ...content, actors };
}

/** The steps (ids, in order) carried out by the actor. */
export const actorUsers = (content: SopContent, actorId: string) => content.steps.filter((s) => s.actorIds.includes(actorId)).map((s) => s.id);

export type ActorRemoval = { kind: 'reassign'; to: string } | { kind: 'unused' };

/**
 * Removes an actor. One that steps use needs a reassignment to another actor (each step keeps an actor); without one
 * the removal is refused with `{ ok: false, stepIds }`, and the content is unchanged.
 */
export function removeActor(
  content: SopContent,
  id: string,
  choice: ActorRemoval = { kind: 'unused' },
): { ok: true; content: SopContent } | { ok: false; stepIds: string[] } {
  const users = actorUsers(content, id);
  if (users.length > 0 && (choice.kind !== 'reassign' || choice.to === id || !content.actors.some((a) => a.id === choice.to))) {
    return { ok: false, stepIds: users };
  }
  const to = choice.kind === 'reassign' ? choice.to : null;
  const steps = content.steps.map((s) => {
    if (!s.actorIds.includes(id)) return s;
    const actorIds = s.actorIds.flatMap((a) => (a === id ? (to && !s.actorIds.includes(to) ? [to] : []) : [a]));
    return { ...s, actorIds };
  });
  return { ok: true, content: { ...content, actors: content.actors.filter((a) => a.id !== id), steps } };
}

/** The flow as step-id edges, for comparing flows across edits: each step's successors by id (null: ends). */
export function flowOf(content: SopContent): Record<string, Array<string | null>> {
  const out: Record<string, Array<string | null>> = {};
  content.steps.forEach((s, i) => {
    if (s.symbol === 'decision') out[s.id] = [s.yes ?? null, s.no ?? null];
    else out[s.id] = [effectiveNext(content.steps, i)];
  });
  return out;
}
