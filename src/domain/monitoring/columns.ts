/** The monitoring table's sortable columns, in the order of the seed's table; the API's `sort` names. */
export const MONITORING_SORTS = [
  'registrationNo',
  'documentNumber',
  'revisi',
  'tglRevisi',
  'title',
  'service',
  'state',
  'stage',
  'completedAt',
  'unit',
  'daysUsed',
  'submittedAt',
] as const;
export type MonitoringSort = (typeof MONITORING_SORTS)[number];
