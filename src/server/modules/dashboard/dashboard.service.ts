import type { Database } from '../../db/open.ts';
import type { Actor } from '../../policy/policy.ts';
import { countsPerStage, countsPerState, monthsOfYear, stageAverages, topWithOthers } from '../../../domain/monitoring/dashboard.ts';
import { wibDate } from '../../../domain/workflow/clock.ts';
import * as repo from './dashboard.repo.ts';
import type { TDashboard, TDashboardQuery } from './dashboard.schema.ts';

const TOP_UNITS = 15;

/** The bureau's figures for one year of submissions. */
export function createDashboardService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;
  return {
    async get(_actor: Actor, q: TDashboardQuery): Promise<TDashboard> {
      const year = q.year ?? Number(wibDate(clock()).slice(0, 4));
      const [byState, open, byService, byUnit, sums, completions] = await Promise.all([
        repo.countsByState(db, year),
        repo.openByStage(db, year),
        repo.countsByService(db, year),
        repo.countsByUnit(db, year),
        repo.stageSums(db, year),
        repo.completionsByMonth(db, year),
      ]);
      const units = topWithOthers(byUnit, TOP_UNITS);
      return {
        year,
        total: byState.reduce((s, r) => s + r.count, 0),
        byStage: countsPerStage(open),
        byState: countsPerState(byState),
        byService,
        byUnit: units.top,
        otherUnits: { units: units.others.size, count: units.others.count, overdue: units.others.overdue },
        overdue: {
          total: open.reduce((s, r) => s + r.overdue, 0),
          byStage: countsPerStage(open.map((r) => ({ stage: r.stage, count: r.overdue }))),
        },
        stageTimes: stageAverages(sums),
        completionsPerMonth: monthsOfYear(year, completions),
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
