import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { correctableWords, correctedQuery, hasSearchText, literalTerms } from '../../domain/monitoring/search.ts';
import { likePattern } from '../http/paging.ts';
import type { Db } from './open.ts';

/** A search turned into a condition and a relevance score (higher is better). */
export interface SearchPlan {
  match: SQL;
  rank: SQL;
}

/** What a table offers to be searched: its stemmed vector, its plain text, and the lexicon of its words. */
export interface SearchTarget {
  vector: AnyColumn;
  text: AnyColumn;
  words: PgTable;
}

/** A lexicon word at least this similar (pg_trgm) stands in for a query word the lexicon does not know. */
const MIN_SIMILARITY = 0.5;

/**
 * Indonesian full-text search (stemmed: "penyusunan" finds "susun"), typo-tolerant through the table's lexicon (a
 * mistyped word is also searched as its nearest known word), and, for a query with digits, substrings of the search
 * text (document numbers such as 001/SOP/…). Every branch is served by a GIN index. Undefined when the query holds
 * nothing to search for.
 */
export async function searchPlan(db: Db, q: string, target: SearchTarget): Promise<SearchPlan | undefined> {
  if (!hasSearchText(q)) return undefined;
  const words = correctableWords(q);
  const fixes = new Map<string, string>();
  if (words.length > 0) {
    const { rows } = await db.execute<{ word: string; fix: string | null }>(sql`
      select q.w as word,
        (select s.word from ${target.words} s where s.word % q.w and similarity(s.word, q.w) >= ${sql.raw(String(MIN_SIMILARITY))}
         order by similarity(s.word, q.w) desc, s.word limit 1) as fix
      from unnest(array[${sql.join(words.map((w) => sql`${w}`), sql`, `)}]::text[]) as q(w)
      where not exists (select 1 from ${target.words} s where s.word = q.w)`);
    for (const r of rows) if (r.fix) fixes.set(r.word, r.fix);
  }
  const corrected = correctedQuery(q, fixes);
  const query = corrected
    ? sql`(websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('indonesian', ${corrected}))`
    : sql`websearch_to_tsquery('indonesian', ${q})`;
  const fts = sql`${target.vector} @@ ${query}`;
  const rank = sql`ts_rank(${target.vector}, ${query})`;
  const terms = literalTerms(q);
  if (terms.length === 0) return { match: fts, rank };
  const literal = sql`(${sql.join(terms.map((term) => sql`${target.text} like ${likePattern(term)}`), sql` and `)})`;
  return { match: sql`(${fts} or ${literal})`, rank: sql`(${rank} + case when ${literal} then 1 else 0 end)` };
}
