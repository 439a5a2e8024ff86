/** Whether `path` ("roles", "formFields.0.label") names a value inside `values`. */
export function pathExists(values: unknown, path: string): boolean {
  let cursor: unknown = values;
  for (const part of path.split('.')) {
    if (cursor === null || typeof cursor !== 'object' || !(part in (cursor as Record<string, unknown>))) return false;
    cursor = (cursor as Record<string, unknown>)[part];
  }
  return true;
}
