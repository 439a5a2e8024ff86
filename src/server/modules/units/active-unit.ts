import type { Db, Tx } from '../../db/open.ts';
import { fieldError } from '../../http/errors.ts';
import { getUnit, type UnitRow } from './units.repo.ts';

/** For anything placed in a unit (positions, users): the unit must exist and be active. */
export async function requireActiveUnit(db: Db | Tx, unitId: string, path = 'unitId'): Promise<UnitRow> {
  const unit = await getUnit(db, unitId);
  if (!unit) throw fieldError(400, 'UNIT_UNKNOWN', path, 'unit_unknown');
  if (!unit.active) throw fieldError(400, 'UNIT_INACTIVE', path, 'unit_inactive');
  return unit;
}
