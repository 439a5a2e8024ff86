import { evaluateJob } from './evjab.ts';
import type { JobMasterData } from './master.ts';
import type { JobDocumentContent } from './model.ts';

/**
 * Why a job document cannot yet go with a facilitation request (the completeness check of submit and of an answer
 * to a revision): what a bureau verifier needs to review it at all.
 * - Anjab: at least one main task, and every task with its description, yearly volume and standard time (the ABK is
 *   computed from them; an ABK request carries Anjabs).
 * - Evjab: every factor of its set at a level the year's master data knows, so that the total gives a class.
 * - SKJ: at least one managerial or socio-cultural competency, each in the year's competency dictionary.
 */
export type JobReadinessProblem =
  | { code: 'anjab_no_tasks' }
  | { code: 'anjab_tasks_incomplete'; count: number }
  | { code: 'evjab_no_class'; count: number }
  | { code: 'skj_no_competencies' }
  | { code: 'skj_competency_unknown'; competency: string };

export function jobReadinessProblems(content: JobDocumentContent, master: JobMasterData, competencyCodes: ReadonlySet<string>): JobReadinessProblem[] {
  switch (content.kind) {
    case 'anjab': {
      if (content.tasks.length === 0) return [{ code: 'anjab_no_tasks' }];
      const incomplete = content.tasks.filter((t) => !t.description.trim() || t.volume === null || t.minutesPerResult === null).length;
      return incomplete ? [{ code: 'anjab_tasks_incomplete', count: incomplete }] : [];
    }
    case 'evjab': {
      const result = evaluateJob(master.factors[content.factorSet], content.choices, master.classes);
      if (result.grade !== null) return [];
      return [{ code: 'evjab_no_class', count: Math.max(result.problems.length, 1) }];
    }
    case 'skj': {
      const all = [...content.managerial, ...content.socioCultural];
      if (all.length === 0) return [{ code: 'skj_no_competencies' }];
      const unknown = all.find((c) => !competencyCodes.has(c.code));
      return unknown ? [{ code: 'skj_competency_unknown', competency: unknown.code }] : [];
    }
  }
}
