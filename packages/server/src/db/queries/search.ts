import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../connection.js';

export type Hit = { type: 'Company' | 'Person' | 'Quote'; id: string; score: number; total: number };

/** How many of the nearest candidates of each type a search ranks (and counts, at most). */
export const SEARCH_CANDIDATES = 100;

/**
 * Ranks companies (by name and aliases), people (by name) and quotes (by text). Names match by
 * trigram similarity, so a typo still finds them; quotes match by full-text search or by a
 * close word, and rank below a name that matches as well, since a name is the surer sign.
 *
 * Each type looks only at its nearest matches: GiST trigram indexes keep to the rows that match
 * and return them in order of word-similarity distance (never below plain similarity, so the
 * best names come first); full-text search takes the first matches its GIN index finds. The
 * work is bounded by SEARCH_CANDIDATES whatever the table size, and so is the total.
 */
export async function findHits(db: Database, text: string, limit: number, offset: number) {
  const q = text.toLowerCase();
  const matches = (column: SQL) => sql`(${column} % ${q} or ${q} <% ${column})`;
  const nameScore = (column: SQL) =>
    sql`greatest(similarity(${column}, ${q}), word_similarity(${q}, ${column}))`;
  const terms = sql`websearch_to_tsquery('english', ${text})`;
  // A constant, not a parameter: a prepared statement's plan, made once for any values, then
  // knows how few rows each walk takes, and keeps to the nearest-first index scans.
  const perType = sql.raw(String(SEARCH_CANDIDATES));
  /** The rows `select` gives nearest to the query by `column`, among those `where` keeps. */
  const nearest = (select: SQL, column: SQL, ...where: SQL[]) =>
    sql`(${select} where ${sql.join(where, sql` and `)} order by ${q} <<-> ${column} limit ${perType})`;
  // Either operator alone is one index scan; `or` would be none.
  const nearestNames = (select: SQL, column: SQL, ...where: SQL[]) =>
    sql`${nearest(select, column, ...where, sql`${column} % ${q}`)}
      union ${nearest(select, column, ...where, sql`${q} <% ${column}`)}`;
  const companyRows = sql`select id, name, aliases from companies`;
  const best = (type: string, candidates: SQL, score: SQL, where: SQL) => sql`
    (select ${type}::text as type, id, ${score} as score from (${candidates}) c
     where ${where} order by score desc, id limit ${perType})`;
  return queryRows<Hit>(
    db,
    sql`
    with hits as (
      ${best(
        'Company',
        // Aliases are searched as one text, so a company with several is picked by all at once.
        sql`${nearestNames(companyRows, sql`lower(name)`)}
          union ${nearestNames(companyRows, sql`search_aliases(aliases)`, sql`aliases <> '{}'`)}`,
        sql`greatest(${nameScore(sql`lower(name)`)},
          coalesce((select max(${nameScore(sql`lower(a)`)}) from unnest(aliases) a), 0))`,
        sql`${matches(sql`lower(name)`)} or exists (select 1 from unnest(aliases) a where ${matches(sql`lower(a)`)})`,
      )}
      union all
      ${best(
        'Person',
        nearestNames(sql`select id, name from people`, sql`lower(name)`),
        nameScore(sql`lower(name)`),
        matches(sql`lower(name)`),
      )}
      union all
      ${best(
        'Quote',
        sql`${nearest(sql`select id, text from quotes`, sql`lower(text)`, sql`${q} <% lower(text)`)}
          union
          (select id, text from quotes where to_tsvector('english', text) @@ ${terms} limit ${perType})`,
        sql`greatest(ts_rank(to_tsvector('english', text), ${terms}), 0.8 * word_similarity(${q}, lower(text)))`,
        sql`to_tsvector('english', text) @@ ${terms} or ${q} <% lower(text)`,
      )}
    )
    select type, id, score::float8 as score, cast(count(*) over () as integer) as total
    from hits order by score desc, type, id
    limit ${limit} offset ${offset}`,
  );
}

/** Loads the rows behind the hits, one statement per type, and returns them in rank order. */
export async function loadHits(db: Database, hits: Hit[]) {
  const ids = (type: Hit['type']) => hits.filter((h) => h.type === type).map((h) => h.id);
  const [companies, people, quotes] = await Promise.all([
    ids('Company').length ? db.query.companies.findMany({ where: { id: { in: ids('Company') } } }) : [],
    ids('Person').length ? db.query.people.findMany({ where: { id: { in: ids('Person') } } }) : [],
    ids('Quote').length ? db.query.quotes.findMany({ where: { id: { in: ids('Quote') } } }) : [],
  ]);
  const rows = new Map<
    string,
    (typeof companies)[number] | (typeof people)[number] | (typeof quotes)[number]
  >();
  for (const row of [...companies, ...people, ...quotes]) rows.set(row.id, row);
  return hits.flatMap((hit) => {
    const node = rows.get(hit.id);
    return node ? [{ node, score: hit.score }] : [];
  });
}
