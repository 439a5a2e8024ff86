import type { Unit } from '../../api/types.ts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

const byCodeThenName = (a: Unit, b: Unit) => a.code.localeCompare(b.code, 'id', { numeric: true }) || a.name.localeCompare(b.name, 'id');

/** The organisation tree from the flat list; a unit whose parent is missing from the list becomes a root. */
export function buildTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): UnitNode[] =>
    (children.get(parent) ?? [])
      .sort(byCodeThenName)
      .filter((u) => !seen.has(u.id) && seen.add(u.id))
      .map((unit) => ({ unit, children: build(unit.id) }));
  return build(null);
}

/** A unit and everything below it: none of these may become its new parent. */
export function descendantsOf(units: readonly Unit[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && result.has(u.parentId) && !result.has(u.id)) {
        result.add(u.id);
        grew = true;
      }
    }
  }
  return result;
}
