import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../connection.js';

export type Hit = { type: 'Company' | 'Person' | 'Quote'; id: string; score: number; total: number };

/**
 * Ranks companies (by name and aliases), people (by name) and quotes (by text). Names match by
 * trigram similarity, so a typo still finds them; quotes match by full-text search or by a
 * close word, and rank below a name that matches as well, since a name is the surer sign.
 * Names and quote text match through GIN trigram indexes; aliases are scanned, being few.
 */
export async function findHits(db: Database, text: string, limit: number, offset: number) {
  const q = text.toLowerCase();
  return queryRows<Hit>(
    db,
    sql`
    with hits as (
      select 'Company' as type, c.id,
        greatest(similarity(lower(c.name), ${q}), word_similarity(${q}, lower(c.name)),
          coalesce((select max(greatest(similarity(lower(a), ${q}), word_similarity(${q}, lower(a))))
                    from unnest(c.aliases) a), 0)) as score
      from companies c
      where lower(c.name) % ${q} or ${q} <% lower(c.name)
         or exists (select 1 from unnest(c.aliases) a where lower(a) % ${q} or ${q} <% lower(a))
      union all
      select 'Person', p.id, greatest(similarity(lower(p.name), ${q}), word_similarity(${q}, lower(p.name)))
      from people p
      where lower(p.name) % ${q} or ${q} <% lower(p.name)
      union all
      select 'Quote', t.id,
        greatest(ts_rank(to_tsvector('english', t.text), websearch_to_tsquery('english', ${text})),
                 0.8 * word_similarity(${q}, lower(t.text)))
      from quotes t
      where to_tsvector('english', t.text) @@ websearch_to_tsquery('english', ${text})
         or ${q} <% lower(t.text)
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
