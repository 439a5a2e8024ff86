/**
 * Every editable field of the SOP editor carries the DOM id made from its API path ('steps.3.actorIds',
 * 'identity.title'), so a checker problem or a server field error can lead the user to it.
 */
export const fieldDomId = (path: string) => `sop-f-${path.replace(/[^\w-]/g, '-')}`;

/** The step index named by a path such as 'steps.3.description', or null. */
export function stepIndexOf(path: string): number | null {
  const match = /^steps\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/** Which part of the editor holds a path: the identity form, the actors list or the steps table. */
export function sectionOf(path: string): 'identity' | 'actors' | 'steps' {
  if (path.startsWith('steps')) return 'steps';
  if (path.startsWith('actors')) return 'actors';
  return 'identity';
}
