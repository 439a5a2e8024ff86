import type { SopProblem } from '../../../domain/sop/checker.ts';
import type { MainPath } from '../../../domain/sop/main-path.ts';
import type { MessageKey, Translate } from '../../i18n/index.tsx';

/** The label of an identity field as the checker and the diff name it ('title', 'ratifiedBy.name'). */
export function identityFieldLabel(field: string, t: Translate): string {
  const key = `sop-docs.field.${field}` as MessageKey;
  const text = t(key);
  return text === key ? field : text;
}

/** The label of a step field as the diff names it ('description', 'actorIds', 'yes'). */
export function stepFieldLabel(field: string, t: Translate): string {
  const key = `sop-docs.step.${field}` as MessageKey;
  const text = t(key);
  return text === key ? field : text;
}

/** The dictionary key of a problem's sentence: one per checker code (a decision's two exits apart). */
export function problemKey(problem: Pick<SopProblem, 'code' | 'params'>): MessageKey {
  if (problem.code === 'decision_missing_exit') return problem.params.exit === 'no' ? 'sop-docs.problem.decision_missing_exit.no' : 'sop-docs.problem.decision_missing_exit.yes';
  return `sop-docs.problem.${problem.code}` as MessageKey;
}

/** A problem as a sentence in the user's language, from its code and params ("Langkah 4: keputusan belum …"). */
export function problemMessage(problem: SopProblem, t: Translate): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'identity_required') params.field = identityFieldLabel(String(problem.params.field ?? ''), t);
  if (problem.code === 'related_empty') {
    // 'identity.related.2.title' → the third related SOP
    const index = Number(problem.path.split('.')[2]);
    params.n = Number.isFinite(index) ? index + 1 : '';
  }
  return t(problemKey(problem), params);
}

/** Errors first, then warnings, each in the checker's order. */
export function sortProblems(problems: readonly SopProblem[]): SopProblem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
}

/** "2 hari 3 jam", "45 menit", "0 menit": the parts that are not zero. */
export function formatDuration(breakdown: MainPath['breakdown'], t: Translate): string {
  const parts: string[] = [];
  if (breakdown.hari > 0) parts.push(t('sop-docs.duration.days', { n: breakdown.hari }));
  if (breakdown.jam > 0) parts.push(t('sop-docs.duration.hours', { n: breakdown.jam }));
  if (breakdown.menit > 0) parts.push(t('sop-docs.duration.minutes', { n: breakdown.menit }));
  return parts.length > 0 ? parts.join(' ') : t('sop-docs.duration.zero');
}
