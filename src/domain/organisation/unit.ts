export const UNIT_KINDS = ['kementerian', 'eselon1', 'eselon2', 'eselon3', 'terkait'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const POSITION_KINDS = ['struktural', 'fungsional', 'pelaksana'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const ZUnitCodePattern = /^[A-Za-z0-9][A-Za-z0-9.\-]{0,19}$/;

/**
 * Moving a unit under `newParentId` must not make it its own ancestor.
 * `parentOf` gives each unit's parent id (or null at the root).
 */
export function wouldCreateCycle(
  unitId: string,
  newParentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  let cursor = newParentId;
  const seen = new Set<string>();
  while (cursor !== null && cursor !== undefined) {
    if (cursor === unitId) return true;
    if (seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor) ?? null;
  }
  return false;
}
