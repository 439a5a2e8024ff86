import { z } from 'zod';
import { MONEV_ASSESSMENTS } from '../../../domain/monev/monev.ts';

/**
 * The reports of monitoring and evaluation (`/api/monev-reports`): the shapes of src/domain/monev/report.ts
 * (roundReport, unitReport, sopReport) with what they are about. The spreadsheet and PDF show the same figures.
 */

export const ZRoundReportParams = z.object({ id: z.string().uuid({ message: 'monev_report_round_invalid' }) });
export const ZUnitReportParams = z.object({ unitId: z.string().uuid({ message: 'monev_report_unit_invalid' }) });
export const ZSopReportParams = z.object({ sopId: z.string().uuid({ message: 'monev_report_sop_invalid' }) });

const int = z.number().int();
const ZPercent = int.nullable();
const ZTrend = z.enum(['up', 'down', 'same']).nullable();

export const ZReportCriterion = z.object({ id: z.string(), ordinal: int, textId: z.string(), textEn: z.string(), unconfirmed: z.boolean() });
const ZReportRound = z.object({
  id: z.string().uuid(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
});
const ZEvaluation = z.object({ yes: int, no: int, answered: int, total: int, percentYes: ZPercent });
const ZUnitSummary = z.object({ total: int, complete: int, working: int, notWorking: int, yes: int, answered: int, percentYes: ZPercent });
const ZTally = z.object({ id: z.string(), yes: int, no: int, percentYes: ZPercent });
const ZAssessmentValue = z.enum(MONEV_ASSESSMENTS).nullable();

/** Table 7's columns and the evaluation of one assessed SOP, as every report shows them. */
const ZAssessed = {
  assessment: ZAssessmentValue,
  notes: z.string(),
  action: z.string(),
  assessorName: z.string(),
  assessorPosition: z.string(),
  methods: z.array(z.string()),
  criteria: z.record(z.string(), z.boolean()),
  evaluation: ZEvaluation,
  revisionRequestId: z.string().uuid().nullable(),
};

/** One Table 7 row with its evaluation. */
const ZReportSop = z.object({
  no: int,
  id: z.string().uuid(),
  registryId: z.string().uuid(),
  sopId: z.string().uuid(),
  sopVersion: int,
  title: z.string(),
  number: z.string(),
  ...ZAssessed,
});

const ZRoundReportUnit = z.object({
  unitId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  progress: z.object({ assessed: int, total: int, submitted: z.boolean(), late: z.boolean() }),
  submittedAt: z.string().nullable(),
  summary: ZUnitSummary,
  criteria: z.array(ZTally),
  sops: z.array(ZReportSop),
});

/** `GET /api/monev-reports/rounds/:id`: every unit of the round for the bureau, the caller's own unit otherwise. */
export const ZRoundReport = z.object({
  round: ZReportRound,
  today: z.string(),
  criteria: z.array(ZReportCriterion),
  totals: z.object({ units: int, submitted: int, late: int, sops: int, assessed: int, working: int, notWorking: int, unassessed: int, percentYes: ZPercent }),
  units: z.array(ZRoundReportUnit),
});
export type TRoundReport = z.infer<typeof ZRoundReport>;

const ZUnitRef = z.object({ id: z.string().uuid(), code: z.string(), name: z.string() });

/** `GET /api/monev-reports/units/:unitId`: one unit's rounds (oldest first) and each SOP across them. */
export const ZUnitReport = z.object({
  unit: ZUnitRef,
  today: z.string(),
  criteria: z.array(ZReportCriterion),
  rounds: z.array(z.object({ round: ZReportRound, submittedAt: z.string().nullable(), late: z.boolean(), summary: ZUnitSummary, criteria: z.array(ZTally), trend: ZTrend })),
  sops: z.array(z.object({
    sopId: z.string().uuid(),
    title: z.string(),
    number: z.string(),
    cells: z.array(z.object({
      assessmentId: z.string().uuid(),
      registryId: z.string().uuid(),
      sopVersion: int,
      number: z.string(),
      assessment: ZAssessmentValue,
      notes: z.string(),
      action: z.string(),
      evaluation: ZEvaluation,
      revisionRequestId: z.string().uuid().nullable(),
    }).nullable()),
    trend: ZTrend,
  })),
});
export type TUnitReport = z.infer<typeof ZUnitReport>;

/** `GET /api/monev-reports/sops/:sopId`: one SOP (all its registry versions) round by round, oldest first. */
export const ZSopReport = z.object({
  sop: z.object({ id: z.string().uuid(), title: z.string(), number: z.string(), unit: ZUnitRef }),
  criteria: z.array(ZReportCriterion),
  entries: z.array(z.object({
    round: ZReportRound,
    unitId: z.string().uuid(),
    assessmentId: z.string().uuid(),
    registryId: z.string().uuid(),
    sopVersion: int,
    number: z.string(),
    title: z.string(),
    newVersion: z.boolean(),
    ...ZAssessed,
    trend: ZTrend,
  })),
});
export type TSopReport = z.infer<typeof ZSopReport>;

/** The report pickers: rounds, units and SOPs the caller may report on. */
export const ZReportOptions = z.object({
  rounds: z.array(ZReportRound),
  units: z.array(ZUnitRef),
  sops: z.array(z.object({ id: z.string().uuid(), title: z.string(), number: z.string(), unitId: z.string().uuid(), unitCode: z.string() })),
});
export type TReportOptions = z.infer<typeof ZReportOptions>;
