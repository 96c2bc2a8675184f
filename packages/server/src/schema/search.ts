import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Database, queryRows } from '../db/connection.js';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.js';
import { Company } from './company.js';
import { Person } from './person.js';
import { Quote } from './quote.js';

type Hit = { type: 'Company' | 'Person' | 'Quote'; id: string; score: number; total: number };

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Something search found: a company, a person or a quote.',
  types: [Company, Person, Quote],
  // Rows are told apart by a column only their table has.
  resolveType: (row) => ('kind' in row ? Company : 'form' in row ? Quote : Person),
});

/**
 * Ranks companies (by name and aliases), people (by name) and quotes (by text). Names match by
 * trigram similarity, so a typo still finds them; quotes match by full-text search or by a
 * close word, and rank below a name that matches as well, since a name is the surer sign.
 * Names and quote text match through GIN trigram indexes; aliases are scanned, being few.
 */
async function findHits(db: Database, text: string, limit: number, offset: number) {
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
async function loadHits(db: Database, hits: Hit[]) {
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

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Finds companies (by name or alias), people and quotes, best match first. Ignores case and tolerates typos: "deepsek" finds DeepSeek.',
      args: {
        query: t.arg.string({
          required: true,
          description: 'What to look for: a name, an alias or words of a quote.',
          validate: z
            .string()
            .trim()
            .min(2, 'must have at least 2 characters')
            .max(200, 'must have at most 200 characters'),
        }),
      },
      resolve: async (_root, args, ctx) => {
        const text = args.query.trim();
        const countAll = async () => (await findHits(ctx.db, text, 1, 0))[0]?.total ?? 0;
        // `last` without `before` pages back from the end, so the total must be known first.
        const knownTotal = args.last != null && args.before == null ? await countAll() : undefined;
        let totalCount = knownTotal ?? 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount: knownTotal },
          async ({ limit, offset }) => {
            const hits = await findHits(ctx.db, text, limit, offset);
            // Past the last page there is no row to carry the total, so count from the start.
            totalCount = hits[0]?.total ?? (offset > 0 ? await countAll() : 0);
            return loadHits(ctx.db, hits);
          },
        );
        return {
          ...connection,
          totalCount,
          edges: connection.edges.map((edge) => ({ ...edge, node: edge.node.node, score: edge.node.score })),
        };
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search results, best match first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many results match, across all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'A search result with its cursor and score.',
      fields: (e) => ({
        score: e.float({
          description: 'How well it matches, from 0 to 1; results come best first.',
          resolve: (edge) => (edge as unknown as { score: number }).score,
        }),
      }),
    },
  ),
}));
