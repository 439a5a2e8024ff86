import { computeAbk, type AbkResult } from '../../../domain/jabatan/abk.ts';
import { evaluateJob, type EvjabResult } from '../../../domain/jabatan/evjab.ts';
import { toJobMasterData, type JobMasterData } from '../../../domain/jabatan/master.ts';
import { abkTasksOf, type AnjabContent, type EvjabContent } from '../../../domain/jabatan/model.ts';
import type { JobMaster, PetaNode } from '../../api/jobs.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The master data of a year as the domain computes with it. */
export const masterData = (m: JobMaster): JobMasterData => toJobMasterData(m);

/** The ABK of the draft, computed in the browser for instant feedback (the server recomputes on save). */
export function liveAbk(content: AnjabContent, m: JobMaster): AbkResult & { incomplete: number } {
  const d = masterData(m);
  const result = computeAbk(abkTasksOf(content), content.presentStaff, { workingTime: d.workingTime, rounding: d.rounding, ejBands: d.ejBands });
  return { ...result, incomplete: content.tasks.length - result.tasks.length };
}

/** Total points and class of the draft Evjab. */
export function liveEvaluation(content: EvjabContent, m: JobMaster): EvjabResult {
  const d = masterData(m);
  return evaluateJob(d.factors[content.factorSet], content.choices, d.classes);
}

/** A textarea's lines as a list: blank lines dropped, each trimmed. */
export function linesToList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** A number with a fixed count of decimals in the interface language ("0,6880" / "0.6880"). */
export function fixed(value: number, decimals: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "+1", "0", "-2". */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** A number typed in a field ("4", "2,5" or "2.5"), null when empty or not a number. */
export function parseAmount(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export interface PetaTreeNode extends PetaNode {
  children: PetaTreeNode[];
}

/** The depth-first list with parent ids as a tree (the first node is the root). */
export function petaTree(nodes: PetaNode[]): PetaTreeNode | null {
  const byId = new Map<string, PetaTreeNode>(nodes.map((n) => [n.unitId, { ...n, children: [] }]));
  let root: PetaTreeNode | null = null;
  for (const n of nodes) {
    const node = byId.get(n.unitId)!;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) parent.children.push(node);
    else root ??= node;
  }
  return root;
}
