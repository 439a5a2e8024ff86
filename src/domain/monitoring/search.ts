/**
 * Search terms of the monitoring table. The database keeps a lexicon of the words of every request
 * (request_search_words); a word of the query that is not in it is taken for a typo and replaced by its
 * nearest lexicon word, and both spellings are searched.
 */

const WORD = /[\p{L}\p{N}]+/gu;
export const MIN_WORD = 3;
export const MAX_WORD = 40;
const MAX_WORDS = 8;

/** Whether the query holds something to search for at all (letters or digits). */
export function hasSearchText(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/**
 * A query with digits is also looked up literally, as a document number or part of one (001/SOP/…/2026): the
 * lower-case terms between spaces, each of which must appear in the search text. Empty without digits.
 */
export function literalTerms(q: string): string[] {
  if (!/\p{N}/u.test(q)) return [];
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

/** The words of the query that typo correction applies to: lower-case, letters only, 3–40 long, each once. */
export function correctableWords(q: string): string[] {
  const words = (q.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= MIN_WORD && w.length <= MAX_WORD && !/\p{N}/u.test(w));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The query with each word found in `fixes` replaced by its correction, or null when nothing changes. */
export function correctedQuery(q: string, fixes: ReadonlyMap<string, string>): string | null {
  let changed = false;
  const out = q.toLowerCase().replace(WORD, (w) => {
    const fix = fixes.get(w);
    if (fix === undefined || fix === w) return w;
    changed = true;
    return fix;
  });
  return changed ? out : null;
}
