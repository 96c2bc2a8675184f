import { z } from 'zod';
import { findHits, loadHits, SEARCH_CANDIDATES } from '../../db/queries/search.js';
import { builder } from '../builder.js';
import { Company } from '../companies/company.js';
import { Person } from '../people/person.js';
import { Quote } from '../quotes/quote.js';
import { offsetPageArgs, resolveOffsetPage } from '../shared/cursors.js';

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Something search found: a company, a person or a quote.',
  types: [Company, Person, Quote],
  // Rows are told apart by a column only their table has.
  resolveType: (row) => ('kind' in row ? Company : 'form' in row ? Quote : Person),
});

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
      validate: offsetPageArgs,
      resolve: async (_root, args, ctx) => {
        const text = args.query.trim();
        const countAll = async () => (await findHits(ctx.db, text, 1, 0))[0]?.total ?? 0;
        // `last` without `before` pages back from the end, so the total must be known first.
        const knownTotal = args.last != null && args.before == null ? await countAll() : undefined;
        let totalCount = knownTotal ?? 0;
        const connection = await resolveOffsetPage(args, knownTotal, async ({ limit, offset }) => {
          const hits = await findHits(ctx.db, text, limit, offset);
          // Past the last page there is no row to carry the total, so count from the start.
          totalCount = hits[0]?.total ?? (offset > 0 ? await countAll() : 0);
          return loadHits(ctx.db, hits);
        });
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
          description: `How many results match, across all pages. Search ranks only the ${SEARCH_CANDIDATES} closest candidates of each type (companies, people, quotes), so the count stops there: a broad query costs what a narrow one does.`,
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
