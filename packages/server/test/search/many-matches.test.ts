import { beforeAll, describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useTestServer } from '../helpers.js';
import { importRecords } from '../moat.js';

const server = useTestServer();

/** 250 companies alike, "Orbit 1" to "Orbit 250"; every tenth also goes by "Ring N Systems". */
beforeAll(async () => {
  const companies = Array.from({ length: 250 }, (_, i) => ({
    type: 'Company',
    slug: `orbit-${i + 1}`,
    name: `Orbit ${i + 1}`,
    kind: 'STARTUP',
    aliases: (i + 1) % 10 === 0 ? [`Ring ${i + 1} Systems`] : [],
  }));
  await importRecords(server.connection.db, companies.map((record) => JSON.stringify(record)).join('\n'));
});

const Search = graphql(`
  query SearchMany($q: String!, $first: Int, $after: String) {
    search(query: $q, first: $first, after: $after) {
      totalCount
      edges { score node { __typename ... on Company { slug } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const search = async (q: string, page: { first?: number; after?: string } = {}) => {
  const { data, errors } = await server.query(Search, { q, ...page });
  expect(errors).toBeUndefined();
  return data.search;
};
const slugs = (edges: { node: { __typename: string; slug?: string } }[]) => edges.map((e) => e.node.slug);

describe('search among many names alike', () => {
  it('puts the exact name first, then the closest, a typo included', async () => {
    const exact = await search('Orbit 120');
    expect(must(exact.edges[0])).toEqual({ score: 1, node: { __typename: 'Company', slug: 'orbit-120' } });
    expect(must(exact.edges[1]).score).toBeLessThan(1);
    expect(slugs((await search('orbt 120')).edges)[0]).toBe('orbit-120');
  });

  it('finds a company by one of many aliases', async () => {
    const { edges } = await search('ring 130 systems');
    expect(must(edges[0])).toEqual({ score: 1, node: { __typename: 'Company', slug: 'orbit-130' } });
  });

  it('ranks and counts at most 100 candidates of a type, and pages through them', async () => {
    // All 250 match "orbit", no better than one another: the count stops at 100.
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search('orbit', { first: 30, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(100);
      seen.push(...slugs(page.edges).map((slug) => must(slug)));
      if (!page.pageInfo.hasNextPage) break;
      after = must(page.pageInfo.endCursor);
    }
    expect(seen.length).toBe(100);
    expect(new Set(seen).size).toBe(100);
    expect(seen.every((slug) => slug.startsWith('orbit-'))).toBe(true);
  });
});
