/** Sum of the six stages' target working days; a value still being typed (not a number) counts as nothing. Free of zod, for the web app. */
export function totalStandardDays(days: readonly number[]): number {
  return days.reduce((sum, d) => sum + (Number.isFinite(d) ? d : 0), 0);
}
